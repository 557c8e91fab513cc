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
        var epoch = traces.EpochSeconds;

        // A record's bin, relative to the first bin, from its seconds after the epoch (a midnight).
        long binBase = 0, binCount = 1;
        var window = temporal.WindowSeconds;
        var offset = 0u;
        if (window > 0)
        {
            if (temporal.IsTimeOfDay)
            {
                binCount = 86_400 / window;
            }
            else
            {
                binBase = temporal.Bin(epoch);
                binCount = temporal.Bin(epoch + traces.LastSecond) - binBase + 1;
                offset = (uint)(epoch % window);
            }
        }

        var space = cells.CellCount * binCount;
        var keys = new int[traces.RecordCount];
        var distinct = new int[users];
        int[] keyCell;
        long[] keyBin;
        int keyCount;
        int[] idOf;
        if (space <= DenseLimit)
        {
            DensePoints(traces, cells, temporal, (int)binCount, offset, keys, distinct, cancellationToken);
            keyCount = -1; // numbered below, over the points that occur
            keyCell = [];
            keyBin = [];
            idOf = [];
        }
        else
        {
            (keyCell, keyBin) = NumberedPoints(traces, cells, temporal, binBase, binCount, keys, distinct, cancellationToken);
            keyCount = keyCell.Length;
            space = keyCount;
            idOf = new int[keyCount];
            for (var k = 0; k < keyCount; k++)
            {
                idOf[k] = k;
            }
        }

        var (userStart, userPoints) = PackDistinct(keys, traces.UserStart, distinct);
        keys = [];

        // The inverted index, built by a few workers over contiguous ranges of users: each counts its points, then writes
        // its users at its own offsets in every posting list, so lists come out sorted by user without sorting.
        var workers = (int)Math.Clamp(Math.Min(Environment.ProcessorCount, (1L << 27) / Math.Max(1, space)), 1, 8);
        var chunk = ChunkStarts(userStart, workers);
        var counts = new int[workers][];
        Parallel.For(0, workers, new ParallelOptions { CancellationToken = cancellationToken }, w =>
        {
            var c = counts[w] = new int[space];
            foreach (var key in userPoints.AsSpan(userStart[chunk[w]], userStart[chunk[w + 1]] - userStart[chunk[w]]))
            {
                c[key]++;
            }
        });

        if (keyCount < 0)
        {
            (idOf, keyCell, keyBin) = NumberDensePoints(counts, space, (int)binCount, binBase);
            keyCount = keyCell.Length;
        }

        var keyStart = PostingStarts(counts, idOf, space, keyCount);
        var keyUsers = new int[userPoints.Length];
        Parallel.For(0, workers, new ParallelOptions { CancellationToken = cancellationToken }, w =>
        {
            var next = counts[w];
            for (var u = chunk[w]; u < chunk[w + 1]; u++)
            {
                for (var j = userStart[u]; j < userStart[u + 1]; j++)
                {
                    var key = userPoints[j];
                    keyUsers[next[key]++] = u;
                    userPoints[j] = idOf[key];
                }
            }
        });

        return new PointIndex(cells, temporal, userStart, userPoints, keyStart, keyUsers, keyCell, keyBin);
    }

    /// <summary>
    /// Points numbered cell × bins + bin, each user's sorted and made distinct in place (sorting a user's points sorts
    /// them by cell, then time); <paramref name="distinct"/> gets each user's number of distinct points.
    /// </summary>
    private static void DensePoints(TraceSet traces, CellMap cells, TemporalResolution temporal, int bins, uint offset, int[] keys, int[] distinct, CancellationToken cancellationToken)
    {
        var recordStart = traces.UserStart;
        var seconds = traces.Seconds;
        var places = traces.Places;
        var cellOfPlace = cells.CellOfPlace;
        var window = temporal.WindowSeconds;
        var byWindow = new Divider((uint)Math.Max(1, window));
        var byDay = new Divider(86_400);
        var timeOfDay = temporal.IsTimeOfDay;
        ParallelRanges.For(traces.UserCount, cancellationToken, (from, to) =>
        {
            for (var u = from; u < to; u++)
            {
                var start = recordStart[u];
                var end = recordStart[u + 1];
                for (var j = start; j < end; j++)
                {
                    var s = (uint)seconds[j];
                    var bin = window == 0 ? 0 : timeOfDay ? byWindow.Divide(s - (byDay.Divide(s) * 86_400u)) : byWindow.Divide(s + offset);
                    keys[j] = (cellOfPlace[places[j]] * bins) + (int)bin;
                }

                distinct[u] = SortDistinct(keys.AsSpan(start, end - start));
            }
        });
    }

    /// <summary>
    /// Fine resolutions over long periods: the points that occur numbered through a dictionary, in order of first
    /// appearance, each user's sorted and made distinct in place.
    /// </summary>
    /// <returns>The cell and bin of each point.</returns>
    private static (int[] KeyCell, long[] KeyBin) NumberedPoints(TraceSet traces, CellMap cells, TemporalResolution temporal, long binBase, long binCount, int[] keys, int[] distinct, CancellationToken cancellationToken)
    {
        var recordStart = traces.UserStart;
        var seconds = traces.Seconds;
        var places = traces.Places;
        var cellOfPlace = cells.CellOfPlace;
        var epoch = traces.EpochSeconds;
        var ids = new Dictionary<long, int>();
        var cellList = new List<int>();
        var binList = new List<long>();
        for (var u = 0; u < traces.UserCount; u++)
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

        ParallelRanges.For(traces.UserCount, cancellationToken, (from, to) =>
        {
            for (var u = from; u < to; u++)
            {
                distinct[u] = SortDistinct(keys.AsSpan(recordStart[u], recordStart[u + 1] - recordStart[u]));
            }
        });

        return ([.. cellList], [.. binList]);
    }

    /// <summary>Packs each user's distinct points to the left (destinations never pass their sources).</summary>
    private static (int[] UserStart, int[] UserPoints) PackDistinct(int[] keys, int[] recordStart, int[] distinct)
    {
        var users = distinct.Length;
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
        return (userStart, userPoints);
    }

    /// <summary>Numbers the dense points that occur, in order (so each user's sorted points stay sorted); −1 for the others.</summary>
    private static (int[] IdOf, int[] KeyCell, long[] KeyBin) NumberDensePoints(int[][] counts, long space, int bins, long binBase)
    {
        var idOf = new int[space];
        var cellsOf = new List<int>();
        var binsOf = new List<long>();
        var keyCount = 0;
        for (var k = 0; k < space; k++)
        {
            var any = false;
            for (var w = 0; w < counts.Length && !any; w++)
            {
                any = counts[w][k] > 0;
            }

            if (any)
            {
                idOf[k] = keyCount++;
                cellsOf.Add(k / bins);
                binsOf.Add(binBase + (k % bins));
            }
            else
            {
                idOf[k] = -1;
            }
        }

        return (idOf, [.. cellsOf], [.. binsOf]);
    }

    /// <summary>
    /// The start of every posting list, and in <paramref name="counts"/> each worker's first slot in every list: the
    /// list's start plus what the workers before it hold there.
    /// </summary>
    private static int[] PostingStarts(int[][] counts, int[] idOf, long space, int keyCount)
    {
        var workers = counts.Length;
        var keyStart = new int[keyCount + 1];
        for (var k = 0; k < space; k++)
        {
            var id = idOf[k];
            if (id >= 0)
            {
                for (var w = 0; w < workers; w++)
                {
                    keyStart[id + 1] += counts[w][k];
                }
            }
        }

        for (var k = 0; k < keyCount; k++)
        {
            keyStart[k + 1] += keyStart[k];
        }

        for (var k = 0; k < space; k++)
        {
            var id = idOf[k];
            if (id < 0)
            {
                continue;
            }

            var at = keyStart[id];
            for (var w = 0; w < workers; w++)
            {
                var c = counts[w][k];
                counts[w][k] = at;
                at += c;
            }
        }

        return keyStart;
    }

    /// <summary>Splits users into contiguous ranges holding about the same number of points.</summary>
    private static int[] ChunkStarts(int[] userStart, int workers)
    {
        var users = userStart.Length - 1;
        var chunk = new int[workers + 1];
        var total = (long)userStart[users];
        var u = 0;
        for (var w = 1; w < workers; w++)
        {
            var target = total * w / workers;
            while (u < users && userStart[u] < target)
            {
                u++;
            }

            chunk[w] = u;
        }

        chunk[workers] = users;
        return chunk;
    }

    /// <summary>Division of 32-bit numbers by a fixed divisor with a multiplication (Lemire, Kaser and Kurz 2019).</summary>
    private readonly struct Divider
    {
        private readonly ulong multiplier;
        private readonly uint divisor;

        internal Divider(uint divisor)
        {
            this.divisor = divisor;
            multiplier = divisor <= 1 ? 0 : (ulong.MaxValue / divisor) + 1;
        }

        internal uint Divide(uint value) => divisor <= 1 ? value : (uint)Math.BigMul(multiplier, value, out _);
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
