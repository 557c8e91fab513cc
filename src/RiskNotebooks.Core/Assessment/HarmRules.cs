using System.Globalization;

namespace RiskNotebooks.Assessment;

/// <summary>
/// The rules that derive the harm (severity) of a data asset from its categories and context, each contributing a reason.
/// </summary>
/// <remarks>
/// <para>Floor rules set the least level the harm can have (the highest floor wins). If no floor rule fires, the harm is
/// negligible. Then, if any aggravating factor is present (vulnerable subjects, large scale, linkage with other sources),
/// the harm rises one level, at most to maximum; several factors still raise it one level only, and each is named. An
/// assessor's <see cref="HarmOverride"/> replaces the derived level, with its reason kept beside the rules'.</para>
/// <para>Properties the tests check: adding a special category, a data kind, a vulnerable group, a linkable source or
/// more subjects never lowers the harm.</para>
/// <para>Levels follow the CNIL's descriptions of severity (PIA knowledge bases, 2018); the aggravating factors are
/// criteria of the Article 29 Working Party's DPIA guidelines (WP248 rev.01, 2017).</para>
/// </remarks>
public static class HarmRules
{
    private const string Wp248 = "Article 29 Working Party, Guidelines on DPIA (WP248 rev.01, 2017)";
    private const string Cnil = "CNIL, PIA knowledge bases (2018), severity scale";

    /// <summary>Every rule, floor rules first, then the aggravating factors.</summary>
    public static IReadOnlyList<HarmRule> All { get; } =
    [
        new("genetic-data", "genetic data (GDPR Art. 9)", RiskLevel.Maximum, false,
            "Genetic data are permanent, cannot be changed once disclosed, and reveal relatives who never took part: consequences may be irreversible.",
            $"GDPR Art. 9(1), Art. 4(13); {Cnil} (irreversible consequences)"),
        new("health-data", "data concerning health (GDPR Art. 9)", RiskLevel.Significant, false,
            "Disclosure of health data can bring stigma, discrimination, loss of work or insurance: serious consequences.",
            $"GDPR Art. 9(1), Art. 4(15); {Cnil}"),
        new("biometric-data", "biometric data used to identify people (GDPR Art. 9)", RiskLevel.Significant, false,
            "Biometric identifiers cannot be revoked like a password: misuse follows a person.",
            $"GDPR Art. 9(1), Art. 4(14); {Cnil}"),
        new("special-category", "other special categories: ethnic origin, political opinions, beliefs, trade-union membership, sex life or sexual orientation (GDPR Art. 9)", RiskLevel.Significant, false,
            "These categories expose people to discrimination, exclusion or persecution.",
            $"GDPR Art. 9(1); {Cnil}"),
        new("criminal-data", "criminal convictions and offences (GDPR Art. 10)", RiskLevel.Significant, false,
            "Disclosure of offences brings exclusion and stigma long after the sentence.",
            $"GDPR Art. 10; {Cnil}"),
        new("location-traces", "location traces over time", RiskLevel.Significant, false,
            "Traces reveal home, work, habits and visits to sensitive places; four points identify most people (de Montjoye et al. 2013).",
            $"{Wp248}, criteria 3 (systematic monitoring) and 4 (data of a highly personal nature)"),
        new("identity-or-financial", "national identity numbers or financial data", RiskLevel.Limited, false,
            "Identity numbers and financial details enable identity theft and fraud.",
            $"{Wp248}, criterion 4 (data of a highly personal nature)"),
        new("free-text-or-images", "free text or images of people", RiskLevel.Limited, false,
            "Free text can carry anything, special categories included, and images can show faces: assume more than demographics until the content is checked.",
            "RiskNotebooks default, pending the text and imaging engines"),
        new("vulnerable-subjects", "the subjects include a vulnerable group (children, patients, elderly people, employees, asylum seekers, ...)", null, true,
            "Vulnerable people are less able to object or to defend themselves against the consequences.",
            $"{Wp248}, criterion 7 (data concerning vulnerable data subjects)"),
        new("large-scale", "the data concern at least the large-scale number of people (AssessmentOptions.LargeScaleSubjects, 100,000 by default)", null, true,
            "A breach harms many people at once.",
            $"{Wp248}, criterion 5 (data processed on a large scale); the number is a RiskNotebooks default"),
        new("linkage", "the data can be linked with other named sources", null, true,
            "Matched data sets reveal more about each person than either alone.",
            $"{Wp248}, criterion 6 (matching or combining data sets)"),
    ];

    /// <summary>The rule with this id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The rule.</returns>
    public static HarmRule Get(string id) => All.First(r => r.Id == id);

    /// <summary>Derives the harm of an asset.</summary>
    /// <param name="asset">The asset.</param>
    /// <param name="options">The model's numbers (large scale).</param>
    /// <param name="measuredSubjects">The number of records measured, used when the asset does not state its subjects.</param>
    /// <returns>The harm with its reasons.</returns>
    public static HarmAssessment Evaluate(DataAsset asset, AssessmentOptions? options = null, long? measuredSubjects = null)
    {
        ArgumentNullException.ThrowIfNull(asset);
        options ??= AssessmentOptions.Default;
        var reasons = new List<Reason>();
        var level = RiskLevel.Negligible;
        var categories = asset.SpecialCategories;

        void Floor(string id, bool fires, string detail)
        {
            if (fires)
            {
                var rule = Get(id);
                level = RiskLevels.Max(level, rule.Floor!.Value);
                reasons.Add(new Reason(id, $"{detail}: at least {rule.Floor.Value.Name()}. {rule.Rationale}", rule.Floor));
            }
        }

        Floor("genetic-data", categories.Contains(SpecialCategory.Genetic), "Genetic data");
        Floor("health-data", categories.Contains(SpecialCategory.Health), "Data concerning health");
        Floor("biometric-data", categories.Contains(SpecialCategory.Biometric), "Biometric data");
        var others = categories.Where(c => c is SpecialCategory.RacialOrEthnicOrigin or SpecialCategory.PoliticalOpinions
            or SpecialCategory.ReligiousOrPhilosophicalBeliefs or SpecialCategory.TradeUnionMembership or SpecialCategory.SexLifeOrSexualOrientation).ToArray();
        Floor("special-category", others.Length > 0, $"Special categories ({string.Join(", ", others.Select(Vocabulary.Words))})");
        Floor("criminal-data", categories.Contains(SpecialCategory.CriminalConvictions), "Criminal convictions and offences");
        Floor("location-traces", asset.Kinds.Contains(DataKind.LocationTraces), "Location traces");
        var identity = asset.Kinds.Where(k => k is DataKind.NationalIdentifier or DataKind.Financial).ToArray();
        Floor("identity-or-financial", identity.Length > 0, $"{Capitalise(string.Join(" and ", identity.Select(Vocabulary.Words)))} data");
        var content = asset.Kinds.Where(k => k is DataKind.FreeText or DataKind.Images).ToArray();
        Floor("free-text-or-images", content.Length > 0, Capitalise(string.Join(" and ", content.Select(Vocabulary.Words))));

        if (reasons.Count == 0)
        {
            reasons.Add(new Reason("baseline", "No special category, location traces, identity numbers, financial data, free text or images: negligible unless an aggravating factor applies (CNIL: inconveniences people overcome without difficulty).", RiskLevel.Negligible));
        }

        var factors = new List<string>();
        if (asset.VulnerableGroups.Count > 0)
        {
            var groups = string.Join(", ", asset.VulnerableGroups.Select(Vocabulary.Words));
            factors.Add($"vulnerable subjects ({groups})");
            reasons.Add(new Reason("vulnerable-subjects", $"The subjects include {groups}: an aggravating factor. {Get("vulnerable-subjects").Rationale}"));
        }

        var subjects = asset.SubjectCount ?? measuredSubjects;
        var threshold = options.LargeScaleSubjects.ToString("N0", CultureInfo.InvariantCulture);
        if (subjects is { } n)
        {
            var counted = asset.SubjectCount is null ? " (the number of records measured)" : string.Empty;
            if (n >= options.LargeScaleSubjects)
            {
                factors.Add("large scale");
                reasons.Add(new Reason("large-scale", $"{n.ToString("N0", CultureInfo.InvariantCulture)} data subjects{counted}, at least {threshold}: large scale, an aggravating factor. {Get("large-scale").Rationale}"));
            }
        }
        else
        {
            reasons.Add(new Reason("large-scale", "The number of data subjects is not known: the large-scale rule was not applied."));
        }

        if (asset.LinkableSources.Count > 0)
        {
            factors.Add("linkage");
            reasons.Add(new Reason("linkage", $"Can be linked with {string.Join("; ", asset.LinkableSources)}: an aggravating factor. {Get("linkage").Rationale}"));
        }

        if (factors.Count > 0)
        {
            var raised = level.Raise(1);
            reasons.Add(raised == level
                ? new Reason("aggravating", $"Aggravating factors ({string.Join(", ", factors)}): the harm is already maximum.", raised)
                : new Reason("aggravating", $"Aggravating factors ({string.Join(", ", factors)}) raise the harm one level, from {level.Name()} to {raised.Name()}.", raised));
            level = raised;
        }

        var derived = level;
        if (asset.HarmOverride is { } harmOverride)
        {
            level = harmOverride.Level;
            reasons.Add(new Reason("override", $"Set to {level.Name()} by the assessor (the rules derive {derived.Name()}): {harmOverride.Reason}", level));
        }

        return new HarmAssessment(level, derived, reasons, asset.HarmOverride);
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
