using RiskNotebooks.Commands;
using RiskNotebooks.Data;

namespace RiskNotebooks.Reporting.Notebook;

/// <summary><c>#!risk-load</c>: the file to load and how to read it. Hosts fill it from <see cref="Table"/>.</summary>
public sealed class LoadRequest : ICommandRequest
{
    /// <summary>The options of the command, as every notebook host binds them.</summary>
    public static CommandTable<LoadRequest> Table { get; } = new CommandTable<LoadRequest>(
            "risk-load",
            "Load a CSV/TSV or Parquet table: shows columns, kinds, distinct counts, missing shares and suggested roles (no rows).")
        .AddPositional("FILE", "The file to load.", (r, v) => r.Path = v, required: true)
        .Add("--delimiter", "The field delimiter (',', ';', '|' or 'tab'); detected when not given.", OptionKind.Text, (r, v) => r.Delimiter = CsvLoadOptions.ParseDelimiter(v.Text), completions: [",", ";", "|", "tab"])
        .Add("--missing", "Comma-separated cell texts that mean missing (default: empty and NA).", OptionKind.List, (r, v) => r.MissingValues = MissingValues.Parse(v.Text));

    /// <summary>The file.</summary>
    public string? Path { get; set; }

    /// <summary>The delimiter, or <see langword="null"/> to detect it.</summary>
    public char? Delimiter { get; set; }

    /// <summary>The cell texts that mean missing.</summary>
    public MissingValues MissingValues { get; set; } = MissingValues.Default;

    /// <inheritdoc/>
    public void Validate()
    {
        if (Path is null)
        {
            throw new InvalidOptionException("#!risk-load", "give the file to load, e.g. #!risk-load ../datasets/demo-registry/demo-registry.csv");
        }
    }

    /// <summary>How to read the file.</summary>
    /// <returns>The load options.</returns>
    public CsvLoadOptions ToLoadOptions() => new() { Delimiter = Delimiter, MissingValues = MissingValues };
}

/// <summary><c>#!risk-roles</c>: the roles of a loaded table's columns. Hosts fill it from <see cref="Table"/>.</summary>
public sealed class RolesRequest : ICommandRequest
{
    /// <summary>The options of the command, as every notebook host binds them.</summary>
    public static CommandTable<RolesRequest> Table { get; } = new CommandTable<RolesRequest>(
            "risk-roles",
            "Set the roles of the current table's columns: quasi-identifiers, sensitive attributes, weight, household.")
        .Add("--qi", "Quasi-identifier columns, comma-separated.", OptionKind.List, (r, v) => r.QuasiIdentifiers = NonEmpty(v))
        .Add("--sensitive", "Sensitive attribute columns, comma-separated.", OptionKind.List, (r, v) => r.SensitiveAttributes = NonEmpty(v))
        .Add("--weight", "The sampling weight column.", OptionKind.Text, (r, v) => r.WeightColumn = NonEmpty(v)[0])
        .Add("--household", "The household id column.", OptionKind.Text, (r, v) => r.HouseholdColumn = NonEmpty(v)[0]);

    /// <summary>The quasi-identifiers, or <see langword="null"/> to keep them.</summary>
    public IReadOnlyList<string>? QuasiIdentifiers { get; set; }

    /// <summary>The sensitive attributes, or <see langword="null"/> to keep them.</summary>
    public IReadOnlyList<string>? SensitiveAttributes { get; set; }

    /// <summary>The weight column, or <see langword="null"/> to keep it.</summary>
    public string? WeightColumn { get; set; }

    /// <summary>The household column, or <see langword="null"/> to keep it.</summary>
    public string? HouseholdColumn { get; set; }

    /// <inheritdoc/>
    public void Validate()
    {
        // Columns are checked against the table when the roles are set.
    }

    private static IReadOnlyList<string> NonEmpty(OptionValue value)
    {
        var names = value.List();
        return names.Count > 0 ? names : throw new InvalidOptionException(value.Option, "name at least one column.");
    }
}

/// <summary><c>#!risk-heatmap</c>: which heatmap of the current table. Hosts fill it from <see cref="Table"/>.</summary>
public sealed class HeatmapRequest : ICommandRequest
{
    /// <summary>The kinds of heatmap.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["qi-pairs", "subsets", "classes"];

    /// <summary>The options of the command, as every notebook host binds them.</summary>
    public static CommandTable<HeatmapRequest> Table { get; } = new CommandTable<HeatmapRequest>(
            "risk-heatmap",
            "Heatmap of where the risk sits: qi-pairs (share of records each pair of QIs makes unique), subsets (QI subsets by size and distinction) or classes (records by class size and risk band).")
        .Add("--kind", "qi-pairs, subsets or classes.", OptionKind.Text, (r, v) => r.Kind = Kinds.Contains(v.Text.Trim(), StringComparer.Ordinal) ? v.Text.Trim() : throw new InvalidOptionException(v.Option, "is not a kind of heatmap: use qi-pairs, subsets or classes."), r => r.Kind, Kinds);

    /// <summary>The kind: <c>qi-pairs</c>, <c>subsets</c> or <c>classes</c>.</summary>
    public string Kind { get; set; } = "qi-pairs";

    /// <inheritdoc/>
    public void Validate()
    {
        // The kind is checked as it is read.
    }
}

/// <summary><c>#!risk-export</c>: where to save the last result's report. Hosts fill it from <see cref="Table"/>.</summary>
public sealed class ExportRequest : ICommandRequest
{
    /// <summary>The options of the command, as every notebook host binds them.</summary>
    public static CommandTable<ExportRequest> Table { get; } = new CommandTable<ExportRequest>(
            "risk-export",
            "Save the last result (#!reid, #!risk-location, #!risk-assess, #!risk-text, #!risk-genome, #!risk-dicom or #!risk-infer) as a report in the format of the file's extension: .html (card and charts, plotly.js inlined), .docx (Word), .md or .json. Aggregates only, nothing loaded from the network.")
        .AddPositional("FILE", "The file to write, ending in .html, .docx, .md or .json (written atomically).", (r, v) => r.Path = v, required: true)
        .Add(OptionSpellings.FlagOf(MinimumCellSize.OptionName)!, MinimumCellSize.OptionDescription, OptionKind.Number, (r, v) => r.MinimumCellSize = MinimumCellSize.Parse(v.Text, v.Option), r => r.MinimumCellSize?.ToString());

    /// <summary>The file to write.</summary>
    public string? Path { get; set; }

    /// <summary>The minimum cell size, or <see langword="null"/> for the session's (5 unless set).</summary>
    public MinimumCellSize? MinimumCellSize { get; set; }

    /// <inheritdoc/>
    public void Validate()
    {
        if (Path is null)
        {
            throw new InvalidOptionException("#!risk-export", "give a file, e.g. #!risk-export registry-risk.html");
        }
    }
}

/// <summary>The request of a magic command without options (<c>#!risk-matrix</c>, <c>#!risk-help</c>).</summary>
public sealed class NoOptionsRequest : ICommandRequest
{
    /// <summary>The table of <c>#!risk-matrix</c>.</summary>
    public static CommandTable<NoOptionsRequest> Matrix { get; } = new("risk-matrix", "Draw the risk matrix (harm × likelihood) of the last assessment: zones, each asset initial and residual, arrows for what the planned measures change.");

    /// <summary>The table of <c>#!risk-help</c>.</summary>
    public static CommandTable<NoOptionsRequest> Help { get; } = new("risk-help", "What each RiskNotebooks magic command does, with an example.");

    /// <inheritdoc/>
    public void Validate()
    {
    }
}
