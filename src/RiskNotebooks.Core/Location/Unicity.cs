namespace RiskNotebooks.Location;

/// <summary>
/// Unicity of mobility traces (de Montjoye, Hidalgo, Verleysen and Blondel, <i>Unique in the Crowd: The privacy bounds of
/// human mobility</i>, Scientific Reports 3:1376, 2013): the share of users whose trace is the only one holding p points
/// drawn from it.
/// </summary>
/// <remarks>
/// <para>
/// A trace is the set of a user's distinct (place, time bin) points at the resolution. For each user with at least p points
/// and each of S draws, p distinct points are drawn uniformly from the user's trace; the draw is unique when no other
/// user's trace holds all p. Unicity is the mean over users of their share of unique draws; the confidence interval is
/// Wilson's on all draws, which is conservative (the variance of a mean of users' shares is at most that of a binomial
/// with the same mean). In exact mode every p-subset is counted instead.
/// </para>
/// <para>
/// Speed: the traces are indexed once (point → sorted users); a draw is checked by intersecting the posting lists of its
/// points from the shortest, stopping as soon as only the user is left, so a check costs about the length of the shortest
/// list. Exact mode enumerates subsets depth first and counts all C(n − i − 1, p − d − 1) extensions of a prefix at once
/// when the prefix is already unique. Users are processed in parallel; each draw's random stream depends only on
/// (seed, p, user), so results do not depend on the number of threads.
/// </para>
/// </remarks>
public static class Unicity
{
    /// <summary>Measures unicity.</summary>
    /// <param name="traces">The traces.</param>
    /// <param name="options">Resolution, p, mode; <see cref="UnicityOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops a long run.</param>
    /// <param name="progress">Receives how many users are done, for each number of points in turn; <see langword="null"/> for none.</param>
    /// <returns>The report.</returns>
    public static UnicityReport Measure(TraceSet traces, UnicityOptions? options = null, CancellationToken cancellationToken = default, IProgress<AnalysisProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(traces);
        options ??= UnicityOptions.Default;
        var index = PointIndex.Build(traces, options.Spatial, options.Temporal, cancellationToken);
        return Measure(index, options, withContributions: true, cancellationToken, progress);
    }

    internal static UnicityReport Measure(PointIndex index, UnicityOptions options, bool withContributions, CancellationToken cancellationToken, IProgress<AnalysisProgress>? progress = null)
    {
        var users = index.UserCount;
        var draws = options.DrawsFor(users);
        var maxPosting = 1;
        for (var k = 0; k < index.KeyCount; k++)
        {
            maxPosting = Math.Max(maxPosting, index.PostingLength(k));
        }

        var results = new List<UnicityAtPoints>();
        var uniqueCounts = new int[options.Points.Count][];
        var trials = new int[options.Points.Count][];
        var cells = index.Cells.CellCount;
        var singledOut = withContributions ? new int[cells] : [];
        var largest = options.Points[^1];
        var steps = ProgressSteps.Start(progress, "unicity", (long)users * options.Points.Count);
        for (var i = 0; i < options.Points.Count; i++)
        {
            var p = options.Points[i];
            var unique = uniqueCounts[i] = new int[users];
            var tried = trials[i] = new int[users];
            var contribute = withContributions && p == largest;
            var exact = options.Mode == UnicityMode.Exact;
            ParallelRanges.For(
                users,
                cancellationToken,
                () => new Worker(maxPosting, p, contribute ? cells : 0),
                (from, to, worker) =>
                {
                    for (var u = from; u < to; u++)
                    {
                        var n = index.PointCountOf(u);
                        if (n < p)
                        {
                            continue;
                        }

                        var subsets = Binomial(n, p, options.ExactLimit);
                        if (exact && subsets <= options.ExactLimit)
                        {
                            unique[u] = (int)worker.CountUniqueSubsets(index, u);
                            tried[u] = (int)subsets;
                        }
                        else
                        {
                            var random = SeededRandom.For(options.Seed, p, u);
                            var count = 0;
                            for (var s = 0; s < draws; s++)
                            {
                                count += worker.DrawIsUnique(index, u, ref random) ? 1 : 0;
                            }

                            unique[u] = count;
                            tried[u] = -draws; // negative: sampled
                        }

                        if (contribute)
                        {
                            worker.CommitUser();
                        }
                    }

                    steps.Advance(to - from);
                },
                worker =>
                {
                    if (contribute)
                    {
                        for (var c = 0; c < cells; c++)
                        {
                            singledOut[c] += worker.SinglesOut[c];
                        }
                    }
                });

            results.Add(Summarise(p, unique, tried, options.ConfidenceLevel));
            for (var u = 0; u < users; u++)
            {
                tried[u] = Math.Abs(tried[u]);
            }
        }

        var pointsPerUser = new int[users];
        for (var u = 0; u < users; u++)
        {
            pointsPerUser[u] = index.PointCountOf(u);
        }

        var contributions = withContributions ? Contributions(index, singledOut, singledOut, cancellationToken) : [];
        return new UnicityReport(options, draws, users, index.UserPoints.Length, index.KeyCount, pointsPerUser, results, uniqueCounts, trials, contributions);
    }

    /// <summary>The number of users whose trace holds every one of the points (at least 1 when they come from a trace).</summary>
    internal static int CountHolders(PointIndex index, ReadOnlySpan<int> points)
    {
        var current = index.Posting(points[0]).ToArray();
        for (var j = 1; j < points.Length; j++)
        {
            var count = SortedSets.Intersect(current, index.Posting(points[j]), current);
            current = current[..count];
        }

        return current.Length;
    }

    /// <summary>One place per cell with visitors: its visitors and the users singled out through it.</summary>
    internal static IReadOnlyList<PlaceContribution> Contributions(PointIndex index, int[] singlesOut, int[] atRisk, CancellationToken cancellationToken)
    {
        var visitors = Visitors(index, cancellationToken);
        var cells = index.Cells;
        var list = new List<PlaceContribution>();
        for (var c = 0; c < cells.CellCount; c++)
        {
            if (visitors[c] > 0)
            {
                list.Add(new PlaceContribution(c, cells.Labels?[c], cells.Latitude[c], cells.Longitude[c], visitors[c], singlesOut[c], atRisk[c]));
            }
        }

        return list;
    }

    /// <summary>Users with at least one point in each cell.</summary>
    internal static int[] Visitors(PointIndex index, CancellationToken cancellationToken)
    {
        var cells = index.Cells.CellCount;
        var total = new int[cells];
        var keyCell = index.KeyCell;
        var grouped = true; // points numbered by cell first: a user's sorted points come cell by cell
        for (var k = 1; k < keyCell.Length && grouped; k++)
        {
            grouped = keyCell[k] >= keyCell[k - 1];
        }

        var maxPoints = 0;
        for (var u = 0; u < index.UserCount; u++)
        {
            maxPoints = Math.Max(maxPoints, index.PointCountOf(u));
        }

        ParallelRanges.For(
            index.UserCount,
            cancellationToken,
            () => (Counts: new int[cells], Buffer: new int[grouped ? 0 : maxPoints]),
            (from, to, state) =>
            {
                for (var u = from; u < to; u++)
                {
                    var points = index.PointsOf(u);
                    if (grouped)
                    {
                        var previous = -1;
                        foreach (var point in points)
                        {
                            var cell = keyCell[point];
                            if (cell != previous)
                            {
                                state.Counts[cell]++;
                                previous = cell;
                            }
                        }

                        continue;
                    }

                    for (var j = 0; j < points.Length; j++)
                    {
                        state.Buffer[j] = keyCell[points[j]];
                    }

                    var distinct = PointIndex.SortDistinct(state.Buffer.AsSpan(0, points.Length));
                    foreach (var cell in state.Buffer.AsSpan(0, distinct))
                    {
                        state.Counts[cell]++;
                    }
                }
            },
            state =>
            {
                for (var c = 0; c < cells; c++)
                {
                    total[c] += state.Counts[c];
                }
            });
        return total;
    }

    private static UnicityAtPoints Summarise(int p, int[] unique, int[] tried, double level)
    {
        int eligible = 0, tooShort = 0, exactUsers = 0, sampledUsers = 0, uniqueUsers = 0;
        long draws = 0, uniqueDraws = 0;
        var exactSum = 0d;
        for (var u = 0; u < unique.Length; u++)
        {
            if (tried[u] == 0)
            {
                tooShort++;
                continue;
            }

            eligible++;
            uniqueUsers += unique[u] > 0 ? 1 : 0;
            if (tried[u] > 0)
            {
                exactUsers++;
                exactSum += (double)unique[u] / tried[u];
            }
            else
            {
                sampledUsers++;
                draws += -tried[u];
                uniqueDraws += unique[u];
            }
        }

        if (eligible == 0)
        {
            return new UnicityAtPoints(p, 0, tooShort, double.NaN, double.NaN, double.NaN, 0, 0, 0, 0, 0);
        }

        double estimate, low, high;
        if (sampledUsers == 0)
        {
            estimate = low = high = exactSum / eligible;
        }
        else
        {
            // Every sampled user has the same number of draws, so the mean of their shares is the share of all draws.
            var share = (double)uniqueDraws / draws;
            var (l, h) = ConfidenceIntervals.Wilson(uniqueDraws, draws, level);
            estimate = (exactSum + (sampledUsers * share)) / eligible;
            low = (exactSum + (sampledUsers * l)) / eligible;
            high = (exactSum + (sampledUsers * h)) / eligible;
        }

        return new UnicityAtPoints(p, eligible, tooShort, estimate, low, high, draws, uniqueDraws, exactUsers, sampledUsers, uniqueUsers);
    }

    /// <summary>C(n, k), or <paramref name="cap"/> + 1 when it is larger.</summary>
    internal static long Binomial(int n, int k, long cap)
    {
        if (k < 0 || k > n)
        {
            return 0;
        }

        k = Math.Min(k, n - k);
        Int128 result = 1;
        for (var i = 0; i < k; i++)
        {
            result = result * (n - i) / (i + 1);
            if (result > cap)
            {
                return cap + 1;
            }
        }

        return (long)result;
    }

    /// <summary>A worker's scratch space: intersection buffers, the current draw, the cells that singled the user out.</summary>
    private sealed class Worker
    {
        private readonly int p;
        private readonly int[][] buffers;
        private readonly int[] draw;
        private readonly List<int> userCells = [];
        private int[] items = new int[64];
        private long uniqueSubsets;
        private long[] keys = [];
        private PointIndex? index;

        internal Worker(int maxPosting, int p, int cells)
        {
            this.p = p;
            buffers = new int[Math.Max(2, p)][];
            for (var i = 0; i < buffers.Length; i++)
            {
                buffers[i] = new int[maxPosting];
            }

            draw = new int[p];
            SinglesOut = new int[cells];
        }

        internal int[] SinglesOut { get; }

        private bool Contribute => SinglesOut.Length > 0;

        /// <summary>Draws p distinct points of the user (Floyd's algorithm) and checks whether only the user holds them all.</summary>
        internal bool DrawIsUnique(PointIndex index, int user, ref SeededRandom random)
        {
            var points = index.PointsOf(user);
            var n = points.Length;
            var chosen = 0;
            for (var j = n - p; j < n; j++)
            {
                var t = random.Next(j + 1);
                var taken = draw.AsSpan(0, chosen).Contains(t);
                draw[chosen++] = taken ? j : t;
            }

            for (var i = 0; i < p; i++)
            {
                draw[i] = points[draw[i]];
            }

            SortByPostingLength(index, draw);
            var needed = PointsToSingleOut(index, draw);
            if (needed > 0 && Contribute)
            {
                for (var i = 0; i < needed; i++)
                {
                    userCells.Add(index.KeyCell[draw[i]]);
                }
            }

            return needed > 0;
        }

        /// <summary>
        /// The number of points, taken in the given order, after which only the user holds them all; 0 when all of them
        /// leave another user.
        /// </summary>
        private int PointsToSingleOut(PointIndex index, ReadOnlySpan<int> points)
        {
            ReadOnlySpan<int> current = index.Posting(points[0]);
            if (current.Length == 1)
            {
                return 1;
            }

            for (var j = 1; j < points.Length; j++)
            {
                var buffer = buffers[j & 1];
                var count = SortedSets.Intersect(current, index.Posting(points[j]), buffer);
                if (count == 1)
                {
                    return j + 1;
                }

                current = buffer.AsSpan(0, count);
            }

            return 0;
        }

        /// <summary>Counts the user's unique p-subsets by depth-first enumeration (rarest points first).</summary>
        internal long CountUniqueSubsets(PointIndex index, int user)
        {
            var points = index.PointsOf(user);
            if (items.Length < points.Length)
            {
                items = new int[points.Length * 2];
            }

            var sorted = items.AsSpan(0, points.Length);
            if (keys.Length < points.Length)
            {
                keys = new long[items.Length];
            }

            var order = keys.AsSpan(0, points.Length);
            for (var i = 0; i < points.Length; i++)
            {
                order[i] = ((long)index.PostingLength(points[i]) << 32) | (uint)points[i];
            }

            order.Sort();
            for (var i = 0; i < points.Length; i++)
            {
                sorted[i] = (int)(order[i] & uint.MaxValue);
            }

            uniqueSubsets = 0;
            this.index = index;
            Enumerate(0, 0, default, sorted.Length);
            this.index = null;
            return uniqueSubsets;
        }

        private void Enumerate(int depth, int start, ReadOnlySpan<int> candidates, int n)
        {
            var index = this.index!;
            for (var i = start; i <= n - (p - depth); i++)
            {
                ReadOnlySpan<int> next;
                if (depth == 0)
                {
                    next = index.Posting(items[i]);
                }
                else
                {
                    var count = SortedSets.Intersect(candidates, index.Posting(items[i]), buffers[depth]);
                    next = buffers[depth].AsSpan(0, count);
                }

                draw[depth] = items[i];
                if (next.Length == 1)
                {
                    // Only the user is left: every completion of this prefix is unique.
                    uniqueSubsets += Binomial(n - i - 1, p - depth - 1, long.MaxValue - 1);
                    if (Contribute)
                    {
                        for (var d = 0; d <= depth; d++)
                        {
                            userCells.Add(index.KeyCell[draw[d]]);
                        }
                    }

                    continue;
                }

                if (depth + 1 < p)
                {
                    Enumerate(depth + 1, i + 1, next, n);
                }
            }
        }

        /// <summary>Adds the cells that singled out the user just processed (each once) to the counters.</summary>
        internal void CommitUser()
        {
            if (userCells.Count == 0)
            {
                return;
            }

            userCells.Sort();
            var previous = -1;
            foreach (var cell in userCells)
            {
                if (cell != previous)
                {
                    SinglesOut[cell]++;
                    previous = cell;
                }
            }

            userCells.Clear();
        }

        private static void SortByPostingLength(PointIndex index, Span<int> points)
        {
            // Insertion sort: p is small; ties by point id keep the order deterministic.
            for (var i = 1; i < points.Length; i++)
            {
                var x = points[i];
                var length = index.PostingLength(x);
                var j = i - 1;
                while (j >= 0 && (index.PostingLength(points[j]) > length || (index.PostingLength(points[j]) == length && points[j] > x)))
                {
                    points[j + 1] = points[j];
                    j--;
                }

                points[j + 1] = x;
            }
        }
    }
}
