namespace RiskNotebooks.Text.Recognizers;

/// <summary>Street addresses with a house number: Swedish (<c>Storgatan 12</c>, <c>Björkvägen 3B</c>,
/// <c>Drottning Kristinas väg 7</c>) and English (<c>221B Baker Street</c>, <c>12 Elm Rd</c>).</summary>
/// <remarks>
/// <para>Swedish: a capitalised word ending in a street suffix (<c>-gatan</c>, <c>-vägen</c>, <c>-gränd</c>, <c>-stigen</c>,
/// <c>-allén</c>, <c>-torget</c>, <c>-backen</c>, <c>-leden</c>, <c>-gången</c>, <c>-kajen</c>, <c>-slingan</c>, ...), or a
/// separate <c>väg</c>/<c>gata</c>/<c>gränd</c> after capitalised words, then a house number of 1-4 digits and an optional
/// letter. English: a house number (with an optional letter), one to four capitalised words, and a street word (Street,
/// St, Road, Rd, Avenue, Lane, Drive, Way, Close, Court, Place, Boulevard, Terrace, Crescent, Square, Gardens, Grove,
/// Row, Mews). Confidence 0.9. The house number makes the difference: without one the street is a place (see
/// <see cref="LexiconRecognizer"/>).</para>
/// </remarks>
public sealed class StreetAddressRecognizer : IRecognizer
{
    /// <summary>Endings of Swedish street names (lower case).</summary>
    internal static readonly string[] SwedishSuffixes =
    [
        "gatan", "vägen", "gränd", "gränden", "stigen", "allén", "torget", "backen", "leden", "gången", "kajen", "slingan",
        "stråket", "esplanaden", "promenaden", "plan", "platsen", "gata", "väg", "torg",
    ];

    private static readonly string[] SeparateSwedishWords = ["väg", "gata", "gränd", "torg", "allé", "plan"];

    private static readonly string[] SwedishPrefixWords = ["stora", "lilla", "norra", "södra", "östra", "västra", "gamla", "nya", "sankt", "övre", "nedre"];

    private static readonly string[] EnglishStreetWords =
    [
        "Street", "St", "Road", "Rd", "Avenue", "Ave", "Lane", "Ln", "Drive", "Dr", "Way", "Close", "Court", "Ct", "Place", "Pl",
        "Boulevard", "Blvd", "Terrace", "Crescent", "Square", "Gardens", "Grove", "Row", "Mews", "Parade", "Walk",
    ];

    /// <inheritdoc/>
    public string Name => "street-address";

    /// <inheritdoc/>
    public IReadOnlyList<EntityType> EntityTypes { get; } = [EntityType.StreetAddress];

    /// <inheritdoc/>
    public void Recognize(ReadOnlySpan<char> text, TextLanguage language, FindingCollector findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var runs = findings.DigitRuns(text).Scan();
        while (runs.MoveNext())
        {
            var start = runs.Start;
            var end = runs.End;
            if (!Chars.BoundaryBefore(text, start) || end - start > 5 || text[start] == '0')
            {
                continue;
            }

            var numberEnd = HouseNumberEnd(text, end);
            if (numberEnd < 0)
            {
                continue;
            }

            if (end - start <= 4 && TrySwedish(text, start, out var streetStart))
            {
                findings.Add(EntityType.StreetAddress, streetStart, numberEnd, 0.9, Name + ".se");
                runs.SkipTo(numberEnd);
                continue;
            }

            if (TryEnglish(text, numberEnd, out var englishEnd))
            {
                findings.Add(EntityType.StreetAddress, start, englishEnd, 0.9, Name + ".en");
                runs.SkipTo(englishEnd);
            }
        }
    }

    /// <summary>The end of a house number whose digits end at <paramref name="digitsEnd"/> (with an optional letter), or -1.</summary>
    private static int HouseNumberEnd(ReadOnlySpan<char> text, int digitsEnd)
    {
        if (digitsEnd < text.Length && Chars.IsLetter(text[digitsEnd]))
        {
            // "3B" but not "3rd" or "12mg".
            return digitsEnd + 1 < text.Length && Chars.IsLetterOrDigit(text[digitsEnd + 1]) ? -1 : digitsEnd + 1;
        }

        return digitsEnd < text.Length && Chars.IsDigit(text[digitsEnd]) ? -1 : digitsEnd;
    }

    private static bool TrySwedish(ReadOnlySpan<char> text, int number, out int streetStart)
    {
        streetStart = number;
        if (number < 2 || text[number - 1] != ' ')
        {
            return false;
        }

        var word = Chars.PreviousWord(text, number, out var wordStart);
        if (word.Length < 3 || !Chars.BoundaryBefore(text, wordStart))
        {
            return false;
        }

        var separate = false;
        foreach (var s in SeparateSwedishWords)
        {
            if (word.Equals(s, StringComparison.OrdinalIgnoreCase))
            {
                separate = true;
                break;
            }
        }

        if (separate)
        {
            // "Drottning Kristinas väg 7": capitalised words before the street word.
            var first = wordStart;
            var words = 0;
            while (words < 3)
            {
                var before = Chars.PreviousWord(text, first, out var beforeStart);
                if (before.Length == 0 || !Chars.IsUpper(before[0]) || beforeStart + before.Length != first - 1 || text[first - 1] != ' ')
                {
                    break;
                }

                first = beforeStart;
                words++;
            }

            streetStart = first;
            return words > 0;
        }

        if (!Chars.IsUpper(word[0]) || !EndsWithSuffix(word))
        {
            return false;
        }

        streetStart = wordStart;

        // "Stora Nygatan 5", "Södra vägen 3": a directional or size word belongs to the name.
        var previous = Chars.PreviousWord(text, wordStart, out var previousStart);
        if (previous.Length > 0 && previousStart + previous.Length == wordStart - 1 && Chars.IsUpper(previous[0]))
        {
            foreach (var p in SwedishPrefixWords)
            {
                if (previous.Equals(p, StringComparison.OrdinalIgnoreCase))
                {
                    streetStart = previousStart;
                    break;
                }
            }
        }

        return true;
    }

    /// <summary>Whether a word ends in a Swedish street suffix and is longer than it (a compound such as <c>Storgatan</c>).</summary>
    internal static bool EndsWithSuffix(ReadOnlySpan<char> word)
    {
        if (word.Length < 5 || Chars.ToLower(word[^1]) is not ('n' or 'd' or 't' or 'a' or 'g'))
        {
            return false;
        }

        foreach (var s in SwedishSuffixes)
        {
            if (word.Length > s.Length + 1 && word.EndsWith(s, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryEnglish(ReadOnlySpan<char> text, int numberEnd, out int end)
    {
        end = numberEnd;
        var p = numberEnd;
        for (var words = 0; words < 5; words++)
        {
            if (p + 1 >= text.Length || text[p] != ' ' || !Chars.IsUpper(text[p + 1]))
            {
                return false;
            }

            var wordStart = p + 1;
            var wordEnd = wordStart;
            while (wordEnd < text.Length && (Chars.IsLetter(text[wordEnd]) || text[wordEnd] == '\''))
            {
                wordEnd++;
            }

            var word = text[wordStart..wordEnd];
            if (words > 0)
            {
                foreach (var s in EnglishStreetWords)
                {
                    if (word.Equals(s, StringComparison.Ordinal))
                    {
                        end = wordEnd;
                        return Chars.BoundaryAfter(text, end);
                    }
                }
            }

            p = wordEnd;
        }

        return false;
    }
}
