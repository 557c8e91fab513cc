namespace RiskNotebooks.Location;

/// <summary>
/// Unicity over a grid of resolutions: how much coarsening space and time buys (de Montjoye et al. 2013, figure 4: with
/// antennas merged into larger cells and longer time windows, unicity falls roughly as a power of both).
/// </summary>
/// <remarks>
/// Each cell is a sampled unicity at one resolution with the same seed. The traces are re-indexed per resolution; the
/// points p and draws come from the options (their spatial and temporal resolutions are replaced by the grid's).
/// </remarks>
public static class UnicityGrid
{
    /// <summary>The default rows: raw places, and grids of 1, 2, 4 and 8 km.</summary>
    public static IReadOnlyList<SpatialResolution> DefaultSpatial { get; } =
        [SpatialResolution.Raw, SpatialResolution.Grid(1000), SpatialResolution.Grid(2000), SpatialResolution.Grid(4000), SpatialResolution.Grid(8000)];

    /// <summary>The default columns: 1, 2, 4, 6 and 12 hours, and the day.</summary>
    public static IReadOnlyList<TemporalResolution> DefaultTemporal { get; } =
        [TemporalResolution.Hour, TemporalResolution.Hours(2), TemporalResolution.Hours(4), TemporalResolution.Hours(6), TemporalResolution.Hours(12), TemporalResolution.Day];

    /// <summary>Measures unicity at p points at every pair of resolutions.</summary>
    /// <param name="traces">The traces.</param>
    /// <param name="spatial">The spatial resolutions (rows); <see cref="DefaultSpatial"/> when <see langword="null"/>.</param>
    /// <param name="temporal">The temporal resolutions (columns); <see cref="DefaultTemporal"/> when <see langword="null"/>.</param>
    /// <param name="points">p (default 4).</param>
    /// <param name="options">Draws, seed, mode; their resolutions and points are replaced.</param>
    /// <param name="cancellationToken">Stops a long run.</param>
    /// <param name="progress">Receives how many cells of the grid are done; <see langword="null"/> for none.</param>
    /// <returns>The grid.</returns>
    public static UnicityGridReport Measure(TraceSet traces, IReadOnlyList<SpatialResolution>? spatial = null, IReadOnlyList<TemporalResolution>? temporal = null, int points = 4, UnicityOptions? options = null, CancellationToken cancellationToken = default, IProgress<AnalysisProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(traces);
        spatial ??= DefaultSpatial;
        temporal ??= DefaultTemporal;
        if (spatial.Count == 0 || temporal.Count == 0)
        {
            throw new InvalidOptionException("Grid", "give at least one spatial and one temporal resolution.");
        }

        options = (options ?? UnicityOptions.Default) with { Points = [points] };
        var cells = new UnicityAtPoints[spatial.Count][];
        var steps = ProgressSteps.Start(progress, "unicity grid", (long)spatial.Count * temporal.Count);
        for (var s = 0; s < spatial.Count; s++)
        {
            cells[s] = new UnicityAtPoints[temporal.Count];
            for (var t = 0; t < temporal.Count; t++)
            {
                var index = PointIndex.Build(traces, spatial[s], temporal[t], cancellationToken);
                var at = options with { Spatial = spatial[s], Temporal = temporal[t] };
                cells[s][t] = Unicity.Measure(index, at, withContributions: false, cancellationToken).Results[0];
                steps.Advance();
            }
        }

        return new UnicityGridReport(spatial, temporal, points, cells);
    }
}
