namespace RiskNotebooks.Text.Recognizers;

/// <summary>Telephone numbers: Swedish national formats, other national formats and E.164.</summary>
/// <remarks>
/// <para>A number is a run of digit groups separated by single spaces, hyphens or dots, optionally starting with <c>+</c>
/// (or <c>00</c>) and a country code, with <c>(0)</c> or a parenthesised area code allowed. It is accepted when it has
/// the shape of a real number:</para>
/// <list type="bullet">
/// <item>international (<c>+46 70 123 45 67</c>, <c>+44 20 7946 0958</c>): 8 to 15 digits (ITU-T E.164); for +46 the
/// national number has 7 to 9 digits, for +1 ten; confidence 0.9;</item>
/// <item>Swedish and other national numbers starting with a trunk 0 (<c>070-123 45 67</c>, <c>08-12 34 56</c>,
/// <c>020 7946 0958</c>): 8 to 11 digits, an area code of 2 to 5 digits when grouped; confidence 0.85 grouped, 0.75 as
/// ten bare digits, 0.6 for shorter bare numbers;</item>
/// <item>North American (<c>(415) 555-2671</c>, <c>415-555-2671</c>): 3 + 3 + 4 digits; confidence 0.85 with parentheses,
/// 0.7 otherwise.</item>
/// </list>
/// <para>Numbers shaped like a date (<c>03-03-2024</c>) are left to the date recognizer. A context word (<c>tel</c>,
/// <c>mobil</c>, <c>phone</c> ...) just before adds 0.1.</para>
/// </remarks>
public sealed class PhoneNumberRecognizer : IRecognizer
{
    private const int MaxGroups = 8;

    private static readonly string[] ContextWords =
    [
        "tel", "tel.", "telefon", "telefonnummer", "telnr", "mobil", "mobilnummer", "mobilnr", "ring", "ringa", "sms", "nås", "nummer",
        "phone", "telephone", "mobile", "cell", "call", "number", "fax", "on",
    ];

    /// <inheritdoc/>
    public string Name => "phone";

    /// <inheritdoc/>
    public IReadOnlyList<EntityType> EntityTypes { get; } = [EntityType.Phone];

    /// <inheritdoc/>
    public void Recognize(ReadOnlySpan<char> text, TextLanguage language, FindingCollector findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        Span<int> groups = stackalloc int[MaxGroups];
        Span<char> digits = stackalloc char[16];
        var runs = findings.DigitRuns(text).Scan();
        while (runs.MoveNext())
        {
            var first = runs.Start;
            var start = first;
            var plus = false;
            var parenthesis = false;
            if (first > 0 && text[first - 1] == '+')
            {
                plus = true;
                start = first - 1;
            }
            else if (first > 0 && text[first - 1] == '(')
            {
                parenthesis = true;
                start = first - 1;
            }

            if (!Chars.BoundaryBefore(text, start) || (start > 0 && text[start - 1] is '.' or ',' or '/' or '-' or '+'))
            {
                runs.SkipTo(Chars.DigitRunEnd(text, first));
                continue;
            }

            var end = Parse(text, first, groups, digits, out var groupCount, out var digitCount, out var trunkZero, out var dateLike);
            runs.SkipTo(Math.Max(end, first + 1));
            if (groupCount == 0 || !PersonnummerRecognizer.EndsCleanly(text, end))
            {
                continue;
            }

            var d = digits[..digitCount];
            double confidence;
            string rule;
            if (plus || (d.StartsWith("00") && digitCount > 2 && d[2] != '0'))
            {
                var international = plus ? d : d[2..];
                if (!IsInternational(international, trunkZero))
                {
                    continue;
                }

                confidence = 0.9;
                rule = Name + ".international";
            }
            else if (parenthesis && groupCount == 3 && groups[0] == 3 && groups[1] == 3 && groups[2] == 4 && d[0] >= '2')
            {
                confidence = 0.85;
                rule = Name + ".north-american";
            }
            else if (d[0] == '0' && !parenthesis)
            {
                if (digitCount is < 8 or > 11 || d[1] == '0' || dateLike || (groupCount > 1 && groups[0] is < 2 or > 5))
                {
                    continue;
                }

                confidence = groupCount > 1 ? 0.85 : digitCount == 10 ? 0.75 : 0.6;
                rule = groupCount > 1 ? Name + ".national" : Name + ".national-bare";
            }
            else if (!parenthesis && groupCount == 3 && groups[0] == 3 && groups[1] == 3 && groups[2] == 4 && d[0] >= '2' && d[3] >= '2' && !dateLike)
            {
                confidence = 0.7;
                rule = Name + ".north-american";
            }
            else
            {
                continue;
            }

            if (Chars.WordBefore(text, start, ContextWords, 24))
            {
                confidence = Math.Min(0.97, confidence + 0.1);
            }

            findings.Add(EntityType.Phone, start, end, confidence, rule);
            runs.SkipTo(end);
        }
    }

    /// <summary>Reads digit groups from <paramref name="first"/>; returns the end of the last group.</summary>
    private static int Parse(ReadOnlySpan<char> text, int first, Span<int> groups, Span<char> digits, out int groupCount, out int digitCount, out bool trunkZero, out bool dateLike)
    {
        groupCount = 0;
        digitCount = 0;
        trunkZero = false;
        dateLike = false;
        var separators = 0;
        char firstSeparator = '\0';
        var sameSeparator = true;
        var p = first;
        var end = first;
        while (true)
        {
            var runEnd = Chars.DigitRunEnd(text, p);
            var length = runEnd - p;
            if (length == 0 || groupCount == MaxGroups || digitCount + length > 15)
            {
                break;
            }

            text[p..runEnd].CopyTo(digits[digitCount..]);
            digitCount += length;
            groups[groupCount++] = length;
            end = runEnd;

            // A closing parenthesis after an area code: "(415) 555-2671".
            var q = runEnd;
            if (q < text.Length && text[q] == ')' && groupCount == 1 && first > 0 && text[first - 1] == '(')
            {
                end = q + 1;
                q++;
                if (q < text.Length && text[q] == ' ')
                {
                    q++;
                }

                if (q < text.Length && Chars.IsDigit(text[q]))
                {
                    p = q;
                    continue;
                }

                break;
            }

            // "+46 (0)70": a trunk zero in parentheses.
            if (q + 4 < text.Length && text[q] == ' ' && text[q + 1] == '(' && text[q + 2] == '0' && text[q + 3] == ')')
            {
                trunkZero = true;
                q += 4;
                if (q < text.Length && text[q] == ' ')
                {
                    q++;
                }

                if (q < text.Length && Chars.IsDigit(text[q]))
                {
                    p = q;
                    continue;
                }

                break;
            }

            if (q + 1 < text.Length && text[q] is ' ' or '-' or '.' or '/' && Chars.IsDigit(text[q + 1]))
            {
                if (text[q] == '/')
                {
                    // "3/3/24" and "120/80" are not phone numbers.
                    dateLike = true;
                    break;
                }

                separators++;
                if (firstSeparator == '\0')
                {
                    firstSeparator = text[q];
                }
                else if (text[q] != firstSeparator)
                {
                    sameSeparator = false;
                }

                p = q + 1;
                continue;
            }

            break;
        }

        // "03-03-2024", "3.3.2024": a date, not a number to call.
        if (groupCount == 3 && separators == 2 && sameSeparator && firstSeparator is '-' or '.' && groups[0] <= 2 && groups[1] <= 2 && groups[2] is 2 or 4)
        {
            var a = Chars.Number(digits[..groups[0]]);
            var b = Chars.Number(digits.Slice(groups[0], groups[1]));
            dateLike = (a is >= 1 and <= 31 && b is >= 1 and <= 12) || (b is >= 1 and <= 31 && a is >= 1 and <= 12);
        }
        else if (groupCount == 3 && groups[0] == 4 && groups[1] == 2 && groups[2] == 2)
        {
            dateLike = true; // 2024-03-03
        }

        return end;
    }

    private static bool IsInternational(ReadOnlySpan<char> d, bool trunkZero)
    {
        if (d.Length is < 8 or > 15 || d[0] == '0')
        {
            return false;
        }

        if (d.StartsWith("46"))
        {
            var national = d[2..];
            return national.Length is >= 7 and <= 9 && (national[0] != '0' || trunkZero);
        }

        if (d[0] == '1')
        {
            return d.Length == 11 && d[1] >= '2';
        }

        if (d.StartsWith("44"))
        {
            return d.Length is 11 or 12;
        }

        return true;
    }
}
