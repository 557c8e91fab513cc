namespace RiskNotebooks.Text;

/// <summary>The language of a text, which decides the lexicons and context words that apply to it.</summary>
public enum TextLanguage
{
    /// <summary>Detect the language of each document from its most frequent function words (Swedish or English).</summary>
    Auto,

    /// <summary>Swedish.</summary>
    Swedish,

    /// <summary>English.</summary>
    English,
}
