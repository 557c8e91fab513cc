using System.Collections.Concurrent;
using System.Numerics;
using RiskNotebooks.Data;

namespace RiskNotebooks.Registry.Suda;

/// <summary>
/// Finds every minimal sample unique (MSU) of every record: a set of keys on which the record's values occur in no other
/// record, no proper subset of which has that property. The record's own missing keys are never part of an MSU.
/// </summary>
/// <remarks>
/// <para>The subsets of the keys are visited level by level (size 1, 2, ...). Only records unique on all keys (the
/// candidates) can have an MSU, so uniqueness is kept as one bit per candidate and subset. Uniqueness is monotone (a
/// record unique on T is unique on every superset), hence a unique subset S is minimal exactly when no S minus one key
/// is unique; candidates for which some S minus one key is already unique are not looked up, and a subset with no such
/// candidate left is not counted at all.</para>
/// <para>Counting a subset is one pass over the records (<see cref="PatternCounter"/>); subsets of one level are counted
/// in parallel. Cost: O(n) per subset of size at most the maximum MSU size, plus O(candidates) bit operations.</para>
/// <para>This finds the same MSUs as sdcMicro's SUDA2 search (src/Suda2.h, after Manning, Haglin and Keane 2008), which
/// recurses over value items instead; the two were compared on thousands of random tables.</para>
/// </remarks>
internal static class MsuSearch
{
    /// <summary>The most keys a search takes: subsets are bit sets in a 32-bit word.</summary>
    internal const int MaxKeyCount = 31;

    /// <summary>Searches MSUs of size 1..<paramref name="maxSize"/>.</summary>
    /// <param name="columns">The key columns (at most <see cref="MaxKeyCount"/>).</param>
    /// <param name="rowCount">n.</param>
    /// <param name="maxSize">The largest MSU size searched, in [1, number of keys].</param>
    /// <param name="cancellationToken">Stops the search.</param>
    /// <param name="denseLimitBits">Overrides <see cref="PatternCounter.DefaultDenseLimitBits"/> (tests use it to force the hashed path).</param>
    /// <param name="progress">Receives how many subsets are done (per subset, at most once per percent); <see langword="null"/> for none.</param>
    internal static MsuSet Find(Column[] columns, int rowCount, int maxSize, CancellationToken cancellationToken, int? denseLimitBits = null, IProgress<AnalysisProgress>? progress = null)
    {
        var keyCount = columns.Length;
        var patterns = new KeyPatterns(columns, rowCount);
        var limit = denseLimitBits ?? PatternCounter.DefaultDenseLimitBits(rowCount);
        var counters = new ConcurrentBag<PatternCounter>();
        var (candidates, paired) = Candidates(patterns, limit, keyCount, rowCount, counters, cancellationToken);
        if (candidates.Length == 0)
        {
            return new MsuSet(candidates, [0], [], paired);
        }

        var search = new LevelSearch(patterns, limit, counters, candidates, MissingKeys(columns, candidates), keyCount);
        var found = new List<(uint Subset, int[] Candidates)>();
        var parent = Level.None;
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        var steps = ProgressSteps.Start(progress, "SUDA: minimal sample uniques", SubsetCount(keyCount, maxSize));
        for (var k = 1; k <= maxSize; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var level = new Level(SubsetsOfSize(keyCount, k));
            var previous = parent;
            Parallel.For(0, level.Subsets.Length, options, i =>
            {
                (level.Unique[i], level.Minimal[i], var searched) = search.Visit(level.Subsets[i], k, previous, options.CancellationToken);
                if (searched)
                {
                    steps.Advance();
                }
            });

            for (var i = 0; i < level.Subsets.Length; i++)
            {
                if (level.Minimal[i].Length > 0)
                {
                    found.Add((level.Subsets[i], level.Minimal[i]));
                }
            }

            parent = level;
        }

        steps.Complete();
        return Collect(candidates, found, paired);
    }

    /// <summary>
    /// Class sizes on all keys (missing as a value): the candidates (records unique on all keys), and the records in pairs,
    /// which DIS-SUDA needs. The counter goes back to the pool.
    /// </summary>
    private static (int[] Candidates, int Paired) Candidates(KeyPatterns patterns, int limit, int keyCount, int rowCount, ConcurrentBag<PatternCounter> counters, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var counter = new PatternCounter(patterns, limit);
        counter.Count(AllKeys(keyCount), 3, cancellationToken);
        var candidates = new List<int>();
        var paired = 0;
        for (var r = 0; r < rowCount; r++)
        {
            var size = counter.CountOf(r);
            if (size == 1)
            {
                candidates.Add(r);
            }
            else if (size == 2)
            {
                paired++;
            }
        }

        counters.Add(counter);
        return (candidates.ToArray(), paired);
    }

    /// <summary>The subsets of one size, and for each the candidates unique on it (bits) and those for which it is an MSU.</summary>
    private sealed class Level(uint[] subsets)
    {
        /// <summary>Before the first level: no subsets.</summary>
        internal static readonly Level None = new([]);

        internal uint[] Subsets { get; } = subsets;

        internal ulong[][] Unique { get; } = new ulong[subsets.Length][];

        internal int[][] Minimal { get; } = new int[subsets.Length][];

        /// <summary>Each subset's position, for its supersets one key larger to find it.</summary>
        internal Dictionary<uint, int> Index { get; } = Build(subsets);

        private static Dictionary<uint, int> Build(uint[] subsets)
        {
            var index = new Dictionary<uint, int>(subsets.Length);
            for (var i = 0; i < subsets.Length; i++)
            {
                index[subsets[i]] = i;
            }

            return index;
        }
    }

    /// <summary>One subset's step of the search: what the candidates and the pooled counters are, shared by every subset.</summary>
    private sealed class LevelSearch(KeyPatterns patterns, int limit, ConcurrentBag<PatternCounter> counters, int[] candidates, uint[] missing, int keyCount)
    {
        private readonly int words = (candidates.Length + 63) >> 6;
        private readonly ulong lastWordMask = (candidates.Length & 63) == 0 ? ulong.MaxValue : (1UL << (candidates.Length & 63)) - 1;
        private readonly ulong[] allUnique = CreateAllUnique((candidates.Length + 63) >> 6);

        /// <summary>
        /// The candidates unique on <paramref name="subset"/> (bits) and those for which it is minimal; not
        /// <c>Searched</c> when no candidate was open (every one unique on a smaller subset already), which costs no count.
        /// </summary>
        internal (ulong[] Unique, int[] Minimal, bool Searched) Visit(uint subset, int level, Level parent, CancellationToken cancellationToken)
        {
            var open = Open(subset, level, parent);
            if (!open.AsSpan().ContainsAnyExcept(0UL))
            {
                return (allUnique, [], false);
            }

            var minimal = new List<int>();
            PatternCounter? subsetCounter = null;
            if (level < keyCount)
            {
                subsetCounter = counters.TryTake(out var pooled) ? pooled : new PatternCounter(patterns, limit);
                subsetCounter.Count(subset, 2, cancellationToken);
            }

            // In place: open becomes "unique on this subset" (everything not open is unique by monotonicity).
            for (var w = 0; w < words; w++)
            {
                var bits = open[w];
                var isUnique = ~bits;
                while (bits != 0)
                {
                    var bit = BitOperations.TrailingZeroCount(bits);
                    bits &= bits - 1;
                    var c = (w << 6) + bit;
                    if (subsetCounter is null || subsetCounter.CountOf(candidates[c]) == 1)
                    {
                        isUnique |= 1UL << bit;
                        if ((missing[c] & subset) == 0)
                        {
                            minimal.Add(c);
                        }
                    }
                }

                open[w] = isUnique;
            }

            if (subsetCounter is not null)
            {
                counters.Add(subsetCounter);
            }

            return (open, minimal.ToArray(), true);
        }

        /// <summary>Candidates not unique on any subset one key smaller: the only ones for which this subset can be minimal.</summary>
        private ulong[] Open(uint subset, int level, Level parent)
        {
            var open = new ulong[words];
            open.AsSpan().Fill(ulong.MaxValue);
            if (level > 1)
            {
                foreach (var key in KeyPatterns.Members(subset))
                {
                    var unique = parent.Unique[parent.Index[subset & ~(1u << key)]];
                    for (var w = 0; w < words; w++)
                    {
                        open[w] &= ~unique[w];
                    }
                }
            }

            open[words - 1] &= lastWordMask;
            return open;
        }

        private static ulong[] CreateAllUnique(int words)
        {
            var all = new ulong[words];
            all.AsSpan().Fill(ulong.MaxValue);
            return all;
        }
    }

    private static uint AllKeys(int keyCount) => (uint)((1UL << keyCount) - 1);

    /// <summary>The number of non-empty subsets of at most <paramref name="maxSize"/> of <paramref name="keyCount"/> keys: the steps of the search.</summary>
    private static long SubsetCount(int keyCount, int maxSize)
    {
        long total = 0, choose = 1;
        for (var k = 1; k <= maxSize; k++)
        {
            choose = choose * (keyCount - k + 1) / k;
            total += choose;
        }

        return total;
    }

    /// <summary>For each candidate, the bit set of its keys with a missing value.</summary>
    private static uint[] MissingKeys(Column[] columns, int[] candidates)
    {
        var missing = new uint[candidates.Length];
        for (var j = 0; j < columns.Length; j++)
        {
            var codes = columns[j].Codes;
            for (var c = 0; c < candidates.Length; c++)
            {
                if (codes[candidates[c]] == Column.MissingCode)
                {
                    missing[c] |= 1u << j;
                }
            }
        }

        return missing;
    }

    /// <summary>All subsets of <paramref name="keyCount"/> keys with <paramref name="size"/> members, ascending as numbers.</summary>
    internal static uint[] SubsetsOfSize(int keyCount, int size)
    {
        var result = new List<uint>();
        var end = 1UL << keyCount;
        for (var s = (1UL << size) - 1; s < end;)
        {
            result.Add((uint)s);
            var lowest = s & (~s + 1);
            var ripple = s + lowest;
            s = (((ripple ^ s) >> 2) / lowest) | ripple; // Gosper's hack: the next number with as many bits set
        }

        return result.ToArray();
    }

    /// <summary>Lays the MSUs out per candidate (in order of size, then subset), independent of thread scheduling.</summary>
    private static MsuSet Collect(int[] candidates, List<(uint Subset, int[] Candidates)> found, int paired)
    {
        var offsets = new int[candidates.Length + 1];
        foreach (var (_, list) in found)
        {
            foreach (var c in list)
            {
                offsets[c + 1]++;
            }
        }

        for (var c = 0; c < candidates.Length; c++)
        {
            offsets[c + 1] += offsets[c];
        }

        var masks = new uint[offsets[^1]];
        var next = offsets.AsSpan(0, candidates.Length).ToArray();
        foreach (var (subset, list) in found)
        {
            foreach (var c in list)
            {
                masks[next[c]++] = subset;
            }
        }

        return new MsuSet(candidates, offsets, masks, paired);
    }
}
