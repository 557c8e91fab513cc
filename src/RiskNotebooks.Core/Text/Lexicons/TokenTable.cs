using System.Runtime.CompilerServices;

namespace RiskNotebooks.Text.Lexicons;

/// <summary>
/// The lexicon's words in an open-addressing hash table keyed by a hash the tokenizer computes while it lower-cases a
/// word, so that a lookup costs one probe and one comparison, with no second pass over the word.
/// </summary>
internal sealed class TokenTable
{
    private const uint Seed = 2166136261;
    private const uint Prime = 16777619;

    private readonly string[] keys;
    private readonly uint[] hashes;
    private readonly TokenEntry?[] values;
    private readonly int mask;

    internal TokenTable(IReadOnlyDictionary<string, TokenEntry> entries)
    {
        var size = 16;
        while (size < entries.Count * 3)
        {
            size <<= 1;
        }

        keys = new string[size];
        hashes = new uint[size];
        values = new TokenEntry?[size];
        mask = size - 1;
        foreach (var (key, value) in entries)
        {
            var hash = Hash(key);
            var slot = (int)(hash & (uint)mask);
            while (values[slot] is not null)
            {
                slot = (slot + 1) & mask;
            }

            keys[slot] = key;
            hashes[slot] = hash;
            values[slot] = value;
        }
    }

    /// <summary>The starting value of a word's hash.</summary>
    internal static uint Start => Seed;

    /// <summary>Adds a lower-case character to a hash (FNV-1a).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint Add(uint hash, char lowerCase) => (hash ^ lowerCase) * Prime;

    /// <summary>The hash of a lower-case word.</summary>
    internal static uint Hash(ReadOnlySpan<char> lowerCaseWord)
    {
        var hash = Seed;
        foreach (var c in lowerCaseWord)
        {
            hash = Add(hash, c);
        }

        return hash;
    }

    /// <summary>Finds a lower-case word whose hash is <paramref name="hash"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal TokenEntry? Find(ReadOnlySpan<char> lowerCaseWord, uint hash)
    {
        var slot = (int)(hash & (uint)mask);
        while (values[slot] is { } value)
        {
            if (hashes[slot] == hash && lowerCaseWord.SequenceEqual(keys[slot]))
            {
                return value;
            }

            slot = (slot + 1) & mask;
        }

        return null;
    }

    /// <summary>Finds a lower-case word.</summary>
    internal TokenEntry? Find(ReadOnlySpan<char> lowerCaseWord) => Find(lowerCaseWord, Hash(lowerCaseWord));
}
