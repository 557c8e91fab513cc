using RiskNotebooks.Commands;
using RiskNotebooks.Data;
using RiskNotebooks.Sources;
using RiskNotebooks.Registry;
using RiskNotebooks.Reporting.Charts;
using RiskNotebooks.Reporting.Export;
using RiskNotebooks.Sources.Sql;

namespace RiskNotebooks.Reporting.Notebook;

/// <summary><c>#!reid</c>.</summary>
public static partial class NotebookCommands
{
    /// <summary>
    /// <c>#!reid</c>: measures a table, the file of the request or else a table of the session; options not given take
    /// the table's roles. Displays the card, the class-size chart, the QI-pair heatmap (see <see cref="PairRisks"/>) and,
    /// with <c>--subsets</c>, the subsets chart.
    /// </summary>
    /// <param name="request">The request; the table's roles are filled into the options it leaves unset.</param>
    /// <param name="session">The session (its current table, roles, last report and export).</param>
    /// <param name="tableName">The session table to measure (<c>--name</c>), or <see langword="null"/> for the current one.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <param name="progress">Receives the progress of the long phases (subsets, SUDA); <see langword="null"/> for none.</param>
    /// <returns>The report and what to display.</returns>
    public static NotebookOutcome Reid(ReidRequest request, NotebookSession session, string? tableName = null, CancellationToken cancellationToken = default, IProgress<AnalysisProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        request.Validate();
        if (request.Database is not null)
        {
            return ReidInDatabase(request, session, cancellationToken);
        }

        LoadedTable loaded;
        if (request.Path is { } path)
        {
            loaded = Load(session, path, request.ToLoadOptions(), tableName, cancellationToken);
        }
        else
        {
            OnlyWithFile("#!reid", ("--delimiter", request.Delimiter is not null), ("--missing", !ReferenceEquals(request.MissingValues, CsvLoadOptions.Default.MissingValues)));
            loaded = session.Require(tableName);
        }

        var qis = request.QuasiIdentifiers.Count > 0 ? request.QuasiIdentifiers : loaded.QuasiIdentifiers;
        if (qis.Count == 0)
        {
            throw new InvalidOptionException("--qi", "no quasi-identifiers: name them with --qi or #!risk-roles --qi a,b,c.");
        }

        request.WeightColumn ??= loaded.WeightColumn;
        request.HouseholdColumn ??= loaded.HouseholdColumn;
        request.SensitiveAttributes ??= loaded.SensitiveAttributes.Where(s => !qis.Contains(s, StringComparer.OrdinalIgnoreCase)).ToArray();
        var populationTable = request.PopulationTable is { } populationPath ? TableFiles.Load(populationPath, request.ToLoadOptions(qis), cancellationToken) : null;
        var report = ReidentificationAnalysis.Run(loaded.Table, request.ToOptions(qis, populationTable), cancellationToken, progress);
        session.LastReport = report;
        var displays = new List<object> { report, RiskCharts.Classes(report.Histogram, report.Threshold) };
        var pairs = PairRisks.For(report, loaded.Table, cancellationToken);
        if (pairs is not null)
        {
            displays.Add(RiskCharts.QuasiIdentifierPairs(pairs, report.QuasiIdentifiers, report.RecordCount));
        }

        if (report.AttributeRisks is { } subsets)
        {
            displays.Add(RiskCharts.Subsets(subsets));
        }

        session.LastExport = ("re-identification", () => ResultReport.For(report, pairs));
        return new NotebookOutcome(report, displays);
    }

    /// <summary>
    /// <c>#!reid --db</c>: the class-size measures computed by the database (or by DuckDB over FILE); only the histogram
    /// leaves it, so nothing is added to the session's tables and there is no report to export.
    /// </summary>
    private static NotebookOutcome ReidInDatabase(ReidRequest request, NotebookSession session, CancellationToken cancellationToken)
    {
        var options = DatabaseRegistryOptions.For(request);
        var report = MeasureInDatabase(options, cancellationToken);
        session.LastExport = null;
        var displays = new List<object> { report, RiskCharts.Classes(report.Histogram, report.Threshold) };
        if (report.AttributeRisks is { } subsets)
        {
            displays.Add(RiskCharts.Subsets(subsets));
        }

        return new NotebookOutcome(report, displays);
    }

    /// <summary>
    /// Calls the database drivers, which the .NET Interactive package does not ship (our own kernel and the command line
    /// do): their absence is a clear error, not a missing assembly. Not inlined, so that the drivers load only here.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static ClassSizeRiskReport MeasureInDatabase(DatabaseRegistryOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return DatabaseRegistry.Measure(options, cancellationToken);
        }
        catch (FileNotFoundException e) when (e.FileName is { } name && (name.StartsWith("DuckDB", StringComparison.Ordinal) || name.StartsWith("Npgsql", StringComparison.Ordinal)))
        {
            throw new InvalidOptionException("--db", "the database drivers are not installed in this notebook host: use our own kernel (risknb notebooks setup) or the command line (risknb reid --db).");
        }
    }
}
