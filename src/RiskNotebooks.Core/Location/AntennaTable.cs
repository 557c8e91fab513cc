using System.Globalization;
using System.Text;

namespace RiskNotebooks.Location;

/// <summary>Antenna (cell) positions: id, latitude, longitude. Immutable.</summary>
/// <remarks>
/// Columns are detected from the header: the id among <c>antenna_id</c>, <c>antenna</c>, <c>cell_id</c>, <c>cell</c>,
/// <c>location_id</c>, <c>location</c>, <c>tower_id</c>, <c>site_id</c>, <c>id</c>; coordinates among <c>lat</c>/<c>latitude</c>
/// and <c>lng</c>/<c>lon</c>/<c>long</c>/<c>longitude</c>. Other columns are ignored. Ids are matched exactly.
/// </remarks>
public sealed class AntennaTable
{
    private readonly Dictionary<string, int> index;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly string[] ids;
    private readonly double[] latitude;
    private readonly double[] longitude;

    private AntennaTable(string source, Dictionary<string, int> index, string[] ids, double[] latitude, double[] longitude)
    {
        Source = source;
        this.index = index;
        lookup = index.GetAlternateLookup<ReadOnlySpan<char>>();
        this.ids = ids;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    /// <summary>Where the table came from.</summary>
    public string Source { get; }

    /// <summary>The number of antennas.</summary>
    public int Count => ids.Length;

    /// <summary>Whether an antenna id is in the table.</summary>
    /// <param name="id">The id.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool Contains(string id) => index.ContainsKey(id ?? throw new ArgumentNullException(nameof(id)));

    internal bool TryFind(ReadOnlySpan<char> id, out int antenna) => lookup.TryGetValue(id, out antenna);

    internal string IdOf(int antenna) => ids[antenna];

    internal double LatitudeOf(int antenna) => latitude[antenna];

    internal double LongitudeOf(int antenna) => longitude[antenna];

    /// <summary>Loads an antenna table from a delimited file with a header row.</summary>
    /// <param name="path">The file.</param>
    /// <param name="delimiter">The delimiter, or <see langword="null"/> to detect it.</param>
    /// <returns>The table.</returns>
    /// <exception cref="InputFormatException">The file is missing or malformed, a coordinate is out of range, an id is repeated.</exception>
    public static AntennaTable Load(string path, char? delimiter = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var input = DelimitedInput.OpenFile(path, delimiter, default);
        return Read(path, input);
    }

    /// <summary>Reads an antenna table from text (for example a notebook cell or a test).</summary>
    /// <param name="source">A name for the text, used in messages.</param>
    /// <param name="text">The delimited text, header first.</param>
    /// <returns>The table.</returns>
    public static AntennaTable LoadFromText(string source, string text)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(text);
        using var input = DelimitedInput.OpenText(source, text, null);
        return Read(source, input);
    }

    private static AntennaTable Read(string path, DelimitedInput input)
    {
        var idColumn = input.Find(null, [.. TraceLoadOptions.LocationNames, "id"]);
        var latColumn = input.Find(null, TraceLoadOptions.LatitudeNames);
        var lonColumn = input.Find(null, TraceLoadOptions.LongitudeNames);
        if (idColumn < 0 || latColumn < 0 || lonColumn < 0)
        {
            throw InputFormatException.AtLine(path, 1, "an antenna table needs an id column (antenna_id, cell_id, id, ...) and coordinates (lat, lng).");
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new List<string>();
        var lat = new List<double>();
        var lon = new List<double>();
        while (input.Read())
        {
            var raw = input[idColumn];
            if (raw.IsEmpty)
            {
                throw input.Error(idColumn, "empty antenna id.");
            }

            var id = Encoding.UTF8.GetString(raw);
            if (!index.TryAdd(id, ids.Count))
            {
                throw input.Error(idColumn, "the antenna id is repeated (an earlier row has the same id).");
            }

            ids.Add(id);
            lat.Add(TraceReader.ParseCoordinate(input, latColumn, latitude: true));
            lon.Add(TraceReader.ParseCoordinate(input, lonColumn, latitude: false));
        }

        if (ids.Count == 0)
        {
            throw InputFormatException.OfFile(path, "the antenna table has no rows.");
        }

        return new AntennaTable(path, index, [.. ids], [.. lat], [.. lon]);
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(Source)}: {Count:N0} antennas");
}
