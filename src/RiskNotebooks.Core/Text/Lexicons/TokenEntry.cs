namespace RiskNotebooks.Text.Lexicons;

/// <summary>Everything the lexicon knows about one lower-case word.</summary>
internal sealed class TokenEntry
{
    internal NameFlags Names { get; set; }

    internal ContextFlags SwedishContext { get; set; }

    internal ContextFlags EnglishContext { get; set; }

    /// <summary>Terms (special categories, occupations) whose first word this is.</summary>
    internal List<LexiconTerm>? Terms { get; set; }

    /// <summary>Places of several words that start with this word, as their following lower-case words.</summary>
    internal List<string[]>? PlacePhrases { get; set; }

    /// <summary>Context phrases of several words that start with this word.</summary>
    internal List<(Languages Languages, ContextFlags Kind, string[] Words)>? ContextPhrases { get; set; }

    internal ContextFlags Context(TextLanguage language) => language == TextLanguage.Swedish ? SwedishContext : EnglishContext;
}

/// <summary>Which gazetteers a word is in.</summary>
[Flags]
internal enum NameFlags
{
    None = 0,
    FirstName = 1,
    Surname = 2,
    Place = 4,
    CommonSwedish = 8,
    CommonEnglish = 16,
    Calendar = 32,
    Name = FirstName | Surname,
}

/// <summary>What a context word supports.</summary>
[Flags]
internal enum ContextFlags
{
    None = 0,
    Person = 1,
    Title = 2,
    Place = 4,
    PlaceStrong = 8,
    PlacePreposition = 16,
    Job = 32,
}
