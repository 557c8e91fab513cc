namespace RiskNotebooks.Synthetic.Location;

/// <summary>What <see cref="SyntheticTraceGenerator"/> makes: how many users, records, days and antennas.</summary>
public sealed record SyntheticTraceOptions
{
    private readonly int users = 1000;
    private readonly int days = 14;
    private readonly int minRecords = 100;
    private readonly int maxRecords = 300;
    private readonly int? antennaGrid;

    /// <summary>The number of users, 1 to 100,000,000 (default 1,000).</summary>
    public int Users
    {
        get => users;
        init => users = value is >= 1 and <= 100_000_000 ? value : throw new InvalidOptionException("--users", "must be from 1 to 100,000,000.");
    }

    /// <summary>The seed: the same options give the same traces.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>The number of days, 1 to 366 (default 14, two weeks).</summary>
    public int Days
    {
        get => days;
        init => days = value is >= 1 and <= 366 ? value : throw new InvalidOptionException("--days", "must be from 1 to 366.");
    }

    /// <summary>The first day (default Monday 2023-03-06).</summary>
    public DateOnly Start { get; init; } = new(2023, 3, 6);

    /// <summary>The fewest records of a user (default 100); each user's count is uniform between this and <see cref="MaxRecords"/>.</summary>
    public int MinRecords
    {
        get => minRecords;
        init => minRecords = value is >= 1 and <= 100_000 ? value : throw new InvalidOptionException("--min-records", "must be from 1 to 100,000.");
    }

    /// <summary>The most records of a user (default 300).</summary>
    public int MaxRecords
    {
        get => maxRecords;
        init => maxRecords = value is >= 1 and <= 100_000 ? value : throw new InvalidOptionException("--max-records", "must be from 1 to 100,000.");
    }

    /// <summary>
    /// Antennas per side of the square antenna grid (about 560 m × 590 m apart), 2 to 1,000; <see langword="null"/> (the
    /// default) for about 100 users per antenna, at least 20 × 20.
    /// </summary>
    public int? AntennaGrid
    {
        get => antennaGrid;
        init => antennaGrid = value is null or (>= 2 and <= 1000) ? value : throw new InvalidOptionException("--antenna-grid", "must be from 2 to 1,000 antennas per side.");
    }

    /// <summary>The antenna grid's side actually used.</summary>
    public int GridSide => antennaGrid ?? (int)Math.Clamp(Math.Round(Math.Sqrt(users / 100d)), 20, 1000);

    /// <summary>The most records a trace set may have (users × the most records of a user).</summary>
    public const long MaxTotalRecords = 1_000_000_000;

    internal void Validate()
    {
        if (minRecords > maxRecords)
        {
            throw new InvalidOptionException("--min-records", "must not exceed --max-records.");
        }

        if ((long)users * maxRecords > MaxTotalRecords)
        {
            throw new InvalidOptionException("--users", $"times --max-records may be at most {MaxTotalRecords:N0} records (about 45 GB of CSV): lower one of them.");
        }
    }
}
