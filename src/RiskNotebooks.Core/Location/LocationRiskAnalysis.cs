using System.Diagnostics;

namespace RiskNotebooks.Location;

/// <summary>
/// The facade of location risk: unicity (de Montjoye et al.), unicity over a grid of resolutions, scikit-mobility's
/// attacks and top-N locations uniqueness (Zang and Bolot), with the places that single people out.
/// </summary>
public static class LocationRiskAnalysis
{
    /// <summary>Runs the analysis.</summary>
    /// <param name="traces">The traces.</param>
    /// <param name="options">What to measure; unicity at p = 1..4 and top-1..3 uniqueness when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops a long run.</param>
    /// <param name="progress">Receives the progress of each phase in turn (unicity, the grid, the attacks); <see langword="null"/> for none.</param>
    /// <returns>The report.</returns>
    public static LocationRiskReport Run(TraceSet traces, LocationRiskOptions? options = null, CancellationToken cancellationToken = default, IProgress<AnalysisProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(traces);
        options ??= new LocationRiskOptions();
        options.Validate();
        var clock = Stopwatch.StartNew();
        var unicity = Unicity.Measure(traces, options.Unicity, cancellationToken, progress);
        var grid = options.Grid
            ? UnicityGrid.Measure(traces, options.GridSpatial, options.GridTemporal, options.GridPoints, options.Unicity, cancellationToken, progress)
            : null;
        var attacks = options.Attacks.Count == 0
            ? []
            : MobilityAttacks.Run(traces, options.Attacks.Select(a => a with { Spatial = options.Spatial }).ToArray(), cancellationToken, progress);
        var top = options.TopN.Count == 0
            ? []
            : TopLocations.Measure(new AttackData(traces, options.Spatial, cancellationToken), options.TopN, cancellationToken);
        return new LocationRiskReport(traces, options, unicity, grid, attacks, top, clock.Elapsed);
    }
}
