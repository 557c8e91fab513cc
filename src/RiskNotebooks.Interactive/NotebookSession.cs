using RiskNotebooks.Guidance;
using RiskNotebooks.Registry;

namespace RiskNotebooks.Interactive;

/// <summary>
/// What the magic commands remember between cells: loaded tables, the current one, the roles set for it, the last report.
/// One session per kernel.
/// </summary>
public sealed class NotebookSession
{
    private readonly Dictionary<string, LoadedTable> tables = new(StringComparer.Ordinal);

    /// <summary>The loaded tables, by name.</summary>
    public IReadOnlyDictionary<string, LoadedTable> Tables => tables;

    /// <summary>The table the commands work on: the last one loaded.</summary>
    public LoadedTable? Current { get; private set; }

    /// <summary>The last re-identification report.</summary>
    public ReidentificationReport? LastReport { get; internal set; }

    /// <summary>The assessment file assessed last.</summary>
    public AssessmentDocument? AssessmentDocument { get; internal set; }

    /// <summary>The last evaluated assessment.</summary>
    public AssessmentReport? LastAssessment { get; internal set; }

    /// <summary>Whether plotly.js has been sent to this notebook yet.</summary>
    public bool PlotlyEmbedded { get; internal set; }

    /// <summary>What <c>#!risk-export</c> saves: the kind of the last result and how to build its report.</summary>
    internal (string What, Func<Reporting.Export.HtmlReport> Build)? LastExport { get; set; }

    /// <summary>
    /// The fewest people an aggregate may describe and still be shown (default 5): map areas with fewer visitors are
    /// left blank.
    /// </summary>
    public int MinimumShownClassSize { get; set; } = 5;

    internal void Add(LoadedTable table)
    {
        tables[table.Name] = table;
        Current = table;
    }

    internal LoadedTable Require(string? name)
    {
        if (name is not null)
        {
            return tables.TryGetValue(name, out var table)
                ? table
                : throw new InvalidOptionException("--name", $"no table named '{name}' is loaded. Loaded: {(tables.Count == 0 ? "none" : string.Join(", ", tables.Keys))}.");
        }

        return Current ?? throw new InvalidOptionException("#!risk-load", "no table is loaded yet. Load one first, e.g. #!risk-load ../datasets/demo-registry/demo-registry.csv");
    }
}
