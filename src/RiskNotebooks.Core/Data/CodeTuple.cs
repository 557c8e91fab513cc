namespace RiskNotebooks.Data;

/// <summary>A tuple of codes compared by value: the dictionary key of a pattern of several columns' codes.</summary>
/// <remarks>The array is not copied: do not change it while the key is in use.</remarks>
internal readonly struct CodeTuple : IEquatable<CodeTuple>
{
    private readonly int[] codes;
    private readonly int hash;

    /// <summary>Wraps codes.</summary>
    /// <param name="codes">The codes (kept, not copied).</param>
    internal CodeTuple(int[] codes)
    {
        this.codes = codes;
        var h = default(HashCode);
        foreach (var c in codes)
        {
            h.Add(c);
        }

        hash = h.ToHashCode();
    }

    public bool Equals(CodeTuple other) => codes.AsSpan().SequenceEqual(other.codes);

    public override bool Equals(object? obj) => obj is CodeTuple other && Equals(other);

    public override int GetHashCode() => hash;
}
