using RiskNotebooks.Guidance;
using RiskNotebooks.Location;
using RiskNotebooks.Registry;

namespace RiskNotebooks.Reporting.Notebook;

/// <summary>
/// What the magic commands remember between cells: loaded tables, the current one, the roles set for it, the last report.
/// One session per kernel; every host (the .NET Interactive extension, our kernel) keeps one and passes it to <see cref="NotebookCommands"/>.
/// </summary>
public sealed class NotebookSession
{
    private readonly Dictionary<string, LoadedTable> tables = new(StringComparer.Ordinal);

    /// <summary>The loaded tables, by name.</summary>
    public IReadOnlyDictionary<string, LoadedTable> Tables => tables;

    /// <summary>The table the commands work on: the last one loaded.</summary>
    public LoadedTable? Current { get; private set; }

    /// <summary>The last re-identification report.</summary>
    public ReidentificationReport? LastReport { get; set; }

    /// <summary>The assessment file assessed last.</summary>
    public AssessmentDocument? AssessmentDocument { get; set; }

    /// <summary>The last evaluated assessment.</summary>
    public AssessmentReport? LastAssessment { get; set; }

    /// <summary>Whether plotly.js has been sent to this notebook yet.</summary>
    public bool PlotlyEmbedded { get; set; }

    /// <summary>What <c>#!risk-export</c> saves: the kind of the last result and how to build its report.</summary>
    public (string What, Func<Export.ResultReport> Build)? LastExport { get; set; }

    /// <summary>The traces measured last, so that the next <c>#!risk-location</c> can change only the resolution.</summary>
    public TraceSet? LastTraces { get; set; }

    /// <summary>
    /// The fewest people an aggregate may describe and still be shown (default 5): map areas with fewer visitors are
    /// left blank, and <c>#!risk-export</c> writes smaller counts of people as <c>&lt;5</c> unless given <c>--min-cell-size</c>.
    /// </summary>
    public int MinimumShownClassSize { get; set; } = 5;

    /// <summary>Adds a table (replacing one of the same name) and makes it the current one.</summary>
    /// <param name="table">The table.</param>
    public void Add(LoadedTable table)
    {
        tables[table.Name] = table;
        Current = table;
    }

    /// <summary>The table of a name, or the current one.</summary>
    /// <param name="name">The name, or <see langword="null"/> for the current table.</param>
    /// <returns>The table.</returns>
    /// <exception cref="InvalidOptionException">No table of that name, or none loaded yet (names <c>--name</c> or <c>#!risk-load</c>).</exception>
    public LoadedTable Require(string? name)
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
