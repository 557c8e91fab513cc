namespace RiskNotebooks.Location;

/// <summary>Unicity of a trace set at one resolution, for each number of points p (see <see cref="Unicity"/>).</summary>
public sealed class UnicityReport
{
    private readonly int[][] uniqueCounts;
    private readonly int[][] trials;

    internal UnicityReport(UnicityOptions options, int drawsPerUser, int userCount, long pointCount, int distinctPoints, int[] pointsPerUser, IReadOnlyList<UnicityAtPoints> results, int[][] uniqueCounts, int[][] trials, IReadOnlyList<PlaceContribution> contributions)
    {
        Options = options;
        DrawsPerUser = drawsPerUser;
        UserCount = userCount;
        PointCount = pointCount;
        DistinctPoints = distinctPoints;
        Results = results;
        this.uniqueCounts = uniqueCounts;
        this.trials = trials;
        PlaceContributions = contributions;
        var sorted = (int[])pointsPerUser.Clone();
        Array.Sort(sorted);
        MinPointsPerUser = sorted.Length == 0 ? 0 : sorted[0];
        MedianPointsPerUser = sorted.Length == 0 ? 0 : sorted[sorted.Length / 2];
        MaxPointsPerUser = sorted.Length == 0 ? 0 : sorted[^1];
        PointsPerUser = pointsPerUser;
    }

    /// <summary>The options measured with.</summary>
    public UnicityOptions Options { get; }

    /// <summary>The spatial resolution.</summary>
    public SpatialResolution Spatial => Options.Spatial;

    /// <summary>The temporal resolution.</summary>
    public TemporalResolution Temporal => Options.Temporal;

    /// <summary>S, the random draws per user (sampled mode, and users above the limit in exact mode).</summary>
    public int DrawsPerUser { get; }

    /// <summary>The number of users.</summary>
    public int UserCount { get; }

    /// <summary>The number of points over all users' traces (each user's distinct (place, time bin) pairs).</summary>
    public long PointCount { get; }

    /// <summary>The number of distinct (place, time bin) pairs over all users.</summary>
    public int DistinctPoints { get; }

    /// <summary>The fewest distinct points of a user at the resolution.</summary>
    public int MinPointsPerUser { get; }

    /// <summary>The median number of distinct points per user.</summary>
    public int MedianPointsPerUser { get; }

    /// <summary>The most distinct points of a user.</summary>
    public int MaxPointsPerUser { get; }

    /// <summary>Unicity for each p, ascending.</summary>
    public IReadOnlyList<UnicityAtPoints> Results { get; }

    /// <summary>
    /// Where the risk is, at the largest p: for each place with visitors, how many users draws through it single out.
    /// </summary>
    public IReadOnlyList<PlaceContribution> PlaceContributions { get; }

    /// <summary>Each user's number of distinct points at the resolution (user index order).</summary>
    internal int[] PointsPerUser { get; }

    /// <summary>One user's number of distinct points at the resolution.</summary>
    /// <param name="user">The user index.</param>
    /// <returns>The count.</returns>
    public int PointCountOf(int user) => PointsPerUser[user];

    /// <summary>The result for one p.</summary>
    /// <param name="points">p.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentOutOfRangeException">p was not measured.</exception>
    public UnicityAtPoints At(int points)
        => Results.FirstOrDefault(r => r.Points == points) ?? throw new ArgumentOutOfRangeException(nameof(points), points, "That number of points was not measured.");

    /// <summary>
    /// One user's share of unique p-subsets (sampled: unique draws / S; exact: unique subsets / C(n, p)); NaN when the
    /// user has fewer than p points. Per-user output: share with care.
    /// </summary>
    /// <param name="points">p (one of <see cref="Results"/>).</param>
    /// <param name="user">The user index.</param>
    /// <returns>The share.</returns>
    public double UniqueShareOf(int points, int user)
    {
        var i = Results.ToList().FindIndex(r => r.Points == points);
        if (i < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(points), points, "That number of points was not measured.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(user);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(user, UserCount);
        return trials[i][user] == 0 ? double.NaN : (double)uniqueCounts[i][user] / trials[i][user];
    }
}
