using RiskNotebooks.Data;
using RiskNotebooks.Text.Redaction;
using RiskNotebooks.Treatment;

namespace RiskNotebooks.Commands;

/// <summary>
/// <c>risknb anonymize</c> and <c>#!risk-anonymize</c>: find the least-loss full-domain generalisation (with record
/// suppression) that meets the targets, optionally write the released table. Every option with its default and checks.
/// </summary>
public sealed class AnonymizeRequest : TreatmentSource, ICommandRequest
{
    /// <summary>The options of the command, as every host binds them.</summary>
    public static CommandTable<AnonymizeRequest> Table { get; } = AddLocalSuppression(new CommandTable<AnonymizeRequest>(
            "anonymize",
            "Treat the risk: the generalisation (one hierarchy level per quasi-identifier) with record suppression that meets the targets with the least information loss, found exactly over the whole lattice; before/after risks, the loss per attribute, and the released table on request.")
        .AddPositional("FILE", "A CSV/TSV file with a header row. In a notebook, without it: the table loaded last.", (r, v) => r.Path = v)
        .Add("--qi", "Quasi-identifier columns, comma-separated; in a notebook, default: the roles set for the table.", OptionKind.List, (r, v) => r.QuasiIdentifiers = v.List())
        .Add("--hierarchies", "A folder of hierarchy files in ARX's CSV format, one per quasi-identifier (age.csv or ..._age.csv).", OptionKind.Path, (r, v) => r.HierarchyFolder = v.Text)
        .Add("--build", "Build hierarchies instead: age=interval:10, age=bands:18,30,50, date=date, postcode=postcode-se, diagnosis=icd10, id=mask (comma-separated).", OptionKind.Text, (r, v) => r.Build = v.Text)
        .Add("--target", "What the release must meet: k=5 (the default; k=1 with --local-suppression and --generalize), prosecutor=0.2, average=0.05, at-risk=0.05@0.2, l=2, entropy-l=2, t=0.2, t-hierarchical=0.2 (several: comma-separated).", OptionKind.Text, (r, v) => r.Targets = v.Text, r => r.Targets, ["k=5", "k=11", "prosecutor=0.2", "average=0.05", "l=2", "t=0.2"])
        .Add("--max-suppression", "The largest share of records that may be suppressed (0.05 or 5%).", OptionKind.Number, (r, v) => r.MaxSuppression = v.Number(), r => OptionValue.FormatNumber(r.MaxSuppression))
        .Add("--metric", "The information loss minimised: loss (ARX's default), precision, discernibility, entropy (non-uniform), aecs (average class size) or height.", OptionKind.Text, (r, v) => r.Metric = ParseMetric(v), r => MetricName(r.Metric), ["loss", "precision", "discernibility", "entropy", "aecs", "height"])
        .Add("--sensitive", "The sensitive attribute for l-diversity and t-closeness (its hierarchy, for t-hierarchical, from --hierarchies).", OptionKind.Text, (r, v) => r.SensitiveAttribute = v.Text)
        .Add("--max-levels", "Search only up to these levels, e.g. birth_date:3 to keep at least birth year (others: up to *).", OptionKind.Text, (r, v) => r.MaxLevels = v.Text)
        .Add("--generalize", "Apply these levels instead of searching, e.g. age:2,postcode:3 (others stay at 0).", OptionKind.Text, (r, v) => r.Generalize = v.Text)
        .Add("--out", "Write the released table here (generalised, suppressed records as *, formula-escaped); the input is never changed.", OptionKind.Path, (r, v) => r.Out = v.Text)
        .Add("--remove", "Direct identifiers to leave out of the release, comma-separated.", OptionKind.List, (r, v) => r.Remove = v.List())
        .Add("--pseudonymize", "Identifier columns to replace by keyed pseudonyms (HMAC-SHA256 under --key-file), comma-separated.", OptionKind.List, (r, v) => r.Pseudonymize = v.List())
        .Add("--key-file", "With --pseudonymize: a file of at least 16 secret bytes (head -c 32 /dev/urandom > release.key); keep it apart from the release.", OptionKind.Path, (r, v) => r.KeyFile = v.Text)
        .Add("--delimiter", "Field delimiter (',', ';', '|' or 'tab'); detected when not given.", OptionKind.Text, (r, v) => r.Delimiter = CsvLoadOptions.ParseDelimiter(v.Text), completions: [",", ";", "|", "tab"])
        .Add("--missing", "Comma-separated cell texts that mean missing (default: empty and NA).", OptionKind.List, (r, v) => r.MissingValues = MissingValues.Parse(v.Text)));

    private string? targets;

    /// <summary>The targets, as text: <c>k=5</c> unless given, or <c>k=1</c> (no record suppressed) when fixed levels are
    /// followed by local suppression, which then does the suppressing.</summary>
    public string Targets
    {
        get => targets ?? (LocalSuppressionK is not null && Generalize is not null ? "k=1" : "k=5");
        set => targets = value;
    }

    /// <summary>The largest share of records that may be suppressed.</summary>
    public double MaxSuppression { get; set; }

    /// <summary>The metric minimised.</summary>
    public InformationLossMetric Metric { get; set; } = InformationLossMetric.Loss;

    /// <summary>Caps on the levels searched, as text (<c>birth_date:3</c>), or <see langword="null"/>.</summary>
    public string? MaxLevels { get; set; }

    /// <summary>Fixed levels (no search), or <see langword="null"/>.</summary>
    public string? Generalize { get; set; }

    /// <summary>The released table's path, or <see langword="null"/>.</summary>
    public string? Out { get; set; }

    /// <summary>Columns left out of the release.</summary>
    public IReadOnlyList<string> Remove { get; set; } = [];

    /// <summary>Columns pseudonymised in the release.</summary>
    public IReadOnlyList<string> Pseudonymize { get; set; } = [];

    /// <summary>The pseudonyms' key file.</summary>
    public string? KeyFile { get; set; }

    /// <inheritdoc/>
    public void Validate()
    {
        PrivacyTarget.Parse(Targets, "--target");
        if (!(MaxSuppression >= 0 && MaxSuppression <= 1))
        {
            throw new InvalidOptionException("--max-suppression", "must be a share in [0, 1], such as 0.05 or 5%.");
        }

        if (Pseudonymize.Count > 0 && KeyFile is null)
        {
            throw new InvalidOptionException("--key-file", "--pseudonymize needs a key file (at least 16 secret bytes), e.g. head -c 32 /dev/urandom > release.key.");
        }

        if (KeyFile is not null && Pseudonymize.Count == 0)
        {
            throw new InvalidOptionException("--key-file", "only applies with --pseudonymize.");
        }

        if (MaxLevels is not null && Generalize is not null)
        {
            throw new InvalidOptionException("--max-levels", "bounds the search; with --generalize nothing is searched.");
        }

        ToLocalSuppression();
        if (Out is null && (Remove.Count > 0 || Pseudonymize.Count > 0))
        {
            throw new InvalidOptionException(Remove.Count > 0 ? "--remove" : "--pseudonymize", "only applies with --out (the released table).");
        }
    }

    /// <summary>The engine's settings for a table.</summary>
    /// <param name="table">The table.</param>
    /// <param name="quasiIdentifiers">The quasi-identifiers (those given, or the host's default).</param>
    /// <returns>The settings.</returns>
    public AnonymizationSettings ToSettings(Table table, IReadOnlyList<string> quasiIdentifiers)
    {
        ArgumentNullException.ThrowIfNull(quasiIdentifiers);
        if (quasiIdentifiers.Count == 0)
        {
            throw new InvalidOptionException("--qi", "name the quasi-identifier columns, e.g. --qi age,sex,postcode.");
        }

        // With fixed levels, quasi-identifiers left at level 0 need no hierarchy.
        var given = Generalize is null ? null : Transformation.Parse(Generalize, quasiIdentifiers, "--generalize");
        var (hierarchies, sensitive) = given is null
            ? LoadHierarchies(table, quasiIdentifiers)
            : LoadHierarchies(table, quasiIdentifiers, quasiIdentifiers.Where(q => given.LevelOf(q) > 0).ToHashSet(StringComparer.Ordinal));
        return new AnonymizationSettings
        {
            QuasiIdentifiers = quasiIdentifiers,
            Hierarchies = hierarchies,
            Targets = PrivacyTarget.Parse(Targets, "--target"),
            SuppressionLimit = MaxSuppression,
            Metric = Metric,
            SensitiveAttribute = SensitiveAttribute,
            SensitiveHierarchy = sensitive,
            MaximumLevels = MaxLevels is null ? null : ParseMaxLevels(MaxLevels, quasiIdentifiers),
        };
    }

    /// <summary>How the release is written.</summary>
    /// <returns>The release options (the key read from <see cref="KeyFile"/>).</returns>
    public ReleaseOptions ToReleaseOptions() => new()
    {
        RemoveColumns = Remove,
        PseudonymizeColumns = Pseudonymize,
        Key = KeyFile is null ? null : RedactionKey.FromFile(KeyFile),
        Delimiter = Delimiter ?? ',',
        LocalSuppression = ToLocalSuppression(),
    };

    /// <summary>The option's spelling of a metric.</summary>
    /// <param name="metric">The metric.</param>
    /// <returns>For example <c>loss</c>.</returns>
    public static string MetricName(InformationLossMetric metric) => metric switch
    {
        InformationLossMetric.NonUniformEntropy => "entropy",
        InformationLossMetric.AverageClassSize => "aecs",
        _ => metric.ToString().ToLowerInvariant(),
    };

    private static Dictionary<string, int> ParseMaxLevels(string text, IReadOnlyList<string> quasiIdentifiers)
    {
        var all = Transformation.Parse(text, quasiIdentifiers, "--max-levels");
        var named = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(e => e[..e.LastIndexOf(':')].Trim()).ToHashSet(StringComparer.Ordinal);
        return quasiIdentifiers.Where(named.Contains).ToDictionary(q => q, all.LevelOf, StringComparer.Ordinal);
    }

    private static InformationLossMetric ParseMetric(OptionValue value) => value.Text.Trim().ToLowerInvariant() switch
    {
        "loss" => InformationLossMetric.Loss,
        "precision" => InformationLossMetric.Precision,
        "discernibility" => InformationLossMetric.Discernibility,
        "entropy" or "non-uniform-entropy" => InformationLossMetric.NonUniformEntropy,
        "aecs" => InformationLossMetric.AverageClassSize,
        "height" => InformationLossMetric.Height,
        _ => throw new InvalidOptionException("--metric", "must be loss, precision, discernibility, entropy, aecs or height."),
    };
}
