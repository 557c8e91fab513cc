using System.Collections.Frozen;

namespace RiskNotebooks.Text.Recognizers;

/// <summary>International bank account numbers (IBAN), checked with their length per country and mod-97 check digits.</summary>
/// <remarks>
/// Written compactly (<c>SE4550000000058398257466</c>) or in groups separated by single spaces
/// (<c>SE45 5000 0000 0583 9825 7466</c>). The length of each country's IBAN is that of the SWIFT IBAN registry; the check
/// is ISO 13616 (move the first four characters to the end, letters to numbers, remainder mod 97 must be 1). Confidence 0.99.
/// </remarks>
public sealed class IbanRecognizer : IRecognizer
{
    private static readonly FrozenDictionary<string, int> Lengths = new Dictionary<string, int>
    {
        ["AD"] = 24, ["AE"] = 23, ["AL"] = 28, ["AT"] = 20, ["AZ"] = 28, ["BA"] = 20, ["BE"] = 16, ["BG"] = 22, ["BH"] = 22,
        ["BR"] = 29, ["BY"] = 28, ["CH"] = 21, ["CR"] = 22, ["CY"] = 28, ["CZ"] = 24, ["DE"] = 22, ["DK"] = 18, ["DO"] = 28,
        ["EE"] = 20, ["EG"] = 29, ["ES"] = 24, ["FI"] = 18, ["FO"] = 18, ["FR"] = 27, ["GB"] = 22, ["GE"] = 22, ["GI"] = 23,
        ["GL"] = 18, ["GR"] = 27, ["GT"] = 28, ["HR"] = 21, ["HU"] = 28, ["IE"] = 22, ["IL"] = 23, ["IQ"] = 23, ["IS"] = 26,
        ["IT"] = 27, ["JO"] = 30, ["KW"] = 30, ["KZ"] = 20, ["LB"] = 28, ["LC"] = 32, ["LI"] = 21, ["LT"] = 20, ["LU"] = 20,
        ["LV"] = 21, ["MC"] = 27, ["MD"] = 24, ["ME"] = 22, ["MK"] = 19, ["MR"] = 27, ["MT"] = 31, ["MU"] = 30, ["NL"] = 18,
        ["NO"] = 15, ["PK"] = 24, ["PL"] = 28, ["PS"] = 29, ["PT"] = 25, ["QA"] = 29, ["RO"] = 24, ["RS"] = 22, ["SA"] = 24,
        ["SC"] = 31, ["SE"] = 24, ["SI"] = 19, ["SK"] = 24, ["SM"] = 27, ["TN"] = 24, ["TR"] = 26, ["UA"] = 29, ["VA"] = 22,
        ["VG"] = 24, ["XK"] = 20,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <inheritdoc/>
    public string Name => "iban";

    /// <inheritdoc/>
    public IReadOnlyList<EntityType> EntityTypes { get; } = [EntityType.Iban];

    /// <inheritdoc/>
    public void Recognize(ReadOnlySpan<char> text, TextLanguage language, FindingCollector findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        Span<char> compact = stackalloc char[34];
        var lookup = Lengths.GetAlternateLookup<ReadOnlySpan<char>>();
        var runs = findings.DigitRuns(text).Scan();
        while (runs.MoveNext())
        {
            var digit = runs.Start;
            var start = digit - 2;
            if (start < 0 || !Chars.IsAsciiUpper(text[start]) || !Chars.IsAsciiUpper(text[start + 1]) || !Chars.BoundaryBefore(text, start)
                || !lookup.TryGetValue(text.Slice(start, 2), out var length))
            {
                continue;
            }

            var count = 0;
            var p = start;
            var end = start;
            while (p < text.Length && count < length)
            {
                var c = text[p];
                if (Chars.IsDigit(c) || Chars.IsAsciiUpper(c))
                {
                    compact[count++] = c;
                    p++;
                    end = p;
                }
                else if (c == ' ' && p + 1 < text.Length && (Chars.IsDigit(text[p + 1]) || Chars.IsAsciiUpper(text[p + 1])) && count >= 4)
                {
                    p++;
                }
                else
                {
                    break;
                }
            }

            if (count != length || !Chars.BoundaryAfter(text, end) || !Chars.IsDigit(compact[2]) || !Chars.IsDigit(compact[3]) || !IsValid(compact[..count]))
            {
                continue;
            }

            findings.Add(EntityType.Iban, start, end, 0.99, Name);
            runs.SkipTo(end);
        }
    }

    /// <summary>The ISO 13616 check: the rearranged number mod 97 is 1.</summary>
    /// <param name="iban">The IBAN without spaces, upper case.</param>
    /// <returns>Whether the check digits are right.</returns>
    internal static bool IsValid(ReadOnlySpan<char> iban)
    {
        if (iban.Length < 5)
        {
            return false;
        }

        var remainder = 0;
        for (var k = 0; k < iban.Length; k++)
        {
            var c = iban[(k + 4) % iban.Length];
            if (Chars.IsDigit(c))
            {
                remainder = ((remainder * 10) + (c - '0')) % 97;
            }
            else if (Chars.IsAsciiUpper(c))
            {
                remainder = ((remainder * 100) + (c - 'A' + 10)) % 97;
            }
            else
            {
                return false;
            }
        }

        return remainder == 1;
    }
}
