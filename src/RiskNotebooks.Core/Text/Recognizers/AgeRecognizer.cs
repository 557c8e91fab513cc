namespace RiskNotebooks.Text.Recognizers;

/// <summary>Ages: <c>45 år</c>, <c>45 år gammal</c>, <c>45-årig</c>, <c>45-åring</c>, <c>45 års ålder</c>, <c>45-year-old</c>,
/// <c>45 years old</c>, <c>45 years of age</c>, <c>45 y/o</c>, and the number after <c>aged</c>, <c>age</c>, <c>ålder</c>.</summary>
/// <remarks>
/// Ages are 0-120. A Swedish <c>N år</c> is a duration rather than an age after <c>i</c>, <c>sedan</c>, <c>för</c>,
/// <c>under</c>, <c>efter</c>, <c>på</c>, <c>om</c>, <c>inom</c> (and before <c>sedan</c>, <c>senare</c>, <c>tidigare</c>),
/// and is then skipped. Confidence 0.95 for explicit forms (<c>-årig</c>, <c>-year-old</c>), 0.9 after an age word, 0.8
/// for a bare <c>N år</c>.
/// </remarks>
public sealed class AgeRecognizer : IRecognizer
{
    private static readonly string[] DurationWords =
    [
        "i", "sedan", "för", "under", "efter", "på", "om", "inom", "varje", "per", "senaste", "de", "dom", "ca", "cirka", "drygt",
        "nästan", "minst", "max", "mer", "än", "över", "två", "tre", "några", "flera", "många", "hela", "första", "ett", "sista",
    ];

    private static readonly string[] AgeVerbs = ["fyllde", "fyller", "fyllt", "blev", "blir", "är", "var", "vid"];

    private static readonly string[] DurationAfter = ["sedan", "senare", "tidigare", "innan", "framåt", "till", "kvar"];
    private static readonly string[] AgeWordsBefore = ["aged", "age", "ålder", "åldern", "ålder:", "age:", "ages", "åldrarna"];

    /// <inheritdoc/>
    public string Name => "age";

    /// <inheritdoc/>
    public IReadOnlyList<EntityType> EntityTypes { get; } = [EntityType.Age];

    /// <inheritdoc/>
    public void Recognize(ReadOnlySpan<char> text, TextLanguage language, FindingCollector findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var runs = findings.DigitRuns(text).Scan();
        while (runs.MoveNext())
        {
            var start = runs.Start;
            var end = runs.End;
            if (end - start > 3 || !Chars.BoundaryBefore(text, start) || (start > 0 && text[start - 1] is '.' or ',' or '/' or '-' or ':' && start > 1 && Chars.IsDigit(text[start - 2])))
            {
                continue;
            }

            var age = Chars.Number(text[start..end]);
            if (age > 120 || (end < text.Length && (text[end] is '.' or ',' or '/') && end + 1 < text.Length && Chars.IsDigit(text[end + 1])))
            {
                continue;
            }

            // After the number: "-år..."/" år..." or "-year..."/" years..."/" yo"; before it: "aged", "ålder", "age of". Anything else is
            // turned away on one or two characters.
            if (end + 1 < text.Length && text[end] is ' ' or '-' && Chars.ToLower(text[end + 1]) is 'å' or 'y'
                && TryAfter(text, end, out var matchEnd, out var confidence, out var rule))
            {
                findings.Add(EntityType.Age, start, matchEnd, confidence, Name + rule);
                runs.SkipTo(matchEnd);
                continue;
            }

            if (Chars.BoundaryAfter(text, end) && start > 1 && (Chars.IsLetter(text[start - 2]) || text[start - 2] == ':') && IsAgeWordBefore(text, start))
            {
                findings.Add(EntityType.Age, start, end, 0.9, Name + ".after-age-word");
            }
        }
    }

    private static bool IsAgeWordBefore(ReadOnlySpan<char> text, int start)
    {
        var p = start;
        if (p > 0 && text[p - 1] == ' ')
        {
            p--;
        }

        if (p > 0 && text[p - 1] == ':')
        {
            p--;
        }

        var word = Chars.PreviousWord(text, p, out var wordStart);
        if (word.Length == 0)
        {
            return false;
        }

        foreach (var w in AgeWordsBefore)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        // "at the age of 45", "i en ålder av 45"
        if (word.Equals("of", StringComparison.OrdinalIgnoreCase) || word.Equals("av", StringComparison.OrdinalIgnoreCase))
        {
            var before = Chars.PreviousWord(text, wordStart, out _);
            return before.Equals("age", StringComparison.OrdinalIgnoreCase) || before.Equals("ålder", StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }

    private static bool TryAfter(ReadOnlySpan<char> text, int end, out int matchEnd, out double confidence, out string rule)
    {
        matchEnd = end;
        confidence = 0;
        rule = string.Empty;
        var rest = text[end..];

        // Attached forms: "45-årig", "45-åring", "45-year-old", "45-years-old", "45-yr-old".
        if (rest.Length > 1 && rest[0] == '-')
        {
            var word = Word(rest[1..]);
            if (word.StartsWith("åri", StringComparison.OrdinalIgnoreCase) && word.Length is >= 4 and <= 6)
            {
                matchEnd = end + 1 + word.Length;
                confidence = 0.95;
                rule = ".årig";
                return true;
            }

            foreach (var form in (ReadOnlySpan<string>)["year-old", "years-old", "yr-old", "year old"])
            {
                if (rest[1..].StartsWith(form, StringComparison.OrdinalIgnoreCase) && Chars.BoundaryAfter(rest, 1 + form.Length))
                {
                    matchEnd = end + 1 + form.Length;
                    confidence = 0.95;
                    rule = ".year-old";
                    return true;
                }
            }

            return false;
        }

        if (rest.Length < 3 || rest[0] != ' ')
        {
            return false;
        }

        foreach (var form in (ReadOnlySpan<string>)["years old", "year old", "years of age", "yrs old", "y/o", "yo", "y.o."])
        {
            if (rest[1..].StartsWith(form, StringComparison.OrdinalIgnoreCase) && (form[^1] == '.' || Chars.BoundaryAfter(rest, 1 + form.Length)))
            {
                matchEnd = end + 1 + form.Length;
                confidence = form.StartsWith('y') && form.Length <= 4 ? 0.85 : 0.95;
                rule = ".years-old";
                return true;
            }
        }

        if (rest[1..].StartsWith("års ålder", StringComparison.OrdinalIgnoreCase) && Chars.BoundaryAfter(rest, 10))
        {
            matchEnd = end + 10;
            confidence = 0.95;
            rule = ".års-ålder";
            return true;
        }

        if (!rest[1..].StartsWith("år", StringComparison.OrdinalIgnoreCase) || !Chars.BoundaryAfter(rest, 3) || (rest.Length > 3 && rest[3] == '-'))
        {
            return false;
        }

        foreach (var form in (ReadOnlySpan<string>)[" gammal", " gamla", " gammel", " ung"])
        {
            if (rest[3..].StartsWith(form, StringComparison.OrdinalIgnoreCase) && Chars.BoundaryAfter(rest, 3 + form.Length))
            {
                matchEnd = end + 3 + form.Length;
                confidence = 0.95;
                rule = ".år-gammal";
                return true;
            }
        }

        // A bare "N år": an age unless it reads as a duration ("20 år sedan", "i 15 år"); after "fyllde", "är", "blev" it is an age
        // even when "i" follows ("fyllde 52 år i mars").
        var after = rest.Length > 4 && rest[3] == ' ' ? Word(rest[4..]) : [];
        foreach (var w in DurationAfter)
        {
            if (after.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        var previous = Chars.PreviousWord(text, FirstDigit(text, end), out _);
        foreach (var w in AgeVerbs)
        {
            if (previous.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                matchEnd = end + 3;
                confidence = 0.9;
                rule = ".år";
                return true;
            }
        }

        foreach (var w in DurationWords)
        {
            if (previous.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        if (after.Equals("i", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        matchEnd = end + 3;
        confidence = 0.8;
        rule = ".år";
        return true;
    }

    private static int FirstDigit(ReadOnlySpan<char> text, int end)
    {
        var p = end;
        while (p > 0 && Chars.IsDigit(text[p - 1]))
        {
            p--;
        }

        return p;
    }

    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> s)
    {
        var n = 0;
        while (n < s.Length && Chars.IsLetter(s[n]))
        {
            n++;
        }

        return s[..n];
    }
}
