namespace RiskNotebooks.Location;

/// <summary>Unicity at p points over a grid of spatial × temporal resolutions (the figure of de Montjoye et al.).</summary>
public sealed class UnicityGridReport
{
    private readonly UnicityAtPoints[][] cells;

    internal UnicityGridReport(IReadOnlyList<SpatialResolution> spatial, IReadOnlyList<TemporalResolution> temporal, int points, UnicityAtPoints[][] cells)
    {
        Spatial = spatial;
        Temporal = temporal;
        Points = points;
        this.cells = cells;
    }

    /// <summary>The spatial resolutions (rows), finest first as given.</summary>
    public IReadOnlyList<SpatialResolution> Spatial { get; }

    /// <summary>The temporal resolutions (columns), finest first as given.</summary>
    public IReadOnlyList<TemporalResolution> Temporal { get; }

    /// <summary>p, the number of points.</summary>
    public int Points { get; }

    /// <summary>The result at one resolution.</summary>
    /// <param name="spatial">The row: index in <see cref="Spatial"/>.</param>
    /// <param name="temporal">The column: index in <see cref="Temporal"/>.</param>
    /// <returns>Unicity at p points there.</returns>
    public UnicityAtPoints this[int spatial, int temporal] => cells[spatial][temporal];

    /// <summary>The unicity values, rows by spatial resolution, columns by temporal resolution.</summary>
    /// <returns>A new array.</returns>
    public double[][] ToArray() => cells.Select(row => row.Select(c => c.Unicity).ToArray()).ToArray();
}
