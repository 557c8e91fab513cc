namespace RiskNotebooks.Location;

/// <summary>How <see cref="TraceReader"/> reads a trace file: which columns hold what, and the antenna table.</summary>
/// <remarks>
/// Columns not named are detected from the header (case-insensitive): the user among <c>uid</c>, <c>user_id</c>,
/// <c>user</c>, <c>userid</c>, <c>msisdn</c>, <c>subscriber_id</c>; the time among <c>datetime</c>, <c>timestamp</c>,
/// <c>time</c>, <c>date_time</c>, <c>date</c>; coordinates among <c>lat</c>/<c>latitude</c> and
/// <c>lng</c>/<c>lon</c>/<c>long</c>/<c>longitude</c>; a location id among <c>antenna_id</c>, <c>antenna</c>,
/// <c>cell_id</c>, <c>cell</c>, <c>location_id</c>, <c>location</c>, <c>tower_id</c>, <c>site_id</c>. Coordinates win
/// over a location id unless <see cref="LocationColumn"/> is given.
/// </remarks>
public sealed record TraceLoadOptions
{
    private readonly char? delimiter;

    /// <summary>Detect everything; no antenna table.</summary>
    public static TraceLoadOptions Default { get; } = new();

    /// <summary>The user id column, or <see langword="null"/> to detect it.</summary>
    public string? UserColumn { get; init; }

    /// <summary>The time column, or <see langword="null"/> to detect it.</summary>
    public string? TimeColumn { get; init; }

    /// <summary>The latitude column, or <see langword="null"/> to detect it.</summary>
    public string? LatitudeColumn { get; init; }

    /// <summary>The longitude column, or <see langword="null"/> to detect it.</summary>
    public string? LongitudeColumn { get; init; }

    /// <summary>The location (antenna, cell) id column; giving it reads places by id even when coordinates are present.</summary>
    public string? LocationColumn { get; init; }

    /// <summary>
    /// The antennas' coordinates, for input with location ids: every id must be in it. Without it, places are ids without
    /// coordinates (raw resolution only, no maps).
    /// </summary>
    public AntennaTable? Antennas { get; init; }

    /// <summary>The field delimiter, or <see langword="null"/> (the default) to detect it among <c>,</c> <c>;</c> tab <c>|</c>.</summary>
    public char? Delimiter
    {
        get => delimiter;
        init
        {
            if (value is { } c && (c > 127 || c is '"' or '\r' or '\n'))
            {
                throw new InvalidOptionException(nameof(Delimiter), "the delimiter must be one ASCII character other than a quote or a line break.");
            }

            delimiter = value;
        }
    }

    internal static readonly string[] UserNames = ["uid", "user_id", "user", "userid", "msisdn", "subscriber_id"];
    internal static readonly string[] TimeNames = ["datetime", "timestamp", "time", "date_time", "date"];
    internal static readonly string[] LatitudeNames = ["lat", "latitude"];
    internal static readonly string[] LongitudeNames = ["lng", "lon", "long", "longitude"];
    internal static readonly string[] LocationNames = ["antenna_id", "antenna", "cell_id", "cell", "location_id", "location", "tower_id", "site_id"];
}
