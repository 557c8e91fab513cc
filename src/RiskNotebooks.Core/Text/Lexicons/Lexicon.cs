using System.Globalization;
using System.Reflection;

namespace RiskNotebooks.Text.Lexicons;

/// <summary>
/// The gazetteers (names, places), the special-category and occupation lexicons and the context words, in one table of
/// lower-case words, loaded once from the resources shipped in the assembly.
/// </summary>
/// <remarks>
/// One hash lookup per word of the text finds everything the word can be (a first name, a place, the first word of a
/// health term, a context word); word stems are found through two small indexes keyed by a word's first or last four
/// letters, behind a bit filter that rejects almost every word at the cost of one memory read.
/// </remarks>
internal sealed class Lexicon
{
    private static readonly Lazy<Lexicon> Instance = new(() => new Lexicon(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, TokenEntry> entries = new(StringComparer.Ordinal);

    private Lexicon()
    {
        LoadNames("first-names.sv.txt", NameFlags.FirstName);
        LoadNames("first-names.en.txt", NameFlags.FirstName);
        LoadNames("first-names.fi.txt", NameFlags.FirstName);
        LoadNames("first-names.nb.txt", NameFlags.FirstName);
        LoadNames("surnames.sv.txt", NameFlags.Surname);
        LoadNames("surnames.en.txt", NameFlags.Surname);
        LoadNames("surnames.fi.txt", NameFlags.Surname);
        LoadNames("surnames.nb.txt", NameFlags.Surname);
        foreach (var file in (string[])
                 [
                     "countries.sv.txt", "countries.en.txt", "regions.sv.txt", "us-states.en.txt", "uk-counties.en.txt", "cities.tz.txt",
                     "municipalities.sv.txt", "counties.sv.txt",
                 ])
        {
            foreach (var place in Lines(file))
            {
                AddPlace(place);
            }
        }

        foreach (var word in Lines("common-words.sv.txt"))
        {
            Entry(word).Names |= NameFlags.CommonSwedish;
        }

        foreach (var word in Lines("common-words.en.txt"))
        {
            Entry(word).Names |= NameFlags.CommonEnglish;
        }

        foreach (var word in (string[])
                 [
                     "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december",
                     "january", "february", "march", "may", "june", "july", "august", "october", "måndag", "tisdag", "onsdag", "torsdag",
                     "fredag", "lördag", "söndag", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                     "jul", "påsk", "midsommar", "christmas", "easter",
                 ])
        {
            Entry(word).Names |= NameFlags.Calendar;
        }

        LoadTerms("special-categories.sv.tsv", Languages.Swedish);
        LoadTerms("special-categories.en.tsv", Languages.English);
        LoadTerms("professions.sv.tsv", Languages.Swedish);
        LoadTerms("professions.en.tsv", Languages.English);
        LoadContext("context.tsv");
        Lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
        Table = new TokenTable(entries);
    }

    /// <summary>The lexicon of the shipped resources.</summary>
    internal static Lexicon Default => Instance.Value;

    /// <summary>Finds a lower-case word.</summary>
    internal Dictionary<string, TokenEntry>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }

    /// <summary>Finds a lower-case word by the hash the tokenizer computes (the fast path).</summary>
    internal TokenTable Table { get; }

    /// <summary>Terms that are word beginnings (<c>diabet*</c>), by their first letters.</summary>
    internal StemIndex Prefixes { get; } = new(atEnd: false);

    /// <summary>Terms that are compound endings (<c>*cancer</c>), by their last letters.</summary>
    internal StemIndex Suffixes { get; } = new(atEnd: true);

    /// <summary>The number of distinct first names, surnames and places (for documentation and tests).</summary>
    internal (int FirstNames, int Surnames, int Places) GazetteerSizes
        => (entries.Values.Count(e => (e.Names & NameFlags.FirstName) != 0),
            entries.Values.Count(e => (e.Names & NameFlags.Surname) != 0),
            entries.Values.Count(e => (e.Names & NameFlags.Place) != 0) + entries.Values.Sum(e => e.PlacePhrases?.Count ?? 0));

    /// <summary>The lines of a shipped resource, without comments and blank lines.</summary>
    internal static IEnumerable<string> Lines(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The resource {resource} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line;
            }
        }
    }

    private TokenEntry Entry(string lowerCaseWord)
    {
        if (!entries.TryGetValue(lowerCaseWord, out var entry))
        {
            entry = new TokenEntry();
            entries.Add(lowerCaseWord, entry);
        }

        return entry;
    }

    private static string Lower(string s) => s.ToLowerInvariant();

    private void LoadNames(string resource, NameFlags flag)
    {
        foreach (var name in Lines(resource))
        {
            // Names of several words or with an apostrophe are left out: the scanner reads a name word by word.
            if (name.Contains(' ') || name.Contains('\'') || name.Length < 2)
            {
                continue;
            }

            Entry(Lower(name)).Names |= flag;
        }
    }

    private void AddPlace(string place)
    {
        var words = Lower(place).Split([' '], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words[0].Length < 2)
        {
            return;
        }

        if (words.Length == 1)
        {
            Entry(words[0]).Names |= NameFlags.Place;
            return;
        }

        var entry = Entry(words[0]);
        entry.PlacePhrases ??= [];
        if (!entry.PlacePhrases.Any(p => p.AsSpan().SequenceEqual(words.AsSpan(1))))
        {
            entry.PlacePhrases.Add(words[1..]);
        }
    }

    private void LoadTerms(string resource, Languages languages)
    {
        var language = languages == Languages.Swedish ? "sv" : "en";
        foreach (var line in Lines(resource))
        {
            var parts = line.Split('\t');
            if (parts.Length != 3)
            {
                throw new InvalidOperationException($"{resource}: a line does not have three tab-separated columns.");
            }

            var (type, role) = parts[0] switch
            {
                "profession" => (EntityType.Profession, TermRole.Plain),
                "profession-rare" => (EntityType.Profession, TermRole.RareProfession),
                "profession-care" => (EntityType.Profession, TermRole.CareProfession),
                var category => EntityTypes.TryParse(category, out var t) && EntityTypes.KindOf(t) == EntityKind.SpecialCategory
                    ? (t, TermRole.Plain)
                    : throw new InvalidOperationException($"{resource}: unknown category {category}."),
            };
            var confidence = double.Parse(parts[1], CultureInfo.InvariantCulture);
            var term = parts[2];
            var stem = StemKind.None;
            if (term.StartsWith('*'))
            {
                stem = StemKind.Suffix;
                term = term[1..];
            }
            else if (term.EndsWith('*'))
            {
                stem = StemKind.Prefix;
                term = term[..^1];
            }

            var caseSensitive = term.Any(char.IsUpper);
            var words = (caseSensitive ? term : Lower(term)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var rule = $"lexicon.{parts[0]}.{language}";
            var lexiconTerm = new LexiconTerm(type, confidence, languages, words[0], words[1..], caseSensitive, stem, role, rule);
            if (stem != StemKind.None && words.Length == 1)
            {
                (stem == StemKind.Prefix ? Prefixes : Suffixes).Add(Lower(words[0]), lexiconTerm);
                continue;
            }

            var entry = Entry(Lower(words[0]));
            entry.Terms ??= [];
            entry.Terms.Add(lexiconTerm);
        }
    }

    private void LoadContext(string resource)
    {
        foreach (var line in Lines(resource))
        {
            var parts = line.Split('\t');
            var languages = parts[0] == "sv" ? Languages.Swedish : Languages.English;
            var kind = parts[1] switch
            {
                "person" => ContextFlags.Person,
                "title" => ContextFlags.Title,
                "place" => ContextFlags.Place,
                "place-strong" => ContextFlags.PlaceStrong,
                "place-preposition" => ContextFlags.PlacePreposition,
                "job" => ContextFlags.Job,
                var other => throw new InvalidOperationException($"{resource}: unknown context kind {other}."),
            };
            var words = Lower(parts[2]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var entry = Entry(words[0]);
            if (words.Length == 1)
            {
                if (languages == Languages.Swedish)
                {
                    entry.SwedishContext |= kind;
                }
                else
                {
                    entry.EnglishContext |= kind;
                }
            }
            else
            {
                entry.ContextPhrases ??= [];
                entry.ContextPhrases.Add((languages, kind, words[1..]));
            }
        }
    }
}
