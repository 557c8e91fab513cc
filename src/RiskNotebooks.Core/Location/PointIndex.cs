namespace RiskNotebooks.Location;

/// <summary>
/// Traces at a resolution, and the inverted index that makes matching fast: every user's trace as the sorted set of its
/// distinct points (cell × time bin), and for every point the sorted list of users whose trace holds it.
/// </summary>
/// <remarks>
/// Both directions are compressed sparse rows of <see cref="int"/>: 8 bytes per distinct point of a user, nothing per
/// record. "Which users hold all of these points" is an intersection of sorted lists, started from the shortest.
/// </remarks>
internal sealed class PointIndex
{
    /// <summary>Key spaces (cells × bins) up to this size are numbered directly, larger ones through a dictionary.</summary>
    private const long DenseLimit = 1L << 26;

    private Dictionary<long, int>? keyLookup;

    private PointIndex(CellMap cells, TemporalResolution temporal, int[] userStart, int[] userPoints, int[] keyStart, int[] keyUsers, int[] keyCell, long[] keyBin)
    {
        KeyBin = keyBin;
        Cells = cells;
        Temporal = temporal;
        UserStart = userStart;
        UserPoints = userPoints;
        KeyStart = keyStart;
        KeyUsers = keyUsers;
        KeyCell = keyCell;
    }

    internal CellMap Cells { get; }

    internal TemporalResolution Temporal { get; }

    internal int UserCount => UserStart.Length - 1;

    internal int KeyCount => KeyStart.Length - 1;

    internal int[] UserStart { get; }

    internal int[] UserPoints { get; }

    internal int[] KeyStart { get; }

    internal int[] KeyUsers { get; }

    /// <summary>The cell of each point.</summary>
    internal int[] KeyCell { get; }

    /// <summary>The time bin of each point (see <see cref="TemporalResolution.Bin"/>).</summary>
    internal long[] KeyBin { get; }

    /// <summary>The point a record falls in (for tests and per-record questions; builds a lookup on first use).</summary>
    /// <returns>The point, or −1 when no trace holds it.</returns>
    internal int KeyOf(TraceSet traces, int record)
    {
        if (keyLookup is null)
        {
            var lookup = new Dictionary<long, int>(KeyCount);
            for (var k = 0; k < KeyCount; k++)
            {
                lookup[Pack(KeyCell[k], KeyBin[k])] = k;
            }

            keyLookup = lookup;
        }

        var cell = Cells.CellOfPlace[traces.Places[record]];
        var bin = Temporal.Bin(traces.EpochSeconds + traces.Seconds[record]);
        return keyLookup.TryGetValue(Pack(cell, bin), out var key) ? key : -1;
    }

    private static long Pack(int cell, long bin) => ((long)cell << 40) ^ bin;

    internal int PointCountOf(int user) => UserStart[user + 1] - UserStart[user];

    internal ReadOnlySpan<int> PointsOf(int user) => UserPoints.AsSpan(UserStart[user], UserStart[user + 1] - UserStart[user]);

    internal int PostingLength(int key) => KeyStart[key + 1] - KeyStart[key];

    internal ReadOnlySpan<int> Posting(int key) => KeyUsers.AsSpan(KeyStart[key], KeyStart[key + 1] - KeyStart[key]);

    internal static PointIndex Build(TraceSet traces, SpatialResolution spatial, TemporalResolution temporal, CancellationToken cancellationToken)
    {
        var cells = CellMap.Build(traces, spatial);
        var users = traces.UserCount;
        var recordStart = traces.UserStart;
        var seconds = traces.Seconds;
        var places = traces.Places;
        var cellOfPlace = cells.CellOfPlace;
        var epoch = traces.EpochSeconds;

        long binBase = 0, binCount = 1;
        if (temporal.WindowSeconds > 0)
        {
            if (temporal.IsTimeOfDay)
            {
                binCount = 86_400 / temporal.WindowSeconds;
            }
            else
            {
                binBase = temporal.Bin(epoch);
                binCount = temporal.Bin(epoch + traces.LastSecond) - binBase + 1;
            }
        }

        var space = cells.CellCount * binCount;
        var keys = new int[traces.RecordCount];
        var distinct = new int[users];
        int[] keyCell;
        long[] keyBin;
        int keyCount;
        if (space <= DenseLimit)
        {
            var bins = (int)binCount;
            ParallelRanges.For(users, cancellationToken, (from, to) =>
            {
                for (var u = from; u < to; u++)
                {
                    var start = recordStart[u];
                    var end = recordStart[u + 1];
                    for (var j = start; j < end; j++)
                    {
                        keys[j] = (cellOfPlace[places[j]] * bins) + (int)(temporal.Bin(epoch + seconds[j]) - binBase);
                    }

                    distinct[u] = SortDistinct(keys.AsSpan(start, end - start));
                }
            });

            // Number the keys that occur, in key order, so each user's sorted points stay sorted.
            var used = new int[space];
            for (var u = 0; u < users; u++)
            {
                foreach (var key in keys.AsSpan(recordStart[u], distinct[u]))
                {
                    used[key] = 1;
                }
            }

            keyCount = 0;
            for (var k = 0; k < used.Length; k++)
            {
                used[k] = used[k] == 0 ? -1 : keyCount++;
            }

            keyCell = new int[keyCount];
            keyBin = new long[keyCount];
            for (var k = 0; k < used.Length; k++)
            {
                if (used[k] >= 0)
                {
                    keyCell[used[k]] = k / bins;
                    keyBin[used[k]] = binBase + (k % bins);
                }
            }

            ParallelRanges.For(users, cancellationToken, (from, to) =>
            {
                for (var u = from; u < to; u++)
                {
                    foreach (ref var key in keys.AsSpan(recordStart[u], distinct[u]))
                    {
                        key = used[key];
                    }
                }
            });
        }
        else
        {
            // Fine resolutions over long periods: number the points that occur through a dictionary.
            var ids = new Dictionary<long, int>();
            var cellList = new List<int>();
            var binList = new List<long>();
            for (var u = 0; u < users; u++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                for (var j = recordStart[u]; j < recordStart[u + 1]; j++)
                {
                    var cell = cellOfPlace[places[j]];
                    var bin = temporal.Bin(epoch + seconds[j]);
                    var wide = (cell * binCount) + (bin - binBase);
                    if (!ids.TryGetValue(wide, out var id))
                    {
                        id = ids.Count;
                        ids.Add(wide, id);
                        cellList.Add(cell);
                        binList.Add(bin);
                    }

                    keys[j] = id;
                }
            }

            keyCount = ids.Count;
            keyCell = [.. cellList];
            keyBin = [.. binList];
            ParallelRanges.For(users, cancellationToken, (from, to) =>
            {
                for (var u = from; u < to; u++)
                {
                    distinct[u] = SortDistinct(keys.AsSpan(recordStart[u], recordStart[u + 1] - recordStart[u]));
                }
            });
        }

        // Pack each user's distinct points to the left (destinations never pass their sources).
        var userStart = new int[users + 1];
        for (var u = 0; u < users; u++)
        {
            userStart[u + 1] = userStart[u] + distinct[u];
            if (userStart[u] != recordStart[u])
            {
                keys.AsSpan(recordStart[u], distinct[u]).CopyTo(keys.AsSpan(userStart[u]));
            }
        }

        var userPoints = userStart[users] == keys.Length ? keys : keys.AsSpan(0, userStart[users]).ToArray();

        // The inverted index: users ascending in every posting list because users are visited in order.
        var keyStart = new int[keyCount + 1];
        foreach (var key in userPoints)
        {
            keyStart[key + 1]++;
        }

        for (var k = 0; k < keyCount; k++)
        {
            keyStart[k + 1] += keyStart[k];
        }

        var next = keyStart.AsSpan(0, keyCount).ToArray();
        var keyUsers = new int[userPoints.Length];
        for (var u = 0; u < users; u++)
        {
            for (var j = userStart[u]; j < userStart[u + 1]; j++)
            {
                keyUsers[next[userPoints[j]]++] = u;
            }
        }

        return new PointIndex(cells, temporal, userStart, userPoints, keyStart, keyUsers, keyCell, keyBin);
    }

    /// <summary>Sorts a span and moves its distinct values to the front.</summary>
    /// <returns>The number of distinct values.</returns>
    internal static int SortDistinct(Span<int> values)
    {
        if (values.Length <= 1)
        {
            return values.Length;
        }

        values.Sort();
        var count = 1;
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] != values[count - 1])
            {
                values[count++] = values[i];
            }
        }

        return count;
    }
}
