namespace RiskNotebooks.Text.Recognizers;

/// <summary>How a word of <see cref="LexiconTokenizer"/> is written, and where it stands.</summary>
[Flags]
internal enum WordShape : byte
{
    /// <summary>Lower case, inside a sentence.</summary>
    None = 0,

    /// <summary>Starts with a capital letter.</summary>
    Capitalised = 1,

    /// <summary>Two or more letters, all capitals.</summary>
    AllCaps = 2,

    /// <summary>The first word of a sentence (or line, or list item).</summary>
    SentenceStart = 4,

    /// <summary>Letters joined by a hyphen (<c>Anna-Karin</c>).</summary>
    Hyphenated = 8,

    /// <summary>Has a digit.</summary>
    Digits = 16,
}
