using System.Globalization;
using System.Text;
using RiskNotebooks.Data;

namespace RiskNotebooks.Location;

/// <summary>
/// Reads mobile location traces from a delimited file with a header row: a user id, a time, and either latitude and
/// longitude or a location (antenna, cell) id, one record per row, in any order.
/// </summary>
/// <remarks>
/// <para>Times: see <see cref="TraceLoadOptions"/> for the columns and the accepted forms (ISO 8601 date-times with or
/// without seconds and zone, <c>YYYY-MM-DD HH:MM:SS</c>, Unix seconds or milliseconds).</para>
/// <para>Errors name the file, line and column and say what is wrong (a bad time, a coordinate out of range, an antenna
/// missing from the antenna table, a ragged row), never the value. The file is streamed (read twice: a first pass finds
/// its encoding and size) and each record costs 16 bytes while loading and 8 bytes after.</para>
/// </remarks>
public static class TraceReader
{
    /// <summary>Loads a trace file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Columns, antenna table, delimiter; detected when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops a long load.</param>
    /// <returns>The traces, with <see cref="TraceSet.Source"/> set to <paramref name="path"/>.</returns>
    /// <exception cref="InputFormatException">The file is missing, empty or malformed, or a value cannot be used.</exception>
    /// <exception cref="UnknownColumnException">A column named in <paramref name="options"/> is not in the header.</exception>
    public static TraceSet Load(string path, TraceLoadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= TraceLoadOptions.Default;
        using var input = DelimitedInput.OpenFile(path, options.Delimiter, cancellationToken);
        return Read(path, input, options, cancellationToken);
    }

    /// <summary>Reads traces from text in memory (a notebook cell, a test).</summary>
    /// <param name="source">A name for the text, used in messages.</param>
    /// <param name="text">The delimited text, header first.</param>
    /// <param name="options">Columns, antenna table, delimiter.</param>
    /// <returns>The traces.</returns>
    public static TraceSet LoadFromText(string source, string text, TraceLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(text);
        options ??= TraceLoadOptions.Default;
        using var input = DelimitedInput.OpenText(source, text, options.Delimiter);
        return Read(source, input, options, default);
    }

    private static TraceSet Read(string path, DelimitedInput input, TraceLoadOptions options, CancellationToken cancellationToken)
    {
        var columns = TraceColumns.Find(path, input, options);
        var builder = new TraceSetBuilder(path, withCoordinates: columns.Location < 0, input.LineCount);
        var users = new UserLookup(builder);
        var places = new PlaceLookup(builder, options.Antennas);
        Span<char> chars = stackalloc char[512];
        Span<byte> pair = stackalloc byte[256];
        var rows = 0L;
        while (input.Read())
        {
            var u = users.IndexOf(input, columns.User, chars);
            var seconds = Time(input, columns.Time);
            var place = columns.Location < 0
                ? places.OfCoordinates(input, columns.Latitude, columns.Longitude, pair)
                : places.OfId(input, columns.Location, chars);
            builder.Add(u, seconds, place);
            if ((++rows & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        if (builder.Count == 0)
        {
            throw InputFormatException.OfFile(path, "the file has a header but no records.");
        }

        return builder.Build(() => new InputFormatException(path, null, columns.Time + 1, input.Headers[columns.Time], "the records span more than 68 years."));
    }

    private static long Time(DelimitedInput input, int column)
    {
        if (!Timestamps.TryParse(input[column], out var seconds))
        {
            throw input.Error(column, input[column].IsEmpty
                ? "empty time."
                : "not a date-time (expected YYYY-MM-DD HH:MM:SS, ISO 8601 such as 2023-03-06T08:30:00Z, or Unix seconds).");
        }

        return seconds;
    }

    /// <summary>The columns read: user id and time, and either latitude and longitude or a location id (the other two -1).</summary>
    private readonly record struct TraceColumns(int User, int Time, int Location, int Latitude, int Longitude)
    {
        /// <summary>Finds the columns named in the options, else the first of the usual names.</summary>
        /// <exception cref="InputFormatException">No user, time or place column.</exception>
        internal static TraceColumns Find(string path, DelimitedInput input, TraceLoadOptions options)
        {
            var user = input.Find(options.UserColumn, TraceLoadOptions.UserNames);
            var time = input.Find(options.TimeColumn, TraceLoadOptions.TimeNames);
            if (user < 0 || time < 0)
            {
                var missing = user < 0 ? "no user id column (uid, user_id, user, ...) was found" : "no time column (datetime, timestamp, time, ...) was found";
                throw InputFormatException.AtLine(path, 1, $"{missing}: name it with the column options.");
            }

            if (options.LocationColumn is not null)
            {
                return new(user, time, input.Find(options.LocationColumn, []), -1, -1);
            }

            var lat = input.Find(options.LatitudeColumn, TraceLoadOptions.LatitudeNames);
            var lon = input.Find(options.LongitudeColumn, TraceLoadOptions.LongitudeNames);
            if (lat >= 0 && lon >= 0)
            {
                return new(user, time, -1, lat, lon);
            }

            var location = input.Find(null, TraceLoadOptions.LocationNames);
            return location >= 0
                ? new(user, time, location, lat, lon)
                : throw InputFormatException.AtLine(path, 1, "no coordinates (lat and lng columns) and no location id column (antenna_id, cell_id, location, ...).");
        }
    }

    /// <summary>User ids to user indexes; files are usually grouped by user, so the same id as the row before costs a comparison, not a lookup.</summary>
    private sealed class UserLookup(TraceSetBuilder builder)
    {
        private readonly byte[] previousUser = new byte[256];
        private int previousLength = -1;
        private int previousIndex = -1;

        internal int IndexOf(DelimitedInput input, int column, Span<char> chars)
        {
            var rawUser = input[column];
            if (previousLength >= 0 && rawUser.SequenceEqual(previousUser.AsSpan(0, previousLength)))
            {
                return previousIndex;
            }

            var id = Decode(input, column, chars, "user id");
            if (id.IsEmpty)
            {
                throw input.Error(column, "empty user id.");
            }

            previousIndex = builder.UserIndex(id);
            previousLength = rawUser.Length <= previousUser.Length ? rawUser.Length : -1;
            if (previousLength >= 0)
            {
                rawUser.CopyTo(previousUser);
            }

            return previousIndex;
        }
    }

    /// <summary>Places by their coordinates' text or by their id (through the antenna table, when there is one), each added to the traces once.</summary>
    private sealed class PlaceLookup
    {
        private readonly TraceSetBuilder builder;
        private readonly AntennaTable? antennas;
        private readonly int[]? placeOfAntenna;
        private readonly Dictionary<string, int> placeOfId = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> idLookup;

        // Coordinates by their text: an antenna's position repeats on every record it served, so it is parsed once.
        private readonly Dictionary<byte[], int> placeOfText = new(Utf8Keys.Instance);
        private readonly Dictionary<byte[], int>.AlternateLookup<ReadOnlySpan<byte>> textLookup;

        internal PlaceLookup(TraceSetBuilder builder, AntennaTable? antennas)
        {
            this.builder = builder;
            this.antennas = antennas;
            if (antennas is not null)
            {
                placeOfAntenna = new int[antennas.Count];
                Array.Fill(placeOfAntenna, -1);
            }

            idLookup = placeOfId.GetAlternateLookup<ReadOnlySpan<char>>();
            textLookup = placeOfText.GetAlternateLookup<ReadOnlySpan<byte>>();
        }

        /// <summary>The place at the row's latitude and longitude; <paramref name="pair"/> holds their text as the key.</summary>
        internal int OfCoordinates(DelimitedInput input, int lat, int lon, Span<byte> pair)
        {
            var latText = input[lat];
            var lonText = input[lon];
            var length = latText.Length + 1 + lonText.Length;
            if (length > pair.Length)
            {
                return builder.PlaceIndex(ParseCoordinate(input, lat, latitude: true), ParseCoordinate(input, lon, latitude: false));
            }

            latText.CopyTo(pair);
            pair[latText.Length] = (byte)',';
            lonText.CopyTo(pair[(latText.Length + 1)..]);
            var key = pair[..length];
            if (!textLookup.TryGetValue(key, out var place))
            {
                place = builder.PlaceIndex(ParseCoordinate(input, lat, latitude: true), ParseCoordinate(input, lon, latitude: false));
                placeOfText[key.ToArray()] = place;
            }

            return place;
        }

        /// <summary>The place of the row's location id: the antenna table's position, or a place of that name without one.</summary>
        internal int OfId(DelimitedInput input, int location, Span<char> chars)
        {
            var name = Decode(input, location, chars, "location id");
            if (name.IsEmpty)
            {
                throw input.Error(location, "empty location id.");
            }

            if (antennas is not null)
            {
                if (!antennas.TryFind(name, out var antenna))
                {
                    throw input.Error(location, $"the location id is not in the antenna table ({Path.GetFileName(antennas.Source)}).");
                }

                var known = placeOfAntenna![antenna];
                return known >= 0 ? known : placeOfAntenna[antenna] = builder.AddNamedPlace(antennas.IdOf(antenna), antennas.LatitudeOf(antenna), antennas.LongitudeOf(antenna));
            }

            if (!idLookup.TryGetValue(name, out var place))
            {
                var text = name.ToString();
                place = builder.AddNamedPlace(text, double.NaN, double.NaN);
                placeOfId.Add(text, place);
            }

            return place;
        }
    }

    internal static double ParseCoordinate(DelimitedInput input, int column, bool latitude)
    {
        var text = input[column];
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw input.Error(column, text.IsEmpty
                ? $"empty {(latitude ? "latitude" : "longitude")}."
                : $"the {(latitude ? "latitude" : "longitude")} is not a number (use a point as decimal separator).");
        }

        if (latitude ? !Coordinates.IsLatitude(value) : !Coordinates.IsLongitude(value))
        {
            throw input.Error(column, latitude ? "latitude out of range (-90 to 90 degrees)." : "longitude out of range (-180 to 180 degrees).");
        }

        return value;
    }

    private static ReadOnlySpan<char> Decode(DelimitedInput input, int column, Span<char> buffer, string what)
    {
        var bytes = input[column];
        if (Encoding.UTF8.GetMaxCharCount(bytes.Length) > buffer.Length && Encoding.UTF8.GetCharCount(bytes) > buffer.Length)
        {
            throw input.Error(column, $"the {what} is longer than {buffer.Length} characters.");
        }

        var written = Encoding.UTF8.GetChars(bytes, buffer);
        return buffer[..written];
    }
}
