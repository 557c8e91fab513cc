using System.Globalization;
using RiskNotebooks.Assessment;

namespace RiskNotebooks.Guidance;

/// <content>Deriving the record from an evaluated assessment.</content>
public sealed partial record SensitivityMetadata
{
    /// <summary>Derives the metadata record of an evaluated assessment.</summary>
    /// <param name="result">The evaluated assessment.</param>
    /// <param name="inputs">What the assessment cannot derive (ids, retention, DUO codes); defaults when <see langword="null"/>.</param>
    /// <param name="conclusions">The conclusions of the guiding questions (ethics review, legal basis, processing location).</param>
    /// <returns>The record.</returns>
    /// <remarks>
    /// <para>Personal-data status: the most identifying of the assets'. Identifiability: the assessment's P(re-id | attempt)
    /// initial and residual (the asset with the highest likelihood).</para>
    /// <para>Permitted openness, the first rule that applies: (1) direct identifiers → secure enclave only; (2) residual risk
    /// in the zone that must be avoided → secure enclave only; (3) maximum harm and personal data → secure enclave only;
    /// (4) personal data with special categories or significant harm → controlled access; (5) other personal data → open
    /// aggregates with a minimum cell size; (6) data claimed anonymous whose highest measured risk after the planned
    /// measures is at most <see cref="MetadataInputs.PublicReleaseThreshold"/> → open; otherwise open aggregates.</para>
    /// <para>Classification, unless the data owner set one: open → public; harm significant or maximum → strictly
    /// confidential; limited → confidential; negligible → internal.</para>
    /// </remarks>
    public static SensitivityMetadata FromAssessment(AssessmentResult result, MetadataInputs? inputs = null, IEnumerable<Conclusion>? conclusions = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        inputs ??= MetadataInputs.None;
        var concluded = conclusions?.ToArray() ?? [];
        var assets = result.Assessment.Assets;
        var status = assets.Max(a => a.EffectivePersonalData);
        var statusReason = StatusReason(assets, status, concluded);
        var categories = assets.SelectMany(a => a.SpecialCategories).Distinct().Order().ToArray();
        var initial = result.InitialLikelihood.Reidentification;
        var residual = result.ResidualLikelihood.Reidentification;
        var method = initial.Measurement is { } m ? $"{m.Source}: {m.Method}" : null;
        var openness = Permitted(result, status, categories, inputs);
        var (classification, classificationReason) = inputs.Classification is { } stated
            ? (stated, inputs.ClassificationReason ?? throw new InvalidOptionException("classification.reason", "a classification set by the data owner needs its reason."))
            : Classify(result.Harm.Level, openness.Level);

        return new SensitivityMetadata
        {
            DatasetId = inputs.DatasetId ?? assets[0].Id,
            Title = result.Assessment.Title,
            AssessedOn = inputs.AssessedOn,
            Classification = classification,
            ClassificationReason = classificationReason,
            PersonalData = status,
            PersonalDataReason = statusReason,
            SpecialCategories = categories,
            Identifiability = new Identifiability(initial.Basis, initial.Probability, Math.Min(initial.Probability, residual.Probability), method),
            Harm = result.Harm.Level,
            InitialLikelihood = result.InitialLikelihood.Level,
            ResidualLikelihood = result.ResidualLikelihood.Level,
            InitialRisk = result.Risk.Initial,
            ResidualRisk = result.Risk.Residual,
            PermittedOpenness = openness,
            Retention = inputs.Retention,
            EthicsReview = Value(concluded, ConclusionTopic.EthicsReview),
            LegalBasis = Value(concluded, ConclusionTopic.LegalBasis),
            ProcessingLocation = Value(concluded, ConclusionTopic.ProcessingLocation),
        };
    }

    private static string? Value(IReadOnlyList<Conclusion> conclusions, ConclusionTopic topic)
        => conclusions.LastOrDefault(c => c.Topic == topic)?.Value;

    private static string StatusReason(IReadOnlyList<DataAsset> assets, PersonalDataStatus status, IReadOnlyList<Conclusion> conclusions)
    {
        var words = Vocabulary.Words(status);
        var from = assets.First(a => a.EffectivePersonalData == status);
        if (from.PersonalData is null)
        {
            return $"Not stated: assumed {words} (personal data), the cautious default.";
        }

        var answer = conclusions.LastOrDefault(c => c.Topic == ConclusionTopic.PersonalDataStatus && c.Value == Vocabulary.Id(status));
        var basis = answer is null ? $"stated for the asset {from.Id}" : $"answer to the guiding question '{answer.Question.Id}': {answer.Reason}";
        return assets.Count == 1 ? $"{Capitalise(words)}: {basis}" : $"{Capitalise(words)}, the most identifying of the assets: {basis}";
    }

    private static PermittedOpenness Permitted(AssessmentResult result, PersonalDataStatus status, IReadOnlyList<SpecialCategory> categories, MetadataInputs inputs)
    {
        var harm = result.Harm.Level;
        var residual = result.Risk.Residual;
        var codes = inputs.DataUseCodes;
        PermittedOpenness Make(Openness level, string reason) => new(level, level == Openness.OpenAggregates ? inputs.MinimumCellSize : null, codes, [reason]);

        if (status == PersonalDataStatus.Identified)
        {
            return Make(Openness.SecureEnclaveOnly, "Direct identifiers are present: the data stay in a secure enclave.");
        }

        if (residual.Zone == RiskZone.AvoidAbsolutely)
        {
            return Make(Openness.SecureEnclaveOnly, $"The residual risk (harm {residual.Harm.Name()} × likelihood {residual.Likelihood.Name()}) is in the zone that must be avoided: secure enclave only until it is reduced.");
        }

        if (status != PersonalDataStatus.Anonymous && harm == RiskLevel.Maximum)
        {
            return Make(Openness.SecureEnclaveOnly, "Maximum harm and personal data: the data stay in a secure enclave, where every threat path is guarded.");
        }

        if (status != PersonalDataStatus.Anonymous && (categories.Count > 0 || harm >= RiskLevel.Significant))
        {
            var why = categories.Count > 0 ? $"special categories ({string.Join(", ", categories.Select(Vocabulary.Words))})" : $"{harm.Name()} harm";
            return Make(Openness.ControlledAccess, $"Personal data with {why}: the microdata only through controlled access under data-use conditions.");
        }

        var minimum = inputs.MinimumCellSize.ToString(CultureInfo.InvariantCulture);
        if (status != PersonalDataStatus.Anonymous)
        {
            return Make(Openness.OpenAggregates, $"Personal data ({Vocabulary.Words(status)}): the microdata may not be published; aggregates may, with no cell below {minimum}.");
        }

        var threshold = inputs.PublicReleaseThreshold;
        var highest = result.Assessment.Assets.Select(a => (a.PlannedDataMeasure?.Measurement ?? a.Measurement)?.HighestRisk).ToArray();
        if (highest.All(h => h is not null && h <= threshold))
        {
            return Make(Openness.Open, $"Anonymous, and the highest measured risk ({Probability(highest.Max()!.Value)}) is at most {Probability(threshold)}, the threshold for public release (EMA Policy 0070): the data may be opened.");
        }

        var shown = highest.All(h => h is not null) ? $"the highest measured risk ({Probability(highest.Max()!.Value)}) is above {Probability(threshold)}" : "not every asset is measured";
        return Make(Openness.OpenAggregates, $"Anonymity is claimed but not shown ({shown}): only aggregates may be opened, with no cell below {minimum}.");
    }

    private static (ClassificationLevel, string) Classify(RiskLevel harm, Openness openness)
    {
        if (openness == Openness.Open)
        {
            return (ClassificationLevel.Public, "The data may be opened: public.");
        }

        return harm switch
        {
            RiskLevel.Maximum or RiskLevel.Significant => (ClassificationLevel.StrictlyConfidential, $"Harm {harm.Name()}: disclosure would seriously harm people, so strictly confidential."),
            RiskLevel.Limited => (ClassificationLevel.Confidential, "Harm limited: confidential, access on a need-to-know basis."),
            _ => (ClassificationLevel.Internal, "Harm negligible, yet not open: internal."),
        };
    }

    private static string Probability(double p) => p.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
