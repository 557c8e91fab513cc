namespace RiskNotebooks.Text.Lexicons;

/// <summary>A term of a lexicon (a special category or an occupation), possibly of several words or a word stem.</summary>
internal sealed class LexiconTerm
{
    internal LexiconTerm(EntityType type, double confidence, Languages languages, string first, string[] rest, bool caseSensitive, StemKind stem, TermRole role, string rule)
    {
        Type = type;
        Confidence = confidence;
        Languages = languages;
        First = first;
        Rest = rest;
        CaseSensitive = caseSensitive;
        Stem = stem;
        Role = role;
        Rule = rule;
    }

    internal EntityType Type { get; }

    internal double Confidence { get; }

    internal Languages Languages { get; }

    /// <summary>The first word (lower case unless <see cref="CaseSensitive"/>; without the stem star).</summary>
    internal string First { get; }

    /// <summary>The following words; the last may be a prefix stem when <see cref="Stem"/> is <see cref="StemKind.Prefix"/> and there are several words.</summary>
    internal string[] Rest { get; }

    internal bool CaseSensitive { get; }

    internal StemKind Stem { get; }

    internal TermRole Role { get; }

    internal string Rule { get; }
}

/// <summary>How a lexicon term's word matches.</summary>
internal enum StemKind
{
    /// <summary>The whole word.</summary>
    None,

    /// <summary>Words that start with the term (<c>diabet*</c>).</summary>
    Prefix,

    /// <summary>Compounds that end with the term (<c>*cancer</c>).</summary>
    Suffix,
}

/// <summary>What an occupation term says about a person.</summary>
internal enum TermRole
{
    /// <summary>A special-category term, or an ordinary occupation.</summary>
    Plain,

    /// <summary>An occupation few people hold.</summary>
    RareProfession,

    /// <summary>Health and care staff: counted as the person's occupation only after a job word.</summary>
    CareProfession,
}

/// <summary>The languages a lexicon entry applies to.</summary>
[Flags]
internal enum Languages
{
    None = 0,
    Swedish = 1,
    English = 2,
    Both = Swedish | English,
}
