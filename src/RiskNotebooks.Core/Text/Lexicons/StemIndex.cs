namespace RiskNotebooks.Text.Lexicons;

/// <summary>
/// Word stems keyed by three letters (the first three of a prefix stem, the last three of a compound ending), behind a
/// 65,536-bit filter so that a word that matches no stem costs one memory read.
/// </summary>
internal sealed class StemIndex
{
    private readonly ulong[] filter = new ulong[1024];
    private readonly Dictionary<ulong, List<(string Stem, LexiconTerm Term)>> stems = [];

    internal void Add(string lowerCaseStem, LexiconTerm term, bool atEnd)
    {
        if (lowerCaseStem.Length < 3)
        {
            throw new InvalidOperationException("A word stem needs at least three letters.");
        }

        var key = atEnd ? Key(lowerCaseStem.AsSpan(lowerCaseStem.Length - 3)) : Key(lowerCaseStem.AsSpan(0, 3));
        var bit = Hash(key);
        filter[bit >> 6] |= 1UL << (int)(bit & 63);
        if (!stems.TryGetValue(key, out var list))
        {
            stems[key] = list = [];
        }

        list.Add((lowerCaseStem, term));
    }

    /// <summary>The stems whose key is the three lower-case letters given, or null.</summary>
    internal List<(string Stem, LexiconTerm Term)>? Candidates(ReadOnlySpan<char> threeLowerCaseLetters)
    {
        var key = Key(threeLowerCaseLetters);
        var bit = Hash(key);
        if ((filter[bit >> 6] & (1UL << (int)(bit & 63))) == 0)
        {
            return null;
        }

        return stems.GetValueOrDefault(key);
    }

    private static ulong Key(ReadOnlySpan<char> three) => three[0] | ((ulong)three[1] << 16) | ((ulong)three[2] << 32);

    private static uint Hash(ulong key) => (uint)((key * 0x9E3779B97F4A7C15UL) >> 48);
}
