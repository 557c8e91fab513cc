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

    // Hash and entry index side by side (8 bytes a slot, the whole table in the L2 cache); keys and entries are read only
    // when a hash matches.
    private readonly Slot[] slots;
    private readonly string[] keys;
    private readonly TokenEntry[] values;
    private readonly int mask;

    internal TokenTable(IReadOnlyDictionary<string, TokenEntry> entries)
    {
        var size = 16;
        while (size < entries.Count * 3)
        {
            size <<= 1;
        }

        slots = new Slot[size];
        keys = new string[entries.Count];
        values = new TokenEntry[entries.Count];
        mask = size - 1;
        var index = 0;
        foreach (var (key, value) in entries)
        {
            var hash = Hash(key);
            var slot = (int)(hash & (uint)mask);
            while (slots[slot].Entry != 0)
            {
                slot = (slot + 1) & mask;
            }

            keys[index] = key;
            values[index] = value;
            slots[slot] = new Slot(hash, index + 1);
            index++;
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
        while (true)
        {
            var s = slots[slot];
            if (s.Entry == 0)
            {
                return null;
            }

            if (s.Hash == hash && lowerCaseWord.SequenceEqual(keys[s.Entry - 1]))
            {
                return values[s.Entry - 1];
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>Finds a lower-case word.</summary>
    internal TokenEntry? Find(ReadOnlySpan<char> lowerCaseWord) => Find(lowerCaseWord, Hash(lowerCaseWord));

    /// <summary>A slot: the word's hash and its index + 1 (0 marks an empty slot).</summary>
    private readonly record struct Slot(uint Hash, int Entry);
}
