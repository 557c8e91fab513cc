namespace RiskNotebooks.Location;

/// <summary>
/// Collects records (user, time, place) in any order and builds a <see cref="TraceSet"/>: users and places are numbered
/// in order of first appearance, records are sorted by user, time and arrival (a stable order).
/// </summary>
internal sealed class TraceSetBuilder
{
    private const long SecondsPerDay = 86_400;

    private readonly string source;
    private readonly bool withCoordinates;
    private readonly Dictionary<string, int> users = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> userLookup;
    private readonly List<string> userIds = [];
    private readonly Dictionary<(long Lat, long Lon), int> coordinatePlaces = [];
    private readonly List<double> latitudes = [];
    private readonly List<double> longitudes = [];
    private readonly List<string?> ids = [];
    private int[] recordUser;
    private long[] recordSeconds;
    private int[] recordPlace;

    internal TraceSetBuilder(string source, bool withCoordinates, long capacity)
    {
        this.source = source;
        this.withCoordinates = withCoordinates;
        userLookup = users.GetAlternateLookup<ReadOnlySpan<char>>();
        var size = (int)Math.Clamp(capacity, 16, Array.MaxLength);
        recordUser = new int[size];
        recordSeconds = new long[size];
        recordPlace = new int[size];
    }

    internal int Count { get; private set; }

    internal int UserIndex(ReadOnlySpan<char> id)
    {
        if (userLookup.TryGetValue(id, out var index))
        {
            return index;
        }

        var text = id.ToString();
        index = userIds.Count;
        users.Add(text, index);
        userIds.Add(text);
        return index;
    }

    /// <summary>The place of a coordinate pair (exact equality of the parsed numbers, as scikit-mobility matches).</summary>
    internal int PlaceIndex(double latitude, double longitude)
    {
        // +0.0 and -0.0 are the same coordinate.
        var key = (BitConverter.DoubleToInt64Bits(latitude + 0d), BitConverter.DoubleToInt64Bits(longitude + 0d));
        if (!coordinatePlaces.TryGetValue(key, out var index))
        {
            index = latitudes.Count;
            coordinatePlaces.Add(key, index);
            latitudes.Add(latitude);
            longitudes.Add(longitude);
            ids.Add(null);
        }

        return index;
    }

    /// <summary>Adds a place known by id (an antenna), with its coordinates or NaN.</summary>
    internal int AddNamedPlace(string id, double latitude, double longitude)
    {
        var index = latitudes.Count;
        latitudes.Add(latitude);
        longitudes.Add(longitude);
        ids.Add(id);
        return index;
    }

    internal void Add(int user, long absoluteSeconds, int place)
    {
        if (Count == recordUser.Length)
        {
            var size = (int)Math.Min(Array.MaxLength, (long)Count * 2);
            if (size == Count)
            {
                throw new InvalidOperationException("Too many records for one trace set.");
            }

            Array.Resize(ref recordUser, size);
            Array.Resize(ref recordSeconds, size);
            Array.Resize(ref recordPlace, size);
        }

        recordUser[Count] = user;
        recordSeconds[Count] = absoluteSeconds;
        recordPlace[Count] = place;
        Count++;
    }

    /// <summary>Sorts and packs the records.</summary>
    /// <param name="tooLong">Raised when the records span more than 68 years (seconds must fit an <see cref="int"/>).</param>
    internal TraceSet Build(Func<Exception>? tooLong)
    {
        var n = Count;
        long min = long.MaxValue, max = long.MinValue;
        for (var i = 0; i < n; i++)
        {
            min = Math.Min(min, recordSeconds[i]);
            max = Math.Max(max, recordSeconds[i]);
        }

        var epoch = n == 0 ? 0 : min - (((min % SecondsPerDay) + SecondsPerDay) % SecondsPerDay);
        if (n > 0 && max - epoch > int.MaxValue)
        {
            throw tooLong?.Invoke() ?? new ArgumentException("The records span more than 68 years.");
        }

        // A stable counting sort by user, then each user's records by (time, arrival).
        var userCount = userIds.Count;
        var start = new int[userCount + 1];
        for (var i = 0; i < n; i++)
        {
            start[recordUser[i] + 1]++;
        }

        for (var u = 0; u < userCount; u++)
        {
            start[u + 1] += start[u];
        }

        // Scatter into user order (stable: arrival order within a user), then sort each user's records by time, keeping
        // arrival order for equal times. No array of the full size beyond the two final columns.
        var next = (int[])start.Clone();
        var seconds = new int[n];
        var places = new int[n];
        for (var i = 0; i < n; i++)
        {
            var slot = next[recordUser[i]]++;
            seconds[slot] = (int)(recordSeconds[i] - epoch);
            places[slot] = recordPlace[i];
        }

        recordUser = [];
        recordSeconds = [];
        recordPlace = [];
        ParallelRanges.For(userCount, default, (from, to) =>
        {
            var keys = new long[64];
            var buffer = new int[64];
            for (var u = from; u < to; u++)
            {
                var first = start[u];
                var length = start[u + 1] - first;
                var times = seconds.AsSpan(first, length);
                if (IsSorted(times))
                {
                    continue;
                }

                if (keys.Length < length)
                {
                    keys = new long[length * 2];
                    buffer = new int[length * 2];
                }

                // Time in the high bits, the arrival rank in the low 31 bits: unique keys, so the sort is stable.
                for (var j = 0; j < length; j++)
                {
                    keys[j] = ((long)times[j] << 31) | (uint)j;
                }

                keys.AsSpan(0, length).Sort();
                var where = places.AsSpan(first, length);
                where.CopyTo(buffer);
                for (var j = 0; j < length; j++)
                {
                    times[j] = (int)(keys[j] >> 31);
                    where[j] = buffer[(int)(keys[j] & int.MaxValue)];
                }
            }
        });

        var latitude = latitudes.ToArray();
        var longitude = longitudes.ToArray();
        string?[]? placeIds = withCoordinates && ids.TrueForAll(i => i is null) ? null : ids.ToArray();
        return new TraceSet(source, userIds.ToArray(), start, seconds, places, epoch, latitude, longitude, placeIds);
    }

    private static bool IsSorted(ReadOnlySpan<int> values)
    {
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] < values[i - 1])
            {
                return false;
            }
        }

        return true;
    }
}
