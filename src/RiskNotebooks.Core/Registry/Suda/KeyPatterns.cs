using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using RiskNotebooks.Data;

namespace RiskNotebooks.Registry.Suda;

/// <summary>
/// The key codes of every record, packed into one 64-bit word per record when they fit (each key in as few bits as its
/// cardinality needs), so that a record's pattern on any subset of the keys is a single bit extraction.
/// </summary>
/// <remarks>
/// A subset of the keys is a bit set over key indices (bit j = key j). Code 0 (missing) is packed like any other code:
/// counting treats a missing value as a value of its own, and the MSU search excludes a record's own missing keys.
/// When the codes need more than 64 bits, <see cref="IsPacked"/> is false and <see cref="PatternCounter"/> groups each
/// subset with <see cref="EquivalenceClasses.Group"/> instead.
/// </remarks>
internal sealed class KeyPatterns
{
    private readonly int[] offsets;
    private readonly int[] widths;
    private readonly ulong[]? packed;

    internal KeyPatterns(Column[] columns, int rowCount)
    {
        Columns = columns;
        RowCount = rowCount;
        offsets = new int[columns.Length];
        widths = new int[columns.Length];
        var total = 0;
        for (var j = 0; j < columns.Length; j++)
        {
            offsets[j] = total;
            widths[j] = 32 - BitOperations.LeadingZeroCount((uint)(columns[j].Cardinality - 1));
            total += widths[j];
        }

        if (total <= 64)
        {
            packed = new ulong[rowCount];
            Parallel.For(0, (rowCount + ChunkSize - 1) / ChunkSize, chunk =>
            {
                var start = chunk * ChunkSize;
                var end = Math.Min(rowCount, start + ChunkSize);
                for (var j = 0; j < columns.Length; j++)
                {
                    var codes = columns[j].Codes;
                    var shift = offsets[j];
                    for (var r = start; r < end; r++)
                    {
                        packed[r] |= (ulong)(uint)codes[r] << shift;
                    }
                }
            });
        }
    }

    private const int ChunkSize = 1 << 16;

    internal Column[] Columns { get; }

    internal int KeyCount => Columns.Length;

    internal int RowCount { get; }

    /// <summary>Whether all codes of a record fit in one 64-bit word.</summary>
    internal bool IsPacked => packed is not null;

    /// <summary>The packed codes of every record (only when <see cref="IsPacked"/>).</summary>
    internal ReadOnlySpan<ulong> Packed => packed;

    /// <summary>The bits of the packed word that hold the keys of a subset.</summary>
    internal ulong BitMask(uint subset)
    {
        var mask = 0UL;
        foreach (var j in Members(subset))
        {
            mask |= ((1UL << widths[j]) - 1) << offsets[j]; // widths are at most 31
        }

        return mask;
    }

    /// <summary>The number of bits a subset's pattern takes.</summary>
    internal int BitCount(uint subset)
    {
        var bits = 0;
        foreach (var j in Members(subset))
        {
            bits += widths[j];
        }

        return bits;
    }

    /// <summary>A record's pattern on the keys of <paramref name="mask"/>, as a number below 2^popcount(mask).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Extract(ulong packedCodes, ulong mask)
        => Bmi2.X64.IsSupported ? Bmi2.X64.ParallelBitExtract(packedCodes, mask) : ExtractBySoftware(packedCodes, mask);

    /// <summary><see cref="Extract"/> without BMI2: copies each run of consecutive mask bits (a key, or adjacent keys) in one step.</summary>
    internal static ulong ExtractBySoftware(ulong packedCodes, ulong mask)
    {
        var result = 0UL;
        var outBit = 0;
        while (mask != 0)
        {
            var start = BitOperations.TrailingZeroCount(mask);
            var length = BitOperations.TrailingZeroCount(~(mask >> start));
            var run = length == 64 ? ulong.MaxValue : (1UL << length) - 1;
            result |= ((packedCodes >> start) & run) << outBit;
            outBit += length;
            mask = start + length == 64 ? 0 : mask & ~(run << start);
        }

        return result;
    }

    /// <summary>The key indices in a subset, ascending.</summary>
    internal static IEnumerable<int> Members(uint subset)
    {
        while (subset != 0)
        {
            yield return BitOperations.TrailingZeroCount(subset);
            subset &= subset - 1;
        }
    }
}
