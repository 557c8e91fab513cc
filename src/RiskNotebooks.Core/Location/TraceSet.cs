using System.Globalization;

namespace RiskNotebooks.Location;

/// <summary>
/// Mobile location traces: for every user, the records (time, place) in time order. Immutable, held column by column.
/// </summary>
/// <remarks>
/// <para>
/// The layout is built for operator scale (millions of users, hundreds of millions of records): records are sorted by user,
/// then time, then file order, and stored as two <see cref="int"/> columns (seconds since <see cref="Epoch"/> and a place
/// index) with one offset per user. There is no object per record. 150 million records take about 1.2 GB.
/// </para>
/// <para>
/// A place is what the input gave: an antenna (cell) id, or a distinct latitude/longitude pair. Places have coordinates
/// unless the input gave antenna ids without an antenna table (<see cref="HasCoordinates"/>). Times are local clock times as
/// written (a UTC offset is accepted and left aside; Unix times are UTC); the span of a trace set is at most 68 years.
/// </para>
/// <para>Load one with <see cref="TraceReader"/>, build one with <see cref="FromRecords"/>, or generate one with
/// <c>SyntheticTraceGenerator</c> (project RiskNotebooks.Synthetic).</para>
/// </remarks>
public sealed class TraceSet
{
    private readonly string[] userIds;
    private readonly int[] userStart;
    private readonly int[] seconds;
    private readonly int[] places;
    private readonly double[] placeLatitude;
    private readonly double[] placeLongitude;
    private readonly string?[]? placeIds;

    internal TraceSet(string source, string[] userIds, int[] userStart, int[] seconds, int[] places, long epochSeconds, double[] placeLatitude, double[] placeLongitude, string?[]? placeIds)
    {
        Source = source;
        this.userIds = userIds;
        this.userStart = userStart;
        this.seconds = seconds;
        this.places = places;
        EpochSeconds = epochSeconds;
        this.placeLatitude = placeLatitude;
        this.placeLongitude = placeLongitude;
        this.placeIds = placeIds;
        HasCoordinates = placeLatitude.Length == 0 || !double.IsNaN(placeLatitude[0]);
        ReferenceLatitude = ComputeReferenceLatitude(placeLatitude);
        var last = 0;
        for (var u = 0; u < userIds.Length; u++)
        {
            var end = userStart[u + 1];
            if (end > userStart[u])
            {
                last = Math.Max(last, seconds[end - 1]);
            }
        }

        LastSecond = last;
    }

    /// <summary>Where the traces came from: a file path or a name.</summary>
    public string Source { get; }

    /// <summary>The number of users (each has at least one record).</summary>
    public int UserCount => userIds.Length;

    /// <summary>The number of records (visits, calls, pings) over all users.</summary>
    public int RecordCount => seconds.Length;

    /// <summary>The number of distinct places (antennas, or distinct coordinates).</summary>
    public int PlaceCount => placeLatitude.Length;

    /// <summary>Whether places have coordinates (latitude/longitude input, or antenna ids with an antenna table).</summary>
    public bool HasCoordinates { get; }

    /// <summary>The users' ids as the input wrote them, in user index order (order of first appearance).</summary>
    public IReadOnlyList<string> UserIds => userIds;

    /// <summary>Midnight before the earliest record: record times are stored as seconds after it.</summary>
    public DateTime Epoch => new(EpochSeconds * TimeSpan.TicksPerSecond, DateTimeKind.Unspecified);

    /// <summary>The time of the earliest record.</summary>
    public DateTime Start => RecordCount == 0 ? Epoch : Epoch.AddSeconds(FirstSecond());

    /// <summary>The time of the latest record.</summary>
    public DateTime End => Epoch.AddSeconds(LastSecond);

    /// <summary>The latitude used to turn degrees of longitude into metres for grids (the middle of the places' range).</summary>
    public double ReferenceLatitude { get; }

    /// <summary>Seconds from 0001-01-01 00:00 to <see cref="Epoch"/> (a whole number of days).</summary>
    internal long EpochSeconds { get; }

    internal int LastSecond { get; }

    internal int[] UserStart => userStart;

    internal int[] Seconds => seconds;

    internal int[] Places => places;

    internal double[] PlaceLatitude => placeLatitude;

    internal double[] PlaceLongitude => placeLongitude;

    internal string?[]? PlaceIds => placeIds;

    /// <summary>The number of records of one user.</summary>
    /// <param name="user">The user index, 0 to <see cref="UserCount"/> − 1.</param>
    /// <returns>The count.</returns>
    public int RecordCountOf(int user)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(user);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(user, UserCount);
        return userStart[user + 1] - userStart[user];
    }

    /// <summary>A place's coordinates (NaN when <see cref="HasCoordinates"/> is false) and antenna id (null for coordinates).</summary>
    /// <param name="place">The place index, 0 to <see cref="PlaceCount"/> − 1.</param>
    /// <returns>The place.</returns>
    public TracePlace GetPlace(int place)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(place);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(place, PlaceCount);
        return new TracePlace(placeIds?[place], placeLatitude[place], placeLongitude[place]);
    }

    /// <summary>Builds traces in memory, for example in a notebook or a test.</summary>
    /// <param name="source">A name, used in messages.</param>
    /// <param name="records">The records, in any order. Places are distinct coordinates.</param>
    /// <returns>The traces.</returns>
    /// <exception cref="ArgumentException">A coordinate is out of range, or there is no record.</exception>
    public static TraceSet FromRecords(string source, IEnumerable<TraceRecord> records)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(records);
        var builder = new TraceSetBuilder(source, withCoordinates: true, 1024);
        foreach (var record in records)
        {
            ArgumentNullException.ThrowIfNull(record.User, nameof(records));
            if (!Coordinates.IsLatitude(record.Latitude) || !Coordinates.IsLongitude(record.Longitude))
            {
                throw new ArgumentException("A record's coordinates are out of range (latitude -90..90, longitude -180..180).", nameof(records));
            }

            builder.Add(builder.UserIndex(record.User), record.Time.Ticks / TimeSpan.TicksPerSecond, builder.PlaceIndex(record.Latitude, record.Longitude));
        }

        if (builder.Count == 0)
        {
            throw new ArgumentException("There are no records.", nameof(records));
        }

        return builder.Build(null);
    }

    /// <inheritdoc/>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(Source)}: {UserCount:N0} users, {RecordCount:N0} records, {PlaceCount:N0} places, {Start:yyyy-MM-dd} to {End:yyyy-MM-dd}");

    private int FirstSecond()
    {
        var first = int.MaxValue;
        for (var u = 0; u < userIds.Length; u++)
        {
            if (userStart[u + 1] > userStart[u])
            {
                first = Math.Min(first, seconds[userStart[u]]);
            }
        }

        return first == int.MaxValue ? 0 : first;
    }

    private static double ComputeReferenceLatitude(double[] latitude)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var lat in latitude)
        {
            if (!double.IsNaN(lat))
            {
                min = Math.Min(min, lat);
                max = Math.Max(max, lat);
            }
        }

        // Rounded so that the grid does not move when a place is added at the edge of the range.
        return double.IsInfinity(min) ? 0d : Math.Round((min + max) / 2d, 1);
    }
}
