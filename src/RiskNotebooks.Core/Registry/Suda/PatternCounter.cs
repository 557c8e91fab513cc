using System.Numerics;

namespace RiskNotebooks.Registry.Suda;

/// <summary>
/// Counts how many records share each record's pattern on one subset of the keys, saturating at a small cap: SUDA only
/// asks whether a pattern occurs once, twice or more often.
/// </summary>
/// <remarks>
/// Three ways, picked per subset: a dense byte array indexed by the packed pattern when 2^bits is small enough; an
/// open-addressing hash table on the packed pattern otherwise; and, when the codes do not fit in 64 bits at all,
/// <see cref="EquivalenceClasses.Group"/>. One instance per worker thread; its buffers are reused from subset to subset.
/// </remarks>
internal sealed class PatternCounter
{
    private const ulong Fibonacci = 0x9E3779B97F4A7C15UL;

    private readonly KeyPatterns patterns;
    private readonly int denseLimitBits;
    private byte[] dense = [];
    private ulong[] hashKeys = [];
    private byte[] hashCounts = [];
    private int hashShift;
    private int[] groupSizes = [];
    private int[] groupOfRow = [];
    private Mode mode;
    private ulong mask;

    /// <param name="patterns">The records' codes.</param>
    /// <param name="denseLimitBits">The widest pattern (in bits) counted in a dense array.</param>
    internal PatternCounter(KeyPatterns patterns, int denseLimitBits)
    {
        this.patterns = patterns;
        this.denseLimitBits = denseLimitBits;
    }

    private enum Mode
    {
        Dense,
        Hashed,
        Grouped,
    }

    /// <summary>The default dense limit: about 32 bytes per record, between 1 MiB and 32 MiB.</summary>
    internal static int DefaultDenseLimitBits(int rowCount)
        => Math.Clamp(BitOperations.Log2((uint)Math.Max(rowCount, 1)) + 6, 20, 25);

    /// <summary>Counts the patterns of all records on <paramref name="subset"/>, saturating at <paramref name="cap"/> (at most 255).</summary>
    internal void Count(uint subset, int cap, CancellationToken cancellationToken)
    {
        if (!patterns.IsPacked)
        {
            CountGrouped(subset, cancellationToken);
            return;
        }

        mask = patterns.BitMask(subset);
        var bits = patterns.BitCount(subset);
        if (bits <= denseLimitBits)
        {
            CountDense(bits, cap);
        }
        else
        {
            CountHashed(bits, cap);
        }
    }

    /// <summary>How many records share a record's pattern (saturated) on the subset last counted.</summary>
    internal int CountOf(int row) => mode switch
    {
        Mode.Dense => dense[(int)KeyPatterns.Extract(patterns.Packed[row], mask)],
        Mode.Hashed => hashCounts[Find(KeyPatterns.Extract(patterns.Packed[row], mask))],
        _ => groupSizes[groupOfRow[row]],
    };

    private void CountDense(int bits, int cap)
    {
        mode = Mode.Dense;
        var size = 1 << bits;
        if (dense.Length < size)
        {
            dense = new byte[size];
        }
        else
        {
            dense.AsSpan(0, size).Clear();
        }

        var counts = dense;
        var packed = patterns.Packed;
        var m = mask;
        for (var r = 0; r < packed.Length; r++)
        {
            ref var c = ref counts[(int)KeyPatterns.Extract(packed[r], m)];
            c += (byte)((uint)(c - cap) >> 31); // + 1 while below the cap, without a branch
        }
    }

    private void CountHashed(int bits, int cap)
    {
        mode = Mode.Hashed;
        var packed = patterns.Packed;
        var distinctBound = bits >= 31 ? packed.Length : Math.Min(packed.Length, 1 << bits);
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(2L * distinctBound, 16L, 1L << 30));
        if (hashCounts.Length < capacity)
        {
            hashKeys = new ulong[capacity];
            hashCounts = new byte[capacity];
        }
        else
        {
            capacity = hashCounts.Length;
            hashCounts.AsSpan().Clear();
        }

        hashShift = 64 - BitOperations.Log2((uint)capacity);
        var keys = hashKeys;
        var counts = hashCounts;
        var slotMask = capacity - 1;
        var m = mask;
        for (var r = 0; r < packed.Length; r++)
        {
            var key = KeyPatterns.Extract(packed[r], m);
            var slot = (int)((key * Fibonacci) >> hashShift);
            while (true)
            {
                var c = counts[slot];
                if (c == 0)
                {
                    keys[slot] = key;
                    counts[slot] = 1;
                    break;
                }

                if (keys[slot] == key)
                {
                    if (c < cap)
                    {
                        counts[slot] = (byte)(c + 1);
                    }

                    break;
                }

                slot = (slot + 1) & slotMask;
            }
        }
    }

    private int Find(ulong key)
    {
        var slotMask = hashCounts.Length - 1;
        var slot = (int)((key * Fibonacci) >> hashShift);
        while (hashKeys[slot] != key || hashCounts[slot] == 0)
        {
            slot = (slot + 1) & slotMask;
        }

        return slot;
    }

    private void CountGrouped(uint subset, CancellationToken cancellationToken)
    {
        mode = Mode.Grouped;
        var columns = new (int[] Codes, int Cardinality)[BitOperations.PopCount(subset)];
        var i = 0;
        foreach (var j in KeyPatterns.Members(subset))
        {
            columns[i++] = (patterns.Columns[j].CodeArray, patterns.Columns[j].Cardinality);
        }

        groupOfRow = EquivalenceClasses.Group(columns, patterns.RowCount, out groupSizes, out _, cancellationToken);
    }
}
