namespace RiskNotebooks.Location;

/// <summary>What <see cref="Unicity"/> measures: the resolution, the numbers of points p, sampling or exact enumeration.</summary>
public sealed record UnicityOptions
{
    /// <summary>The seed used when none is given: the publication date of de Montjoye et al., 2013-03-25.</summary>
    public const long DefaultSeed = 20130325;

    private readonly SpatialResolution spatial = SpatialResolution.Raw;
    private readonly TemporalResolution temporal = TemporalResolution.Hour;
    private readonly IReadOnlyList<int> points = [1, 2, 3, 4];
    private readonly int? drawsPerUser;
    private readonly long exactLimit = 1_000_000;
    private readonly double confidenceLevel = 0.95;

    /// <summary>The defaults: raw places, hourly points, p = 1..4, sampled with an automatic number of draws.</summary>
    public static UnicityOptions Default { get; } = new();

    /// <summary>Where: raw places (the default), a grid or merged cells.</summary>
    public SpatialResolution Spatial { get => spatial; init => spatial = value ?? throw new ArgumentNullException(nameof(value)); }

    /// <summary>When: hourly windows by default (de Montjoye et al.'s resolution).</summary>
    public TemporalResolution Temporal { get => temporal; init => temporal = value ?? throw new ArgumentNullException(nameof(value)); }

    /// <summary>The numbers of points p the attacker knows, each from 1 to 64; 1, 2, 3 and 4 by default.</summary>
    public IReadOnlyList<int> Points
    {
        get => points;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.Count == 0 || value.Any(p => p is < 1 or > 64))
            {
                throw new InvalidOptionException(nameof(Points), "give numbers of points from 1 to 64, e.g. 4, 1..5 or 1,2,4.");
            }

            points = value.Distinct().Order().ToArray();
        }
    }

    /// <summary>
    /// Draws S per user in sampled mode, 1 to 100,000; <see langword="null"/> (the default) for enough draws that users × S
    /// is at least 100,000, at most 100 per user (1 draw per user from 100,000 users on).
    /// </summary>
    public int? DrawsPerUser
    {
        get => drawsPerUser;
        init => drawsPerUser = value is null or (>= 1 and <= 100_000) ? value : throw new InvalidOptionException(nameof(DrawsPerUser), "must be from 1 to 100,000 draws per user.");
    }

    /// <summary>The seed of the draws: the same seed gives the same result, whatever the number of threads.</summary>
    public long Seed { get; init; } = DefaultSeed;

    /// <summary>Sampled (the default) or exact.</summary>
    public UnicityMode Mode { get; init; } = UnicityMode.Sampled;

    /// <summary>In exact mode, the largest number of p-subsets C(n, p) enumerated for one user (default 1,000,000).</summary>
    public long ExactLimit
    {
        get => exactLimit;
        init => exactLimit = value >= 1 ? value : throw new InvalidOptionException(nameof(ExactLimit), "must be at least 1.");
    }

    /// <summary>The confidence level of the interval (default 0.95), in (0.5, 1).</summary>
    public double ConfidenceLevel
    {
        get => confidenceLevel;
        init => confidenceLevel = value is > 0.5 and < 1d ? value : throw new InvalidOptionException(nameof(ConfidenceLevel), "must be in (0.5, 1), e.g. 0.95.");
    }

    /// <summary>The draws per user for a number of users: <see cref="DrawsPerUser"/> or the automatic choice.</summary>
    /// <param name="users">The number of users.</param>
    /// <returns>S.</returns>
    public int DrawsFor(int users)
        => drawsPerUser ?? (int)Math.Clamp((100_000L + Math.Max(1, users) - 1) / Math.Max(1, users), 1, 100);

    /// <summary>Parses a list of numbers of points: <c>4</c>, <c>1..5</c>, <c>1,2,4</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="optionName">The option it came from.</param>
    /// <returns>The numbers, ascending.</returns>
    public static IReadOnlyList<int> ParseRange(string text, string optionName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new SortedSet<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var dots = part.IndexOf("..", StringComparison.Ordinal);
            if (dots > 0 && int.TryParse(part[..dots], out var from) && int.TryParse(part[(dots + 2)..], out var to) && from >= 1 && to >= from && to <= 64)
            {
                for (var i = from; i <= to; i++)
                {
                    result.Add(i);
                }
            }
            else if (int.TryParse(part, out var single) && single is >= 1 and <= 64)
            {
                result.Add(single);
            }
            else
            {
                throw new InvalidOptionException(optionName, "give whole numbers from 1 to 64: a number (4), a range (1..5) or a list (1,2,4).");
            }
        }

        return result.Count > 0 ? [.. result] : throw new InvalidOptionException(optionName, "give at least one number.");
    }
}
