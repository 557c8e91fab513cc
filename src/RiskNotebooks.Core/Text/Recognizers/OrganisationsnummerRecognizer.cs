namespace RiskNotebooks.Text.Recognizers;

/// <summary>Swedish organisation numbers (organisationsnummer), validated.</summary>
/// <remarks>
/// <para><c>NNNNNN-NNNC</c> (or the ten digits without hyphen, or with the prefix <c>16</c>): the first digit is the
/// legal-form group (1, 2, 3, 5, 6, 7, 8 or 9), the third digit is at least 2 (so it cannot be a month: no personnummer is
/// an organisation number) and C is a Luhn check digit (Bolagsverket; Skatteverket, SKV 709).</para>
/// <para>Confidence: 0.9 with the hyphen, 0.6 without (many 10-digit numbers pass by chance), 0.97 and 0.9 with a context
/// word (<c>org.nr</c>, <c>organisationsnummer</c>, <c>company registration</c> ...) just before. It is a quasi-identifier: it
/// names an employer or a firm; a sole trader's firm uses the owner's personnummer, found by <see cref="PersonnummerRecognizer"/>.</para>
/// </remarks>
public sealed class OrganisationsnummerRecognizer : IRecognizer
{
    private static readonly string[] ContextWords =
    [
        "organisationsnummer", "organisationsnr", "orgnr", "org.nr", "org", "nr", "registration", "number", "company", "företag",
        "arbetsgivare", "employer",
    ];

    /// <inheritdoc/>
    public string Name => "organisationsnummer";

    /// <inheritdoc/>
    public IReadOnlyList<EntityType> EntityTypes { get; } = [EntityType.Organisationsnummer];

    /// <inheritdoc/>
    public void Recognize(ReadOnlySpan<char> text, TextLanguage language, FindingCollector findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        Span<char> digits = stackalloc char[10];
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
            bool hyphen;
            var first = start;
            if (length is 6 or 8 && end + 5 <= text.Length && text[end] == '-' && Chars.DigitRunEnd(text, end + 1) == end + 5
                && PersonnummerRecognizer.EndsCleanly(text, end + 5))
            {
                if (length == 8 && !text[start..].StartsWith("16", StringComparison.Ordinal))
                {
                    continue;
                }

                first = end - 6;
                text[first..end].CopyTo(digits);
                text[(end + 1)..(end + 5)].CopyTo(digits[6..]);
                matchEnd = end + 5;
                hyphen = true;
            }
            else if (length is 10 or 12 && PersonnummerRecognizer.EndsCleanly(text, end))
            {
                if (length == 12 && !text[start..].StartsWith("16", StringComparison.Ordinal))
                {
                    continue;
                }

                first = end - 10;
                text[first..end].CopyTo(digits);
                matchEnd = end;
                hyphen = false;
            }
            else
            {
                continue;
            }

            if (!IsValid(digits))
            {
                continue;
            }

            var context = Chars.WordBefore(text, start, ContextWords);
            var confidence = hyphen ? (context ? 0.97 : 0.9) : (context ? 0.9 : 0.6);
            findings.Add(EntityType.Organisationsnummer, start, matchEnd, confidence, hyphen ? Name : Name + ".no-hyphen");
            runs.SkipTo(matchEnd);
        }
    }

    /// <summary>Whether ten digits are a valid organisation number: legal-form group, third digit at least 2, Luhn.</summary>
    /// <param name="digits">Ten ASCII digits.</param>
    /// <returns>Whether it is valid.</returns>
    internal static bool IsValid(ReadOnlySpan<char> digits)
        => digits.Length == 10 && digits[0] is '1' or '2' or '3' or '5' or '6' or '7' or '8' or '9' && digits[2] >= '2' && Chars.Luhn(digits);
}
