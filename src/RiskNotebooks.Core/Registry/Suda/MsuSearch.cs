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

        // Class sizes on all keys (missing as a value): the candidates, and the records in pairs, which DIS-SUDA needs.
        cancellationToken.ThrowIfCancellationRequested();
        var counter = new PatternCounter(patterns, limit);
        counter.Count(AllKeys(keyCount), 3, cancellationToken);
        var candidateList = new List<int>();
        var paired = 0;
        for (var r = 0; r < rowCount; r++)
        {
            var size = counter.CountOf(r);
            if (size == 1)
            {
                candidateList.Add(r);
            }
            else if (size == 2)
            {
                paired++;
            }
        }

        counters.Add(counter);
        var candidates = candidateList.ToArray();
        if (candidates.Length == 0)
        {
            return new MsuSet(candidates, [0], [], paired);
        }

        var missing = MissingKeys(columns, candidates);
        var words = (candidates.Length + 63) >> 6;
        var lastWordMask = (candidates.Length & 63) == 0 ? ulong.MaxValue : (1UL << (candidates.Length & 63)) - 1;
        var allUnique = new ulong[words];
        allUnique.AsSpan().Fill(ulong.MaxValue);

        var found = new List<(uint Subset, int[] Candidates)>();
        ulong[][] previousUnique = [];
        Dictionary<uint, int> previousIndex = [];
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        var steps = ProgressSteps.Start(progress, "SUDA: minimal sample uniques", SubsetCount(keyCount, maxSize));
        for (var k = 1; k <= maxSize; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var subsets = SubsetsOfSize(keyCount, k);
            var unique = new ulong[subsets.Length][];
            var msus = new int[subsets.Length][];
            var parentUnique = previousUnique;
            var parentIndex = previousIndex;
            var level = k;
            Parallel.For(0, subsets.Length, options, i =>
            {
                var subset = subsets[i];

                // Candidates not unique on any subset one key smaller: the only ones for which this subset can be minimal.
                var open = new ulong[words];
                open.AsSpan().Fill(ulong.MaxValue);
                if (level > 1)
                {
                    foreach (var key in KeyPatterns.Members(subset))
                    {
                        var parent = parentUnique[parentIndex[subset & ~(1u << key)]];
                        for (var w = 0; w < words; w++)
                        {
                            open[w] &= ~parent[w];
                        }
                    }
                }

                open[words - 1] &= lastWordMask;
                if (!open.AsSpan().ContainsAnyExcept(0UL))
                {
                    unique[i] = allUnique;
                    msus[i] = [];
                    return;
                }

                var minimal = new List<int>();
                PatternCounter? subsetCounter = null;
                if (level < keyCount)
                {
                    subsetCounter = counters.TryTake(out var pooled) ? pooled : new PatternCounter(patterns, limit);
                    subsetCounter.Count(subset, 2, options.CancellationToken);
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

                unique[i] = open;
                msus[i] = minimal.ToArray();
                steps.Advance();
            });

            for (var i = 0; i < subsets.Length; i++)
            {
                if (msus[i].Length > 0)
                {
                    found.Add((subsets[i], msus[i]));
                }
            }

            previousUnique = unique;
            previousIndex = new Dictionary<uint, int>(subsets.Length);
            for (var i = 0; i < subsets.Length; i++)
            {
                previousIndex[subsets[i]] = i;
            }
        }

        steps.Complete();
        return Collect(candidates, found, paired);
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
