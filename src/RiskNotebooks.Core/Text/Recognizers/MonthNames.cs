using System.Collections.Frozen;

namespace RiskNotebooks.Text.Recognizers;

/// <summary>Swedish and English month names, full and abbreviated (with or without a dot).</summary>
internal static class MonthNames
{
    private static readonly (string Name, int Month)[] Names =
    [
        ("januari", 1), ("februari", 2), ("mars", 3), ("april", 4), ("maj", 5), ("juni", 6), ("juli", 7), ("augusti", 8),
        ("september", 9), ("oktober", 10), ("november", 11), ("december", 12),
        ("january", 1), ("february", 2), ("march", 3), ("may", 5), ("june", 6), ("july", 7), ("august", 8), ("october", 10),
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9),
        ("okt", 10), ("oct", 10), ("nov", 11), ("dec", 12),
    ];

    private static readonly FrozenDictionary<string, int> ByName = Names.ToFrozenDictionary(n => n.Name, n => n.Month, StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Lookup = ByName.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> Seasons = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        ["våren", "sommaren", "hösten", "vintern", "spring", "summer", "autumn", "fall", "winter"]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SeasonLookup = Seasons.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a word is a season (<c>våren</c>, <c>autumn</c>): with a year it dates an event to a quarter.</summary>
    internal static bool IsSeason(ReadOnlySpan<char> word) => word.Length is >= 4 and <= 8 && SeasonLookup.Contains(word);

    /// <summary>The month of a word (case-insensitive), or 0.</summary>
    internal static int Parse(ReadOnlySpan<char> word)
    {
        // Every month name starts with one of these letters: most words are turned away without a lookup.
        if (word.Length is < 3 or > 9 || (Chars.ToLower(word[0]) is not ('j' or 'f' or 'm' or 'a' or 's' or 'o' or 'n' or 'd')))
        {
            return 0;
        }

        return Lookup.TryGetValue(word, out var month) ? month : 0;
    }

    /// <summary>A month name starting at <paramref name="start"/>: its month and end (after an abbreviation's dot), or 0.</summary>
    internal static int ParseAt(ReadOnlySpan<char> text, int start, out int end)
    {
        end = start;
        while (end < text.Length && Chars.IsLetter(text[end]) && end - start <= 9)
        {
            end++;
        }

        var month = Parse(text[start..end]);
        if (month == 0)
        {
            return 0;
        }

        if (end - start <= 4 && end < text.Length && text[end] == '.')
        {
            end++;
        }

        return month;
    }
}
