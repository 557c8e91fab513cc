namespace RiskNotebooks.Location;

/// <summary>What <see cref="LocationRiskAnalysis"/> measures: unicity, optionally over a grid, attacks, top-N uniqueness.</summary>
public sealed record LocationRiskOptions
{
    private readonly UnicityOptions unicity = UnicityOptions.Default;
    private readonly IReadOnlyList<AttackOptions> attacks = [];
    private readonly IReadOnlyList<int> topN = [1, 2, 3];
    private readonly int gridPoints = 4;

    /// <summary>Unicity: its resolution (also the resolution of attacks and top-N), points, draws, seed, mode.</summary>
    public UnicityOptions Unicity { get => unicity; init => unicity = value ?? throw new ArgumentNullException(nameof(value)); }

    /// <summary>The spatial resolution of every measure (that of <see cref="Unicity"/>).</summary>
    public SpatialResolution Spatial => unicity.Spatial;

    /// <summary>The temporal resolution of unicity.</summary>
    public TemporalResolution Temporal => unicity.Temporal;

    /// <summary>Whether to measure unicity over a grid of resolutions (default false).</summary>
    public bool Grid { get; init; }

    /// <summary>The grid's spatial resolutions (default <see cref="UnicityGrid.DefaultSpatial"/>).</summary>
    public IReadOnlyList<SpatialResolution> GridSpatial { get; init; } = UnicityGrid.DefaultSpatial;

    /// <summary>The grid's temporal resolutions (default <see cref="UnicityGrid.DefaultTemporal"/>).</summary>
    public IReadOnlyList<TemporalResolution> GridTemporal { get; init; } = UnicityGrid.DefaultTemporal;

    /// <summary>p for the grid (default 4).</summary>
    public int GridPoints
    {
        get => gridPoints;
        init => gridPoints = value is >= 1 and <= 64 ? value : throw new InvalidOptionException(nameof(GridPoints), "must be from 1 to 64.");
    }

    /// <summary>scikit-mobility attacks to run (none by default); their spatial resolution is replaced by <see cref="Spatial"/>.</summary>
    public IReadOnlyList<AttackOptions> Attacks { get => attacks; init => attacks = value ?? throw new ArgumentNullException(nameof(value)); }

    /// <summary>Checks the options that only make sense together, before any work is done.</summary>
    /// <exception cref="InvalidOptionException">An attack cannot run at <see cref="Spatial"/> (see <see cref="AttackOptions.CheckResolution"/>).</exception>
    public void Validate()
    {
        foreach (var attack in attacks)
        {
            attack.CheckResolution(Spatial);
        }
    }

    /// <summary>The values of N for top-N locations uniqueness (default 1, 2, 3; empty for none).</summary>
    public IReadOnlyList<int> TopN
    {
        get => topN;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            topN = value.Any(x => x is < 1 or > 64) ? throw new InvalidOptionException(nameof(TopN), "N must be from 1 to 64.") : value.Distinct().Order().ToArray();
        }
    }
}
