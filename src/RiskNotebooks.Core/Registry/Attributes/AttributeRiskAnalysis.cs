using System.Runtime.CompilerServices;
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

    /// <summary>Analyses every non-empty subset of the quasi-identifiers (up to <paramref name="maxSubsetSize"/> attributes).</summary>
    /// <param name="table">The data.</param>
    /// <param name="quasiIdentifiers">The quasi-identifiers.</param>
    /// <param name="maxSubsetSize">The largest subset size, or <see langword="null"/> for all.</param>
    /// <param name="cancellationToken">Stops a long computation.</param>
    /// <returns>The risks, ordered by subset size, then by the attributes' table order.</returns>
    public static IReadOnlyList<AttributeRisk> Run(Table table, IReadOnlyList<string> quasiIdentifiers, int? maxSubsetSize = null, CancellationToken cancellationToken = default)
    {
        var columns = QuasiIdentifierSet.Resolve(table, quasiIdentifiers);
        var classes = EquivalenceClasses.Build(columns, table.RowCount, cancellationToken);
        return Run(columns, classes, maxSubsetSize, cancellationToken);
    }

    internal static IReadOnlyList<AttributeRisk> Run(Column[] columns, EquivalenceClasses full, int? maxSubsetSize, CancellationToken cancellationToken)
    {
        var q = columns.Length;
        if (q > 62)
        {
            throw new InvalidOptionException("--subsets", "at most 62 quasi-identifiers can be combined.");
        }

        var limit = maxSubsetSize ?? q;
        if (limit < 1)
        {
            throw new InvalidOptionException("--max-subset-size", "must be at least 1.");
        }

        limit = Math.Min(limit, q);
        var masks = Subsets(q, limit);
        if (maxSubsetSize is null && masks.Count > MaxSubsetsWithoutLimit)
        {
            throw new InvalidOptionException("--subsets", $"{q} quasi-identifiers have {masks.Count:N0} subsets; give --max-subset-size.");
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
        Parallel.For(
            0,
            masks.Count,
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
            () => pool.TryTake(out var scratch) ? scratch : new Scratch(classCount),
            (i, _, scratch) =>
            {
                var attributes = Enumerable.Range(0, q).Where(a => (masks[i] & (1L << a)) != 0).ToArray();
                var (classesOf, sumSquares, uniques) = scratch.Count(attributes.Select(a => (codes[a], columns[a].Cardinality)).ToArray(), sizes);
                results[i] = new AttributeRisk(attributes.Select(a => columns[a].Name).ToArray(), classesOf, records, sumSquares, uniques);
                return scratch;
            },
            pool.Add);
        return results;
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
                    throw new InvalidOptionException("--max-subset-size", $"more than {4 * MaxSubsetsWithoutLimit:N0} subsets; give a smaller size limit.");
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

    /// <summary>Per-worker buffers: packed keys of the full classes, a dense counter, an open-addressing hash counter.</summary>
    private sealed class Scratch(int classCount)
    {
        private const int DenseLimit = 1 << 22;
        private readonly ulong[] keys = new ulong[classCount];
        private long[] dense = [];
        private Slot[] slots = [];
        private int[] used = [];

        internal (long Classes, double SumOfSquares, long Uniques) Count((int[] Codes, int Cardinality)[] attributes, int[] sizes)
        {
            // Pack the subset's codes of each full class into one key; renumber when the radix would overflow.
            ulong radix = 1;
            Array.Clear(keys);
            foreach (var (values, cardinality) in attributes)
            {
                var width = (ulong)Math.Max(1, cardinality);
                if (radix > ulong.MaxValue / width)
                {
                    radix = Renumber();
                }

                for (var c = 0; c < keys.Length; c++)
                {
                    keys[c] = (keys[c] * width) + (ulong)values[c];
                }

                radix *= width;
            }

            return radix <= DenseLimit && radix <= 4UL * (ulong)Math.Max(keys.Length, 1024) ? CountDense((int)radix, sizes) : CountHashed(sizes);
        }

        private ulong Renumber()
        {
            var ids = new Dictionary<ulong, int>();
            for (var c = 0; c < keys.Length; c++)
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

        private (long, double, long) CountDense(int radix, int[] sizes)
        {
            if (dense.Length < radix)
            {
                dense = new long[radix];
            }
            else
            {
                Array.Clear(dense, 0, radix);
            }

            for (var c = 0; c < keys.Length; c++)
            {
                dense[keys[c]] += sizes[c];
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
        /// Linear probing over a power-of-two table at most half full; a slot holds key + 1 (0 = empty) and its count side
        /// by side, so a probe touches one cache line.
        /// </summary>
        private (long, double, long) CountHashed(int[] sizes)
        {
            var capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 2));
            if (slots.Length != capacity)
            {
                slots = new Slot[capacity];
                used = new int[keys.Length];
            }

            var mask = capacity - 1;
            var shift = 64 - System.Numerics.BitOperations.Log2((uint)capacity);
            var n = 0;
            ref var table = ref MemoryMarshal.GetArrayDataReference(slots);
            for (var c = 0; c < keys.Length; c++)
            {
                var key = keys[c] + 1;
                var h = (int)((key * 0x9E3779B97F4A7C15UL) >> shift);
                while (true)
                {
                    ref var slot = ref Unsafe.Add(ref table, h);
                    if (slot.Key == key)
                    {
                        slot.Count += sizes[c];
                        break;
                    }

                    if (slot.Key == 0)
                    {
                        slot.Key = key;
                        slot.Count = sizes[c];
                        used[n++] = h;
                        break;
                    }

                    h = (h + 1) & mask;
                }
            }

            long uniques = 0;
            double squares = 0;
            for (var i = 0; i < n; i++)
            {
                ref var slot = ref slots[used[i]];
                var f = slot.Count;
                squares += (double)f * f;
                if (f == 1)
                {
                    uniques++;
                }

                slot = default;
            }

            return (n, squares, uniques);
        }

        private struct Slot
        {
            public ulong Key;
            public long Count;
        }
    }
}
