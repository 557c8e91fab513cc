using RiskNotebooks.Data;
using RiskNotebooks.Treatment;

namespace RiskNotebooks.Commands;

/// <summary>
/// <c>#!risk-whatif</c>: apply given generalisation levels (and, optionally, suppress the classes that break a target) and
/// compare the table before and after. No search; the notebook counterpart of <c>risknb anonymize --generalize</c>.
/// </summary>
public sealed class WhatIfRequest : TreatmentSource, ICommandRequest
{
    /// <summary>The options of the command, as every host binds them.</summary>
    public static CommandTable<WhatIfRequest> Table { get; } = AddLocalSuppression(new CommandTable<WhatIfRequest>(
            "whatif",
            "What if: generalise the quasi-identifiers to given levels, suppress the classes that break a target or single cells (local suppression), and compare risks before and after, side by side.")
        .AddPositional("FILE", "A CSV/TSV file with a header row. In a notebook, without it: the table loaded last.", (r, v) => r.Path = v)
        .Add("--generalize", "Levels per quasi-identifier, e.g. age:2,postcode:3 (others stay at 0 and need no hierarchy).", OptionKind.Text, (r, v) => r.Generalize = v.Text)
        .Add("--suppress", "Suppress the records of classes that break this target, e.g. k=5 (as --target of anonymize).", OptionKind.Text, (r, v) => r.Suppress = v.Text, completions: ["k=5", "k=11", "l=2"])
        .Add("--qi", "Quasi-identifier columns, comma-separated; in a notebook, default: the roles set for the table.", OptionKind.List, (r, v) => r.QuasiIdentifiers = v.List())
        .Add("--hierarchies", "A folder of hierarchy files in ARX's CSV format, one per quasi-identifier (age.csv or ..._age.csv).", OptionKind.Path, (r, v) => r.HierarchyFolder = v.Text)
        .Add("--build", "Build hierarchies instead: age=interval:10, age=bands:18,30,50, date=date, postcode=postcode-se, diagnosis=icd10, id=mask (comma-separated).", OptionKind.Text, (r, v) => r.Build = v.Text)
        .Add("--sensitive", "The sensitive attribute for l-diversity and t-closeness targets.", OptionKind.Text, (r, v) => r.SensitiveAttribute = v.Text)
        .Add("--delimiter", "Field delimiter (',', ';', '|' or 'tab'); detected when not given.", OptionKind.Text, (r, v) => r.Delimiter = CsvLoadOptions.ParseDelimiter(v.Text), completions: [",", ";", "|", "tab"])
        .Add("--missing", "Comma-separated cell texts that mean missing (default: empty and NA).", OptionKind.List, (r, v) => r.MissingValues = MissingValues.Parse(v.Text)));

    /// <summary>The levels, as text.</summary>
    public string? Generalize { get; set; }

    /// <summary>The target whose failing classes are suppressed, or <see langword="null"/> for none.</summary>
    public string? Suppress { get; set; }

    /// <inheritdoc/>
    public void Validate()
    {
        if (Generalize is null && LocalSuppressionK is null)
        {
            throw new InvalidOptionException("--generalize", "give the levels to apply, e.g. --generalize age:2,postcode:3, or --local-suppression K.");
        }

        ToLocalSuppression();

        if (Suppress is not null)
        {
            PrivacyTarget.Parse(Suppress, "--suppress");
        }
    }

    /// <summary>The engine's settings and the transformation, for a table.</summary>
    /// <param name="table">The table.</param>
    /// <param name="quasiIdentifiers">The quasi-identifiers (those given, or the host's default).</param>
    /// <returns>The settings (any suppression allowed) and the levels.</returns>
    public (AnonymizationSettings Settings, Transformation Transformation) ToSettings(Table table, IReadOnlyList<string> quasiIdentifiers)
    {
        ArgumentNullException.ThrowIfNull(quasiIdentifiers);
        Validate();
        if (quasiIdentifiers.Count == 0)
        {
            throw new InvalidOptionException("--qi", "name the quasi-identifier columns, e.g. --qi age,sex,postcode.");
        }

        var transformation = Transformation.Parse(Generalize ?? "", quasiIdentifiers, "--generalize");
        var generalized = quasiIdentifiers.Where(q => transformation.LevelOf(q) > 0).ToHashSet(StringComparer.Ordinal);
        var (hierarchies, sensitive) = LoadHierarchies(table, quasiIdentifiers, generalized);
        var settings = new AnonymizationSettings
        {
            QuasiIdentifiers = quasiIdentifiers,
            Hierarchies = hierarchies,
            Targets = Suppress is null ? [new KAnonymity(1)] : PrivacyTarget.Parse(Suppress, "--suppress"),
            SuppressionLimit = 1,
            SensitiveAttribute = SensitiveAttribute,
            SensitiveHierarchy = sensitive,
        };
        return (settings, transformation);
    }

    /// <summary>How the table is released in memory (local suppression, if asked for).</summary>
    /// <returns>The release options.</returns>
    public ReleaseOptions ToReleaseOptions() => new() { LocalSuppression = ToLocalSuppression() };
}
