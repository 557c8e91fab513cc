namespace RiskNotebooks.Location;

/// <summary>The location risk of a trace set: unicity, optionally over a grid, attacks, top-N uniqueness, where the risk is.</summary>
public sealed class LocationRiskReport
{
    internal LocationRiskReport(TraceSet traces, LocationRiskOptions options, UnicityReport unicity, UnicityGridReport? grid, IReadOnlyList<AttackResult> attacks, IReadOnlyList<TopLocationsResult> topLocations, TimeSpan elapsed)
    {
        Source = traces.Source;
        UserCount = traces.UserCount;
        RecordCount = traces.RecordCount;
        PlaceCount = traces.PlaceCount;
        Start = traces.Start;
        End = traces.End;
        HasCoordinates = traces.HasCoordinates;
        UserIds = traces.UserIds;
        Options = options;
        Unicity = unicity;
        Grid = grid;
        Attacks = attacks;
        TopLocations = topLocations;
        Elapsed = elapsed;
    }

    /// <summary>Where the traces came from.</summary>
    public string Source { get; }

    /// <summary>The number of users.</summary>
    public int UserCount { get; }

    /// <summary>The number of records.</summary>
    public int RecordCount { get; }

    /// <summary>The number of places as loaded.</summary>
    public int PlaceCount { get; }

    /// <summary>The earliest record.</summary>
    public DateTime Start { get; }

    /// <summary>The latest record.</summary>
    public DateTime End { get; }

    /// <summary>Whether places have coordinates (maps are possible).</summary>
    public bool HasCoordinates { get; }

    /// <summary>The options measured with.</summary>
    public LocationRiskOptions Options { get; }

    /// <summary>Unicity at the resolution, for each p.</summary>
    public UnicityReport Unicity { get; }

    /// <summary>Unicity over the grid of resolutions, or <see langword="null"/> when not asked for.</summary>
    public UnicityGridReport? Grid { get; }

    /// <summary>The attacks run, in order.</summary>
    public IReadOnlyList<AttackResult> Attacks { get; }

    /// <summary>Top-N locations uniqueness for each N.</summary>
    public IReadOnlyList<TopLocationsResult> TopLocations { get; }

    /// <summary>How long the analysis took (loading excluded).</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>The users' ids in user index order, for per-user output (an explicit opt-in) only.</summary>
    public IReadOnlyList<string> UserIds { get; }

    /// <summary>
    /// Where the risk is: the places of the first attack when attacks were run (its unique and at-risk users), else those
    /// of unicity at the largest p.
    /// </summary>
    public IReadOnlyList<PlaceContribution> PlaceContributions => Attacks.Count > 0 ? Attacks[0].PlaceContributions : Unicity.PlaceContributions;

    /// <summary>What <see cref="PlaceContributions"/> are based on, in words.</summary>
    public string PlaceContributionsBasis => Attacks.Count > 0
        ? $"attack {Attacks[0].Label}"
        : $"unicity with {Unicity.Results[^1].Points} points";
}
