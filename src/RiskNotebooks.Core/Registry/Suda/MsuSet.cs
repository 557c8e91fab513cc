namespace RiskNotebooks.Registry.Suda;

/// <summary>
/// What <see cref="MsuSearch"/> found: the records unique on all keys (candidates, ascending row indices), each one's
/// MSUs as key bit sets, and the number of records in classes of exactly two on all keys.
/// </summary>
internal sealed class MsuSet
{
    private readonly int[] offsets;
    private readonly uint[] masks;

    internal MsuSet(int[] candidates, int[] offsets, uint[] masks, int pairedRecords)
    {
        Candidates = candidates;
        this.offsets = offsets;
        this.masks = masks;
        PairedRecords = pairedRecords;
    }

    /// <summary>Rows whose values on all keys (missing counting as a value) occur in no other row, ascending.</summary>
    internal int[] Candidates { get; }

    /// <summary>Rows in classes of size exactly 2 on all keys.</summary>
    internal int PairedRecords { get; }

    /// <summary>The number of MSUs found.</summary>
    internal int Count => masks.Length;

    /// <summary>The MSUs of the candidate at <paramref name="candidate"/> (an index into <see cref="Candidates"/>).</summary>
    internal ReadOnlySpan<uint> Of(int candidate) => masks.AsSpan(offsets[candidate], offsets[candidate + 1] - offsets[candidate]);
}
