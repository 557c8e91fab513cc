using System.Runtime.InteropServices;
using RiskNotebooks.Data;

namespace RiskNotebooks.Registry.Attributes;

/// <summary>
/// The QI-combination analysis: <see cref="AttributeRisk"/> for every non-empty subset of the quasi-identifiers, or for
/// every subset up to a size.
/// </summary>
/// <remarks>
/// <para>The records are grouped once on the full set; a subset's classes are unions of full classes, so each subset is
/// grouped over the C full classes (weighted by their sizes), not over the n records. Subsets run in parallel.</para>
/// <para>There is no cap on the number of quasi-identifiers (up to 62), but the number of subsets grows as 2^Q: beyond
/// 2^20 subsets a size limit is required.</para>
/// </remarks>
public static class AttributeRiskAnalysis
{
    /// <summary>The largest number of subsets analysed without a size limit.</summary>
    public const long MaxSubsetsWithoutLimit = 1L << 20;

    /// <summary>The most quasi-identifiers whose subsets can be enumerated (subsets are 64-bit masks).</summary>
    public const int MaxQuasiIdentifiers = 62;

    /// <summary>Analyses every non-empty subset of the quasi-identifiers (up to <paramref name="maxSubsetSize"/> attributes).</summary>
    /// <param name="table">The data.</param>
    /// <param name="quasiIdentifiers">The quasi-identifiers.</param>
    /// <param name="maxSubsetSize">The largest subset size, or <see langword="null"/> for all.</param>
    /// <param name="cancellationToken">Stops a long computation.</param>
    /// <param name="progress">Receives how many subsets are done (after each subset size); <see langword="null"/> for none.</param>
    /// <returns>The risks, ordered by subset size, then by the attributes' table order.</returns>
    public static IReadOnlyList<AttributeRisk> Run(Table table, IReadOnlyList<string> quasiIdentifiers, int? maxSubsetSize = null, CancellationToken cancellationToken = default, IProgress<AnalysisProgress>? progress = null)
    {
        var columns = QuasiIdentifierSet.Resolve(table, quasiIdentifiers);
        var classes = EquivalenceClasses.Build(columns, table.RowCount, cancellationToken);
        return Run(columns, classes, maxSubsetSize, cancellationToken, progress);
    }

    internal static IReadOnlyList<AttributeRisk> Run(Column[] columns, EquivalenceClasses full, int? maxSubsetSize, CancellationToken cancellationToken, IProgress<AnalysisProgress>? progress = null)
    {
        var q = columns.Length;
        if (q > MaxQuasiIdentifiers)
        {
            throw new InvalidOptionException("AnalyzeSubsets", $"at most {MaxQuasiIdentifiers} quasi-identifiers can be combined.");
        }

        var limit = maxSubsetSize ?? q;
        if (limit < 1)
        {
            throw new InvalidOptionException("MaxSubsetSize", "must be at least 1.");
        }

        limit = Math.Min(limit, q);
        var masks = Subsets(q, limit);
        if (maxSubsetSize is null && masks.Count > MaxSubsetsWithoutLimit)
        {
            throw new InvalidOptionException("AnalyzeSubsets", $"{q} quasi-identifiers have {masks.Count:N0} subsets; give MaxSubsetSize.", "MaxSubsetSize");
        }

        // Codes of each full class's representative, per attribute, and each class's size.
        var reps = full.Representatives;
        var classCount = reps.Length;
        var codes = new int[q][];
        for (var a = 0; a < q; a++)
        {
            var column = columns[a].CodeArray;
            var values = new int[classCount];
            for (var c = 0; c < classCount; c++)
            {
                values[c] = column[reps[c]];
            }

            codes[a] = values;
        }

        var sizes = full.ClassSizes.ToArray();
        var records = (long)full.RecordCount;
        var results = new AttributeRisk[masks.Count];
        var pool = new System.Collections.Concurrent.ConcurrentBag<Scratch>();

        // Level by level (subsets of one size, then the next): a record unique under a subset stays unique under every
        // superset, so each subset is counted over the full classes its best parent (one attribute fewer) left
        // non-unique, its residual; the rest are unique classes of one record, counted without looking at them.
        var previous = new Dictionary<long, int[]?> { [0L] = null }; // null: every full class
        var first = 0;
        var steps = ProgressSteps.Start(progress, "quasi-identifier subsets", masks.Count);
        while (first < masks.Count)
        {
            var size = long.PopCount(masks[first]);
            var last = first;
            while (last < masks.Count && long.PopCount(masks[last]) == size)
            {
                last++;
            }

            var keepResiduals = size < limit;
            var current = new System.Collections.Concurrent.ConcurrentDictionary<long, int[]?>();
            long stored = 0;
            Parallel.For(
                first,
                last,
                new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
                () => pool.TryTake(out var scratch) ? scratch : new Scratch(classCount),
                (i, _, scratch) =>
                {
                    var mask = masks[i];
                    var residual = BestParent(mask, previous, classCount);
                    var attributes = Enumerable.Range(0, q).Where(a => (mask & (1L << a)) != 0).ToArray();
                    var (classesOf, sumSquares, uniques, next) = scratch.Count(attributes.Select(a => (codes[a], columns[a].Cardinality)).ToArray(), sizes, residual, keepResiduals);
                    results[i] = new AttributeRisk(attributes.Select(a => columns[a].Name).ToArray(), classesOf, records, sumSquares, uniques);
                    if (keepResiduals)
                    {
                        // Within a memory budget; beyond it a subset keeps "every class", which is always correct.
                        var keep = next is not null && Reserve(ref stored, next.Length);
                        current[mask] = keep ? next : null;
                    }

                    return scratch;
                },
                pool.Add);
            previous = new Dictionary<long, int[]?>(current);
            steps.Advance(last - first);
            first = last;
        }

        return results;
    }

    /// <summary>The most full classes all residuals of one level may hold together (4 bytes each).</summary>
    private const long ResidualBudget = 1L << 25;

    /// <summary>Takes <paramref name="length"/> from the level's budget if it fits; a refused residual takes nothing.</summary>
    private static bool Reserve(ref long stored, int length)
    {
        while (true)
        {
            var before = Volatile.Read(ref stored);
            if (before + length > ResidualBudget)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref stored, before + length, before) == before)
            {
                return true;
            }
        }
    }

    /// <summary>The smallest residual among the subset's parents (the subset less one attribute); null for every class.</summary>
    private static int[]? BestParent(long mask, Dictionary<long, int[]?> parents, int classCount)
    {
        int[]? best = null;
        var bestLength = classCount;
        for (var rest = mask; rest != 0; rest &= rest - 1)
        {
            var parent = mask & ~(rest & -rest);
            if (parents.TryGetValue(parent, out var residual) && residual is not null && residual.Length < bestLength)
            {
                best = residual;
                bestLength = residual.Length;
            }
        }

        return best;
    }

    /// <summary>Subset masks ordered by size, then lexicographically by attribute position.</summary>
    private static List<long> Subsets(int q, int limit)
    {
        var result = new List<long>();
        for (var size = 1; size <= limit; size++)
        {
            var indices = Enumerable.Range(0, size).ToArray();
            while (true)
            {
                long mask = 0;
                foreach (var index in indices)
                {
                    mask |= 1L << index;
                }

                result.Add(mask);
                if (result.Count > 4 * MaxSubsetsWithoutLimit)
                {
                    throw new InvalidOptionException("MaxSubsetSize", $"more than {4 * MaxSubsetsWithoutLimit:N0} subsets; give a smaller size limit.");
                }

                var i = size - 1;
                while (i >= 0 && indices[i] == q - size + i)
                {
                    i--;
                }

                if (i < 0)
                {
                    break;
                }

                indices[i]++;
                for (var j = i + 1; j < size; j++)
                {
                    indices[j] = indices[j - 1] + 1;
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Per-worker buffers: packed keys and weights of the full classes counted, a dense counter, a packed-key counter
    /// (<see cref="PackedKeyCounts"/>).
    /// </summary>
    private sealed class Scratch(int classCount)
    {
        private const int DenseLimit = 1 << 19;
        private const int PartitionFrom = 1 << 15;
        private const int BucketTarget = 4096;
        private readonly ulong[] keys = new ulong[classCount];
        private readonly int[] weights = new int[classCount];
        private readonly int[] slotOf = new int[classCount];
        private readonly int[] chosen = new int[classCount];
        private bool[] flags = [];
        private ulong[] bucketKeys = [];
        private int[] bucketWeights = [];
        private int[] bucketIndex = [];
        private int[] bucketSlot = [];
        private int[] bucketStart = [];
        private readonly PackedKeyCounts table = new();
        private long[] dense = [];
        private int m;

        /// <summary>
        /// Counts the subset's classes over the full classes in <paramref name="residual"/> (null: all); every other full
        /// class is one record unique under the subset.
        /// </summary>
        /// <returns>Classes, the sum of squared class sizes, sample uniques, and (when asked) the full classes left in
        /// classes of two or more records: the subset's own residual.</returns>
        internal (long Classes, double SumOfSquares, long Uniques, int[]? Residual) Count((int[] Codes, int Cardinality)[] attributes, int[] sizes, int[]? residual, bool wantResidual)
        {
            m = residual?.Length ?? classCount;
            var outside = classCount - m; // unique classes of one record each
            if (residual is null)
            {
                Array.Copy(sizes, weights, m);
            }
            else
            {
                for (var i = 0; i < m; i++)
                {
                    weights[i] = sizes[residual[i]];
                }
            }

            // Pack the subset's codes of each full class into one key; renumber when the radix would overflow.
            ulong radix = 1;
            Array.Clear(keys, 0, m);
            foreach (var (values, cardinality) in attributes)
            {
                var width = (ulong)Math.Max(1, cardinality);
                if (radix > ulong.MaxValue / width)
                {
                    radix = Renumber();
                }

                if (residual is null)
                {
                    for (var c = 0; c < m; c++)
                    {
                        keys[c] = (keys[c] * width) + (ulong)values[c];
                    }
                }
                else
                {
                    for (var i = 0; i < m; i++)
                    {
                        keys[i] = (keys[i] * width) + (ulong)values[residual[i]];
                    }
                }

                radix *= width;
            }

            var isDense = radix <= DenseLimit && radix <= 4UL * (ulong)Math.Max(m, 1024);
            var partitioned = !isDense && m > PartitionFrom;
            var (classes, squares, uniques) = isDense ? CountDense((int)radix) : partitioned ? CountPartitioned(wantResidual) : CountHashed();
            int[]? next = null;

            // The residual holds every key but the uniques; kept only when it saves at least a quarter of the classes (else
            // "every class" serves as well, without a pass to build it or memory to hold it).
            if (wantResidual && m - uniques <= classCount - (classCount / 4))
            {
                // The full classes left in classes of two or more records, in the order of the parent's residual (ascending
                // class numbers: the next level reads the codes in memory order).
                var n = 0;
                for (var i = 0; i < m; i++)
                {
                    var many = partitioned ? flags[i] : (isDense ? dense[keys[i]] : table.CountAt(slotOf[i])) > 1;
                    if (many)
                    {
                        chosen[n++] = residual is null ? i : residual[i];
                    }
                }

                next = chosen.AsSpan(0, n).ToArray();
            }

            table.Clear();
            return (classes + outside, squares + outside, uniques + outside, next);
        }

        private ulong Renumber()
        {
            var ids = new Dictionary<ulong, int>();
            for (var c = 0; c < m; c++)
            {
                ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, keys[c], out var exists);
                if (!exists)
                {
                    id = ids.Count - 1;
                }

                keys[c] = (ulong)id;
            }

            return (ulong)ids.Count;
        }

        private (long, double, long) CountDense(int radix)
        {
            if (dense.Length < radix)
            {
                dense = new long[radix];
            }
            else
            {
                Array.Clear(dense, 0, radix);
            }

            for (var c = 0; c < m; c++)
            {
                dense[keys[c]] += weights[c];
            }

            long classes = 0, uniques = 0;
            double squares = 0;
            for (var k = 0; k < radix; k++)
            {
                var f = dense[k];
                if (f != 0)
                {
                    classes++;
                    squares += (double)f * f;
                    if (f == 1)
                    {
                        uniques++;
                    }
                }
            }

            return (classes, squares, uniques);
        }

        /// <summary>
        /// One packed-key table for all the keys; its slots stay filled until the caller clears it, so the residual can
        /// read each class's count.
        /// </summary>
        private (long, double, long) CountHashed()
        {
            table.Reset(m);
            table.AddAll(keys.AsSpan(0, m), weights.AsSpan(0, m), slotOf);

            var n = table.Count;
            long uniques = 0;
            double squares = 0;
            for (var i = 0; i < n; i++)
            {
                var f = table.CountInOrder(i);
                squares += (double)f * f;
                if (f == 1)
                {
                    uniques++;
                }
            }

            return (n, squares, uniques);
        }

        /// <summary>
        /// Counting many keys in one table large enough for them misses the cache on nearly every key. So the keys are first
        /// scattered by the top bits of their hash into buckets of about <see cref="BucketTarget"/>, then each bucket is
        /// counted in a small table that stays in the cache. When <paramref name="wantFlags"/>, <c>flags[i]</c> tells
        /// whether key i's class has two or more records.
        /// </summary>
        private (long, double, long) CountPartitioned(bool wantFlags)
        {
            var bits = Math.Clamp(System.Numerics.BitOperations.Log2((uint)(m / BucketTarget)) + 1, 1, 14);
            var buckets = 1 << bits;
            var shift = 64 - bits;
            if (bucketStart.Length < buckets + 1)
            {
                bucketStart = new int[buckets + 1];
            }
            else
            {
                Array.Clear(bucketStart, 0, buckets + 1);
            }

            if (bucketKeys.Length < m)
            {
                bucketKeys = new ulong[m];
                bucketWeights = new int[m];
                bucketIndex = new int[m];
                bucketSlot = new int[m];
            }

            if (wantFlags && flags.Length < m)
            {
                flags = new bool[m];
            }

            for (var i = 0; i < m; i++)
            {
                bucketStart[(int)(Mix(keys[i]) >> shift) + 1]++;
            }

            for (var b = 0; b < buckets; b++)
            {
                bucketStart[b + 1] += bucketStart[b];
            }

            // Scatter; bucketStart[b] moves to the bucket's end, then back to its start below.
            for (var i = 0; i < m; i++)
            {
                var b = (int)(Mix(keys[i]) >> shift);
                var at = bucketStart[b]++;
                bucketKeys[at] = keys[i];
                bucketWeights[at] = weights[i];
                bucketIndex[at] = i;
            }

            long classes = 0, uniques = 0;
            double squares = 0;
            var from = 0;
            for (var b = 0; b < buckets; b++)
            {
                var to = bucketStart[b];
                table.Reset(to - from);
                table.AddAll(bucketKeys.AsSpan(from, to - from), bucketWeights.AsSpan(from, to - from), bucketSlot.AsSpan(from, to - from), bits); // the hash bits below the bucket's

                var count = table.Count;
                for (var i = 0; i < count; i++)
                {
                    var f = table.CountInOrder(i);
                    squares += (double)f * f;
                    if (f == 1)
                    {
                        uniques++;
                    }
                }

                classes += count;
                if (wantFlags)
                {
                    for (var j = from; j < to; j++)
                    {
                        flags[bucketIndex[j]] = table.CountAt(bucketSlot[j]) > 1;
                    }
                }

                from = to;
            }

            return (classes, squares, uniques);
        }

        private static ulong Mix(ulong key) => PackedKeyCounts.Hash(key);
    }
}
