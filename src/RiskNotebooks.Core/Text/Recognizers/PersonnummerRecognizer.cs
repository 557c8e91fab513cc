namespace RiskNotebooks.Text.Recognizers;

/// <summary>
/// Swedish personal identity numbers (personnummer) and co-ordination numbers (samordningsnummer), validated.
/// </summary>
/// <remarks>
/// <para>Forms: <c>YYMMDD-NNNC</c>, <c>YYMMDD+NNNC</c> (<c>+</c> from the year a person turns 100), <c>YYYYMMDD-NNNC</c>,
/// and the same without a separator (<c>YYMMDDNNNC</c>, <c>YYYYMMDDNNNC</c>). The date must exist (in the 19th, 20th or 21st
/// century for the 10-digit form) and C must be the Luhn check digit of the 10-digit form (Skatteverket, SKV 704). A
/// samordningsnummer has 60 added to the day of birth (SKV 707).</para>
/// <para>Confidence: 0.99 with a separator, 0.85 without one (a 10-digit number passes both checks by chance about
/// once in 300; 0.6 for ten digits starting with 0, the shape of a mobile number), 0.99 without one when a context word (<c>personnummer</c>, <c>pnr</c>, <c>personal identity number</c>
/// ...) comes just before.</para>
/// </remarks>
public sealed class PersonnummerRecognizer : IRecognizer
{
    private static readonly string[] ContextWords =
    [
        "personnummer", "personnr", "pnr", "p-nr", "pers.nr", "samordningsnummer", "samordningsnr", "identity", "id", "number",
        "nummer", "nr", "födelsenummer", "patient", "patienten", "pat",
    ];

    /// <inheritdoc/>
    public string Name => "personnummer";

    /// <inheritdoc/>
    public IReadOnlyList<EntityType> EntityTypes { get; } = [EntityType.Personnummer, EntityType.Samordningsnummer];

    /// <inheritdoc/>
    public void Recognize(ReadOnlySpan<char> text, TextLanguage language, FindingCollector findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        Span<char> digits = stackalloc char[12];
        var runs = findings.DigitRuns(text).Scan();
        while (runs.MoveNext())
        {
            var start = runs.Start;
            var end = runs.End;
            if (!Chars.BoundaryBefore(text, start) || (start > 0 && text[start - 1] is '+' or '.' or '/' or ','))
            {
                continue;
            }

            var length = end - start;
            int matchEnd;
            bool separated;
            var plus = false;
            if ((length == 6 || length == 8) && end + 5 <= text.Length && text[end] is '-' or '+'
                && Chars.DigitRunEnd(text, end + 1) == end + 5 && EndsCleanly(text, end + 5))
            {
                plus = text[end] == '+';
                text[start..end].CopyTo(digits);
                text[(end + 1)..(end + 5)].CopyTo(digits[length..]);
                length += 4;
                matchEnd = end + 5;
                separated = true;
            }
            else if ((length == 10 || length == 12) && EndsCleanly(text, end))
            {
                text[start..end].CopyTo(digits);
                matchEnd = end;
                separated = false;
            }
            else
            {
                continue;
            }

            if (Classify(digits[..length], plus) is not { } type)
            {
                continue;
            }

            // Ten bare digits starting with 0 are also the shape of a Swedish phone number (070...): weaker without context.
            var confidence = separated ? 0.99 : Chars.WordBefore(text, start, ContextWords) ? 0.99 : length == 10 && text[start] == '0' ? 0.6 : 0.85;
            findings.Add(type, start, matchEnd, confidence, separated ? Name : Name + ".no-separator");
            runs.SkipTo(matchEnd);
        }
    }

    /// <summary>
    /// Whether 10 or 12 digits are a valid personnummer or samordningsnummer: a real date (day + 60 for a samordningsnummer)
    /// and a Luhn check digit over the last ten.
    /// </summary>
    /// <param name="digits">10 or 12 ASCII digits without separator.</param>
    /// <param name="plus">The 10-digit form was written with <c>+</c> (100 years or older).</param>
    /// <returns>The type, or <see langword="null"/> when the number is not valid.</returns>
    internal static EntityType? Classify(ReadOnlySpan<char> digits, bool plus = false)
    {
        if (digits.Length is not (10 or 12))
        {
            return null;
        }

        var ten = digits[^10..];
        if (!Chars.Luhn(ten))
        {
            return null;
        }

        var month = Chars.Number(ten[2..4]);
        var day = Chars.Number(ten[4..6]);
        var type = EntityType.Personnummer;
        if (day > 60)
        {
            day -= 60;
            type = EntityType.Samordningsnummer;
        }

        if (digits.Length == 12)
        {
            var year = Chars.Number(digits[..4]);
            return year is >= 1870 and <= 2099 && Chars.IsValidDate(year, month, day) ? type : null;
        }

        var yy = Chars.Number(ten[..2]);
        var valid = plus
            ? Chars.IsValidDate(1800 + yy, month, day) || Chars.IsValidDate(1900 + yy, month, day)
            : Chars.IsValidDate(1900 + yy, month, day) || Chars.IsValidDate(2000 + yy, month, day);
        return valid ? type : null;
    }

    /// <summary>Not followed by a letter or digit, nor by a separator and another digit (a longer number).</summary>
    internal static bool EndsCleanly(ReadOnlySpan<char> text, int index)
        => Chars.BoundaryAfter(text, index)
           && !(index + 1 < text.Length && text[index] is '-' or '+' or '/' && Chars.IsDigit(text[index + 1]))
           && !(index + 1 < text.Length && text[index] is '.' or ',' && Chars.IsDigit(text[index + 1]));
}
