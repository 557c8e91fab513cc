using System.Net;
using RiskNotebooks.Data;
using RiskNotebooks.Registry;
using RiskNotebooks.Registry.Attributes;
using RiskNotebooks.Reporting.Charts;

namespace RiskNotebooks.Reporting.Notebook;

/// <summary><c>#!risk-roles</c>, <c>#!risk-heatmap</c>, <c>#!risk-matrix</c> and <c>#!risk-export</c>.</summary>
public static partial class NotebookCommands
{
    /// <summary><c>#!risk-roles</c>: sets the roles given of a loaded table (checked against its columns) and shows them all.</summary>
    /// <param name="request">The roles to set; those not given are kept.</param>
    /// <param name="session">The session.</param>
    /// <param name="tableName">The table, or <see langword="null"/> for the current one.</param>
    /// <returns>The table (the result) and the roles card.</returns>
    /// <exception cref="InvalidOptionException">No such table, or a column it does not have (names the option).</exception>
    public static NotebookOutcome Roles(RolesRequest request, NotebookSession session, string? tableName = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        var loaded = session.Require(tableName);
        var qis = request.QuasiIdentifiers is { } q ? Columns(loaded.Table, q, "--qi") : null;
        var sensitive = request.SensitiveAttributes is { } s ? Columns(loaded.Table, s, "--sensitive") : null;
        var weight = request.WeightColumn is { } w ? Columns(loaded.Table, [w], "--weight")[0] : null;
        var household = request.HouseholdColumn is { } h ? Columns(loaded.Table, [h], "--household")[0] : null;

        // Every name checked before any role changes: a wrong one leaves the roles as they were.
        loaded.QuasiIdentifiers = qis ?? loaded.QuasiIdentifiers;
        loaded.SensitiveAttributes = sensitive ?? loaded.SensitiveAttributes;
        loaded.WeightColumn = weight ?? loaded.WeightColumn;
        loaded.HouseholdColumn = household ?? loaded.HouseholdColumn;
        return new NotebookOutcome(loaded, [RolesCard(loaded)]);
    }

    /// <summary><c>#!risk-heatmap</c>: where the risk of a loaded table sits, for its quasi-identifiers.</summary>
    /// <param name="request">The kind of heatmap.</param>
    /// <param name="session">The session.</param>
    /// <param name="tableName">The table, or <see langword="null"/> for the current one.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="InvalidOptionException">No table, or no quasi-identifiers set.</exception>
    public static NotebookOutcome Heatmap(HeatmapRequest request, NotebookSession session, string? tableName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        var loaded = session.Require(tableName);
        var qis = loaded.QuasiIdentifiers;
        if (qis.Count == 0)
        {
            throw new InvalidOptionException("--qi", "no quasi-identifiers: set them with #!risk-roles --qi a,b,c.");
        }

        RiskChart chart = request.Kind switch
        {
            "subsets" => RiskCharts.Subsets(AttributeRiskAnalysis.Run(loaded.Table, qis, qis.Count > 16 ? 4 : null, cancellationToken)),
            "classes" => RiskCharts.Classes(EquivalenceClasses.Build(loaded.Table, qis, cancellationToken).Histogram, session.LastReport?.Threshold ?? 0.2),
            _ => RiskCharts.QuasiIdentifierPairs(AttributeRiskAnalysis.Run(loaded.Table, qis, 2, cancellationToken), qis.Select(n => loaded.Table.GetColumn(n).Name).ToArray(), loaded.Table.RowCount),
        };
        return new NotebookOutcome(chart, [chart]);
    }

    /// <summary><c>#!risk-matrix</c>: the risk matrix of the last assessment.</summary>
    /// <param name="session">The session.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="InvalidOptionException">No assessment yet.</exception>
    public static NotebookOutcome Matrix(NotebookSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var report = session.LastAssessment ?? throw new InvalidOptionException("#!risk-assess", "no assessment yet: run #!risk-assess FILE first.");
        var chart = RiskMatrixChart.Create(report.Result.Matrix);
        return new NotebookOutcome(chart, [chart]);
    }

    /// <summary><c>#!risk-export</c>: saves the last result's report, atomically, and says where.</summary>
    /// <param name="request">The file.</param>
    /// <param name="session">The session.</param>
    /// <returns>The confirmation.</returns>
    /// <exception cref="InvalidOptionException">Not an .html name, a folder that does not exist, or nothing to export yet.</exception>
    public static NotebookOutcome Export(ExportRequest request, NotebookSession session)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        request.Validate();
        var path = request.Path!;
        Reporting.Export.ResultReport.CheckPath(path, "--path");
        var (what, build) = session.LastExport ?? throw new InvalidOptionException("#!risk-export", "there is nothing to export yet: run #!reid, #!risk-location, #!risk-assess or #!risk-text first.");
        var report = build();
        var minimum = request.MinimumCellSize ?? new MinimumCellSize(Math.Max(1, session.MinimumShownClassSize));
        report.Save(path, "--path", minimum);
        var full = Path.GetFullPath(path);
        var format = Reporting.Export.ReportFormats.FromPath(path, "--path").ToString().ToUpperInvariant();
        return new NotebookOutcome(null, [new HtmlFragment(
            $"<p>Saved the {WebUtility.HtmlEncode(what)} report ({format}, aggregates only, counts of people below {minimum.Value} suppressed) to <code>{WebUtility.HtmlEncode(full)}</code>.</p>",
            $"Saved the {what} report ({format}, aggregates only, counts of people below {minimum.Value} suppressed) to {full}.")]);
    }

    /// <summary>The roles card of a table.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The card.</returns>
    public static HtmlFragment RolesCard(LoadedTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        static string Text(IEnumerable<string> names) => string.Join(", ", names) is { Length: > 0 } s ? s : "none";
        static string EncodedNames(IEnumerable<string> names) => WebUtility.HtmlEncode(Text(names));
        var weight = table.WeightColumn is null ? [] : new[] { table.WeightColumn };
        var household = table.HouseholdColumn is null ? [] : new[] { table.HouseholdColumn };
        var html = $"""
            <div class="risknb-card risknb-roles" style="font-family:system-ui,sans-serif;border:1px solid #ccd;border-radius:8px;padding:10px 14px;max-width:900px">
            <b>Roles of {WebUtility.HtmlEncode(table.Name)}</b>
            <ul>
            <li>quasi-identifiers: <b>{EncodedNames(table.QuasiIdentifiers)}</b></li>
            <li>sensitive attributes: {EncodedNames(table.SensitiveAttributes)}</li>
            <li>sampling weight: {EncodedNames(weight)}</li>
            <li>household id: {EncodedNames(household)}</li>
            </ul>
            <p style="color:#555;font-size:90%">Next: <code>#!reid</code> measures the risk for these roles.</p>
            </div>
            """;
        var text = $"Roles of {table.Name}: quasi-identifiers {Text(table.QuasiIdentifiers)}; sensitive {Text(table.SensitiveAttributes)}; weight {Text(weight)}; household {Text(household)}.";
        return new HtmlFragment(html, text);
    }

    private static IReadOnlyList<string> Columns(Table table, IReadOnlyList<string> names, string option)
    {
        if (names.Count == 0)
        {
            throw new InvalidOptionException(option, "name at least one column.");
        }

        return names.Select(n => table.GetColumn(n).Name).ToArray();
    }
}
