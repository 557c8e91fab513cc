using RiskNotebooks.Text.Lexicons;

namespace RiskNotebooks.Text.Recognizers;

/// <summary>A word of a text as <see cref="LexiconTokenizer"/> reads it: its span, shape, lexicon entry and hashes.</summary>
internal struct WordToken
{
    /// <summary>Where the word starts in the text.</summary>
    public int Start;

    /// <summary>Where the word ends (exclusive).</summary>
    public int End;

    /// <summary>The lexicon's entry for the lower-case word, if any.</summary>
    public TokenEntry? Entry;

    /// <summary>What the word can be as a name or a place (with a Swedish genitive or hyphenated parts read through).</summary>
    public NameFlags Names;

    /// <summary>The context the word gives (in the document's language), including phrases that end on it.</summary>
    public ContextFlags Context;

    /// <summary>How the word is written and where it stands.</summary>
    public WordShape Shape;

    /// <summary>Part of a special-category or occupation term already found.</summary>
    public bool Special;

    /// <summary>The lower-case word's hash (0 for a word too long to look up).</summary>
    public uint Hash;

    /// <summary>The hash without a final <c>s</c>, for a capitalised word of four or more letters ending in one; else 0.</summary>
    public uint GenitiveHash;

    /// <summary>The key of the word's first four letters for the stem indexes (0 for a shorter word).</summary>
    public ulong PrefixKey;

    /// <summary>The key of the word's last four letters.</summary>
    public ulong SuffixKey;
}
