namespace RiskNotebooks.Text.Lexicons;

/// <summary>
/// Word stems keyed by four letters at one end of a word (the first four of a prefix stem, the last four of a compound
/// ending). A 65,536-bit filter in front means a word that matches no stem costs one memory read.
/// </summary>
internal sealed class StemIndex
{
    private readonly ulong[] filter = new ulong[1024];
    private readonly Dictionary<ulong, List<(string Stem, LexiconTerm Term)>> stems = [];
    private readonly bool atEnd;

    /// <summary>The number of letters in a key.</summary>
    internal const int KeyLength = 4;

    internal StemIndex(bool atEnd) => this.atEnd = atEnd;

    internal void Add(string lowerCaseStem, LexiconTerm term)
    {
        if (lowerCaseStem.Length < KeyLength)
        {
            throw new InvalidOperationException($"A word stem needs at least {KeyLength} letters; list shorter words whole.");
        }

        const int n = KeyLength;
        var key = Key(atEnd ? lowerCaseStem.AsSpan(lowerCaseStem.Length - n) : lowerCaseStem.AsSpan(0, n));
        var bit = Hash(key);
        filter[bit >> 6] |= 1UL << (int)(bit & 63);
        if (!stems.TryGetValue(key, out var list))
        {
            stems[key] = list = [];
        }

        list.Add((lowerCaseStem, term));
    }

    /// <summary>Whether any stem may have this key (false: certainly none).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal bool MayContain(ulong key)
    {
        var bit = Hash(key);
        return (filter[bit >> 6] & (1UL << (int)(bit & 63))) != 0;
    }

    /// <summary>The stems whose key is <paramref name="key"/> (see <see cref="Key(ReadOnlySpan{char})"/>), or null.</summary>
    internal List<(string Stem, LexiconTerm Term)>? Candidates(ulong key)
    {
        var bit = Hash(key);
        if ((filter[bit >> 6] & (1UL << (int)(bit & 63))) == 0)
        {
            return null;
        }

        return stems.GetValueOrDefault(key);
    }

    /// <summary>The key of four lower-case letters.</summary>
    internal static ulong Key(ReadOnlySpan<char> letters)
    {
        var key = (ulong)letters.Length;
        foreach (var c in letters)
        {
            key = (key << 16) | c;
        }

        return key;
    }

    private static uint Hash(ulong key) => (uint)((key * 0x9E3779B97F4A7C15UL) >> 48);
}
