using RiskNotebooks.Commands;
using RiskNotebooks.Location;
using RiskNotebooks.Reporting.Charts;
using RiskNotebooks.Reporting.Export;

namespace RiskNotebooks.Reporting.Notebook;

/// <summary><c>#!risk-location</c>.</summary>
public static partial class NotebookCommands
{
    /// <summary>
    /// <c>#!risk-location</c>: measures the traces of the request's file, or else those measured last (to change only
    /// the resolution). Displays the card, unicity by points, the grid and the map of where the risk is.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="session">The session (the last traces, the export, the smallest shown area).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <param name="progress">Receives the progress of unicity, the grid and the attacks; <see langword="null"/> for none.</param>
    /// <returns>The report and what to display.</returns>
    public static NotebookOutcome Location(LocationRequest request, NotebookSession session, CancellationToken cancellationToken = default, IProgress<AnalysisProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        var options = request.ToOptions(); // every option checked before a long load
        TraceSet traces;
        if (request.Path is { } path)
        {
            var antennas = request.Antennas is { } antennaPath ? AntennaTable.Load(antennaPath) : null;
            traces = TraceReader.Load(path, request.ToLoadOptions(antennas), cancellationToken);
            session.LastTraces = traces;
        }
        else
        {
            OnlyWithFile(
                "#!risk-location",
                ("--antennas", request.Antennas is not null),
                ("--user-column", request.UserColumn is not null),
                ("--time-column", request.TimeColumn is not null),
                ("--lat-column", request.LatitudeColumn is not null),
                ("--lon-column", request.LongitudeColumn is not null),
                ("--location-column", request.LocationColumn is not null),
                ("--delimiter", request.Delimiter is not null));
            traces = session.LastTraces ?? throw new InvalidOptionException("#!risk-location", "no traces loaded yet: give a file, e.g. #!risk-location ../datasets/mobility/traces_100.csv");
        }

        var report = LocationRiskAnalysis.Run(traces, options, cancellationToken, progress);
        var minimumVisitors = session.MinimumShownClassSize; // as shown now, whatever the setting is when exported
        session.LastExport = ("location", () => ResultReport.For(report, minimumVisitors));
        var displays = new List<object> { report, LocationCharts.UnicityByPoints(report.Unicity) };
        if (report.Grid is { } grid)
        {
            displays.Add(LocationCharts.UnicityByResolution(grid));
        }

        if (report.HasCoordinates)
        {
            displays.Add(LocationCharts.PlaceRiskMap(report.PlaceContributions, report.PlaceContributionsBasis, minimumVisitors));
        }

        return new NotebookOutcome(report, displays);
    }
}
