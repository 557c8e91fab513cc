using System.Collections.Frozen;

namespace RiskNotebooks.Text.Recognizers;

/// <summary>Postcodes: Swedish (<c>123 45</c>), British (<c>SW1A 1AA</c>) and US ZIP codes after a state (<c>CA 94103</c>).</summary>
/// <remarks>
/// <para>Swedish: three digits (the first 1-9), one space, two digits, not part of a longer run of digit groups (a phone
/// number). Confidence 0.95 when a capitalised word (the post town) follows, after <c>SE-</c> or a context word
/// (<c>postnummer</c>, <c>postal code</c>), else 0.7.</para>
/// <para>British: the outward code (one or two letters, a digit, an optional letter or digit), a space, the inward code
/// (a digit and two letters); confidence 0.9. US: five digits (and optionally four more) after a state's two-letter
/// abbreviation; confidence 0.85.</para>
/// </remarks>
public sealed class PostcodeRecognizer : IRecognizer
{
    private static readonly string[] ContextWords = ["postnummer", "postnr", "postort", "postcode", "postal", "zip", "code"];

    private static readonly FrozenSet<string> States = FrozenSet.Create(StringComparer.Ordinal,
    [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD",
        "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC",
        "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC",
    ]);

    /// <inheritdoc/>
    public string Name => "postcode";

    /// <inheritdoc/>
    public IReadOnlyList<EntityType> EntityTypes { get; } = [EntityType.Postcode];

    /// <inheritdoc/>
    public void Recognize(ReadOnlySpan<char> text, TextLanguage language, FindingCollector findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var states = States.GetAlternateLookup<ReadOnlySpan<char>>();
        var runs = findings.DigitRuns(text).Scan();
        while (runs.MoveNext())
        {
            var start = runs.Start;
            var end = runs.End;
            var length = end - start;

            if (TryBritish(text, start, out var ukStart, out var ukEnd))
            {
                findings.Add(EntityType.Postcode, ukStart, ukEnd, 0.9, Name + ".uk");
                runs.SkipTo(ukEnd);
                continue;
            }

            if (!Chars.BoundaryBefore(text, start))
            {
                continue;
            }

            // Swedish "123 45".
            if (length == 3 && text[start] != '0' && end + 3 <= text.Length && text[end] == ' ' && Chars.DigitRunEnd(text, end + 1) == end + 3
                && Chars.BoundaryAfter(text, end + 3) && !FollowedByDigitGroup(text, end + 3) && !PrecededByDigitGroup(text, start))
            {
                var after = end + 3;
                var town = after + 1 < text.Length && text[after] == ' ' && Chars.IsUpper(text[after + 1]);
                var prefixed = start >= 2 && text[start - 1] == '-' && Chars.IsAsciiUpper(text[start - 2]);
                var confidence = town || prefixed || Chars.WordBefore(text, start, ContextWords, 24) ? 0.95 : 0.7;
                findings.Add(EntityType.Postcode, start, after, confidence, Name + ".se");
                runs.SkipTo(after);
                continue;
            }

            // US "CA 94103" or "CA 94103-1234".
            if (length == 5 && start >= 3 && text[start - 1] == ' ' && Chars.IsAsciiUpper(text[start - 2]) && Chars.IsAsciiUpper(text[start - 3])
                && (start == 3 || !Chars.IsLetterOrDigit(text[start - 4])) && states.Contains(text.Slice(start - 3, 2)))
            {
                var zipEnd = end;
                if (zipEnd + 5 <= text.Length && text[zipEnd] == '-' && Chars.DigitRunEnd(text, zipEnd + 1) == zipEnd + 5)
                {
                    zipEnd += 5;
                }

                if (PersonnummerRecognizer.EndsCleanly(text, zipEnd))
                {
                    findings.Add(EntityType.Postcode, start, zipEnd, 0.85, Name + ".us");
                    runs.SkipTo(zipEnd);
                }
            }
        }
    }

    private static bool FollowedByDigitGroup(ReadOnlySpan<char> text, int index)
        => index + 1 < text.Length && text[index] is ' ' or '-' && Chars.IsDigit(text[index + 1]);

    private static bool PrecededByDigitGroup(ReadOnlySpan<char> text, int start)
        => start >= 2 && text[start - 1] is ' ' or '-' && Chars.IsDigit(text[start - 2]);

    /// <summary>A British postcode whose outward code contains the digit at <paramref name="digit"/>.</summary>
    private static bool TryBritish(ReadOnlySpan<char> text, int digit, out int start, out int end)
    {
        start = digit;
        end = digit;
        while (start > 0 && digit - start < 2 && Chars.IsAsciiUpper(text[start - 1]))
        {
            start--;
        }

        if (start == digit || !Chars.BoundaryBefore(text, start))
        {
            return false;
        }

        // Outward code: the letters, this digit, optionally one more letter or digit.
        var p = digit + 1;
        if (p < text.Length && (Chars.IsDigit(text[p]) || Chars.IsAsciiUpper(text[p])))
        {
            p++;
        }

        // Inward code: space, digit, two letters.
        if (p + 4 > text.Length || text[p] != ' ' || !Chars.IsDigit(text[p + 1]) || !Chars.IsAsciiUpper(text[p + 2]) || !Chars.IsAsciiUpper(text[p + 3]))
        {
            return false;
        }

        end = p + 4;
        return Chars.BoundaryAfter(text, end);
    }
}
