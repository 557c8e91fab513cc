using System.Numerics;

namespace RiskNotebooks.Registry.Individual;

/// <summary>
/// A set of key positions (bit q set when key q has a value), of any width: one 64-bit word per 64 keys.
/// </summary>
/// <remarks>Equality and ordering compare the bits; two masks of different widths are never compared.</remarks>
internal readonly struct KeyMask : IEquatable<KeyMask>, IComparable<KeyMask>
{
    private readonly ulong[] words;
    private readonly int hash;

    private KeyMask(ulong[] words)
    {
        this.words = words;
        var h = new HashCode();
        foreach (var w in words)
        {
            h.Add(w);
        }

        hash = h.ToHashCode();
    }

    /// <summary>Whether no key is in the set.</summary>
    internal bool IsEmpty => Array.TrueForAll(words, w => w == 0);

    /// <summary>The number of keys in the set.</summary>
    internal int Count
    {
        get
        {
            var count = 0;
            foreach (var w in words)
            {
                count += BitOperations.PopCount(w);
            }

            return count;
        }
    }

    /// <summary>The set of all <paramref name="keyCount"/> keys.</summary>
    internal static KeyMask All(int keyCount)
    {
        var words = new ulong[WordCount(keyCount)];
        for (var q = 0; q < keyCount; q++)
        {
            words[q >> 6] |= 1UL << (q & 63);
        }

        return new KeyMask(words);
    }

    /// <summary>The keys on which a record has a value.</summary>
    internal static KeyMask Present(Data.Column[] columns, int row)
    {
        var words = new ulong[WordCount(columns.Length)];
        for (var q = 0; q < columns.Length; q++)
        {
            if (columns[q].GetCode(row) != Data.Column.MissingCode)
            {
                words[q >> 6] |= 1UL << (q & 63);
            }
        }

        return new KeyMask(words);
    }

    /// <summary>Whether key <paramref name="q"/> is in the set.</summary>
    internal bool Contains(int q) => (words[q >> 6] & (1UL << (q & 63))) != 0;

    /// <summary>The keys in both sets.</summary>
    internal KeyMask And(KeyMask other)
    {
        var result = new ulong[words.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = words[i] & other.words[i];
        }

        return new KeyMask(result);
    }

    public bool Equals(KeyMask other) => words.AsSpan().SequenceEqual(other.words);

    public override bool Equals(object? obj) => obj is KeyMask other && Equals(other);

    public override int GetHashCode() => hash;

    /// <summary>Orders as unsigned numbers (the highest word first), as integer masks did.</summary>
    public int CompareTo(KeyMask other)
    {
        for (var i = words.Length - 1; i >= 0; i--)
        {
            var c = words[i].CompareTo(other.words[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    }

    private static int WordCount(int keyCount) => Math.Max(1, (keyCount + 63) >> 6);
}
