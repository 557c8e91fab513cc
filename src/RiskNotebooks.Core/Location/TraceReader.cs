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
        var user = input.Find(options.UserColumn, TraceLoadOptions.UserNames);
        var time = input.Find(options.TimeColumn, TraceLoadOptions.TimeNames);
        if (user < 0 || time < 0)
        {
            var missing = user < 0 ? "no user id column (uid, user_id, user, ...) was found" : "no time column (datetime, timestamp, time, ...) was found";
            throw InputFormatException.AtLine(path, 1, $"{missing}: name it with the column options.");
        }

        var location = -1;
        int lat = -1, lon = -1;
        if (options.LocationColumn is not null)
        {
            location = input.Find(options.LocationColumn, []);
        }
        else
        {
            lat = input.Find(options.LatitudeColumn, TraceLoadOptions.LatitudeNames);
            lon = input.Find(options.LongitudeColumn, TraceLoadOptions.LongitudeNames);
            if (lat < 0 || lon < 0)
            {
                location = input.Find(null, TraceLoadOptions.LocationNames);
                if (location < 0)
                {
                    throw InputFormatException.AtLine(path, 1, "no coordinates (lat and lng columns) and no location id column (antenna_id, cell_id, location, ...).");
                }
            }
        }

        var antennas = options.Antennas;
        var builder = new TraceSetBuilder(path, withCoordinates: location < 0, input.LineCount);
        var placeOfAntenna = antennas is null ? null : new int[antennas.Count];
        if (placeOfAntenna is not null)
        {
            Array.Fill(placeOfAntenna, -1);
        }

        var placeOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        var placeLookup = placeOfId.GetAlternateLookup<ReadOnlySpan<char>>();
        // Coordinates by their text: an antenna's position repeats on every record it served, so it is parsed once.
        var placeOfText = new Dictionary<byte[], int>(Utf8Keys.Instance);
        var textLookup = placeOfText.GetAlternateLookup<ReadOnlySpan<byte>>();
        Span<char> chars = stackalloc char[512];
        Span<byte> pair = stackalloc byte[256];
        var previousUser = new byte[256];
        var previousLength = -1;
        var previousIndex = -1;
        var rows = 0L;
        while (input.Read())
        {
            // Files are usually grouped by user: the same id as the row before costs a comparison, not a lookup.
            var rawUser = input[user];
            int u;
            if (previousLength >= 0 && rawUser.SequenceEqual(previousUser.AsSpan(0, previousLength)))
            {
                u = previousIndex;
            }
            else
            {
                var id = Decode(input, user, chars, "user id");
                if (id.IsEmpty)
                {
                    throw input.Error(user, "empty user id.");
                }

                u = previousIndex = builder.UserIndex(id);
                previousLength = rawUser.Length <= previousUser.Length ? rawUser.Length : -1;
                if (previousLength >= 0)
                {
                    rawUser.CopyTo(previousUser);
                }
            }

            if (!Timestamps.TryParse(input[time], out var seconds))
            {
                throw input.Error(time, input[time].IsEmpty
                    ? "empty time."
                    : "not a date-time (expected YYYY-MM-DD HH:MM:SS, ISO 8601 such as 2023-03-06T08:30:00Z, or Unix seconds).");
            }

            int place;
            if (location < 0)
            {
                var latText = input[lat];
                var lonText = input[lon];
                var length = latText.Length + 1 + lonText.Length;
                if (length <= pair.Length)
                {
                    latText.CopyTo(pair);
                    pair[latText.Length] = (byte)',';
                    lonText.CopyTo(pair[(latText.Length + 1)..]);
                    var key = pair[..length];
                    if (!textLookup.TryGetValue(key, out place))
                    {
                        place = builder.PlaceIndex(ParseCoordinate(input, lat, latitude: true), ParseCoordinate(input, lon, latitude: false));
                        placeOfText[key.ToArray()] = place;
                    }
                }
                else
                {
                    place = builder.PlaceIndex(ParseCoordinate(input, lat, latitude: true), ParseCoordinate(input, lon, latitude: false));
                }
            }
            else
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

                    place = placeOfAntenna![antenna];
                    if (place < 0)
                    {
                        place = placeOfAntenna[antenna] = builder.AddNamedPlace(antennas.IdOf(antenna), antennas.LatitudeOf(antenna), antennas.LongitudeOf(antenna));
                    }
                }
                else if (!placeLookup.TryGetValue(name, out place))
                {
                    var text = name.ToString();
                    place = builder.AddNamedPlace(text, double.NaN, double.NaN);
                    placeOfId.Add(text, place);
                }
            }

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

        return builder.Build(() => new InputFormatException(path, null, time + 1, input.Headers[time], "the records span more than 68 years."));
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
