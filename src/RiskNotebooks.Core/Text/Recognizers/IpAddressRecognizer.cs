namespace RiskNotebooks.Text.Recognizers;

/// <summary>IPv4 addresses (four numbers 0-255) and IPv6 addresses (eight groups, or fewer with one <c>::</c>).</summary>
/// <remarks>Confidence 0.9 for IPv4 (0.95 with <c>IP</c> just before; version numbers after <c>version</c> or <c>v</c>
/// are skipped) and 0.9 for IPv6. An IP address is an online identifier (GDPR recital 30).</remarks>
public sealed class IpAddressRecognizer : IRecognizer
{
    private static readonly string[] ContextWords = ["ip", "ip-adress", "ipv4", "ipv6", "address", "adress", "från", "from"];
    private static readonly string[] VersionWords = ["version", "v", "ver", "versionen"];

    /// <inheritdoc/>
    public string Name => "ip-address";

    /// <inheritdoc/>
    public IReadOnlyList<EntityType> EntityTypes { get; } = [EntityType.IpAddress];

    /// <inheritdoc/>
    public void Recognize(ReadOnlySpan<char> text, TextLanguage language, FindingCollector findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        RecognizeIPv4(text, findings);
        RecognizeIPv6(text, findings);
    }

    private void RecognizeIPv4(ReadOnlySpan<char> text, FindingCollector findings)
    {
        var runs = findings.DigitRuns(text).Scan();
        while (runs.MoveNext())
        {
            var start = runs.Start;
            var p = start;
            var parts = 0;
            var ok = Chars.BoundaryBefore(text, start) && !(start > 0 && text[start - 1] is '.' or ':');
            while (ok)
            {
                var end = Chars.DigitRunEnd(text, p);
                var length = end - p;
                if (length is < 1 or > 3 || Chars.Number(text[p..end]) > 255)
                {
                    ok = false;
                    break;
                }

                parts++;
                p = end;
                if (parts == 4)
                {
                    break;
                }

                if (p + 1 < text.Length && text[p] == '.' && Chars.IsDigit(text[p + 1]))
                {
                    p++;
                }
                else
                {
                    ok = false;
                }
            }

            if (!ok || parts != 4 || !Chars.BoundaryAfter(text, p) || (p + 1 < text.Length && text[p] is '.' or ':' && Chars.IsDigit(text[p + 1])))
            {
                runs.SkipTo(Chars.DigitRunEnd(text, start));
                continue;
            }

            if (Chars.WordBefore(text, start, VersionWords, 12))
            {
                runs.SkipTo(p);
                continue;
            }

            findings.Add(EntityType.IpAddress, start, p, Chars.WordBefore(text, start, ContextWords, 24) ? 0.95 : 0.9, Name + ".v4");
            runs.SkipTo(p);
        }
    }

    private void RecognizeIPv6(ReadOnlySpan<char> text, FindingCollector findings)
    {
        var i = 0;
        var found = 0; // the end of the last address found: a candidate starting before it was found already
        while (i < text.Length)
        {
            var next = text[i..].IndexOf(':');
            if (next < 0)
            {
                return;
            }

            var colon = i + next;
            i = colon + 1;

            // Walk back over the hex group (or "::") before this colon to the start of the candidate.
            var start = colon;
            while (start > 0 && (Uri.IsHexDigit(text[start - 1]) || text[start - 1] == ':') && colon - start < 40)
            {
                start--;
            }

            if (start < found || !Chars.BoundaryBefore(text, start) || (start > 0 && text[start - 1] == '.'))
            {
                continue;
            }

            var end = start;
            var groups = 0;
            var compressed = false;
            var hasLetter = false;
            var valid = true;
            while (end < text.Length)
            {
                if (end + 1 < text.Length && text[end] == ':' && text[end + 1] == ':')
                {
                    if (compressed)
                    {
                        valid = false;
                        break;
                    }

                    compressed = true;
                    end += 2;
                    continue;
                }

                if (text[end] == ':')
                {
                    if (end == start || !Uri.IsHexDigit(end + 1 < text.Length ? text[end + 1] : ' '))
                    {
                        break;
                    }

                    end++;
                    continue;
                }

                var groupStart = end;
                while (end < text.Length && Uri.IsHexDigit(text[end]) && end - groupStart < 5)
                {
                    hasLetter |= !Chars.IsDigit(text[end]);
                    end++;
                }

                if (end == groupStart)
                {
                    break;
                }

                if (end - groupStart > 4)
                {
                    valid = false;
                    break;
                }

                groups++;
                if (end >= text.Length || text[end] != ':')
                {
                    break;
                }
            }

            if (!valid || !Chars.BoundaryAfter(text, end) || groups > 8 || (compressed ? groups < 2 : groups != 8) || !(hasLetter || compressed))
            {
                continue;
            }

            findings.Add(EntityType.IpAddress, start, end, 0.9, Name + ".v6");

            // The address found may end before the colon that led here (the walk back went over an earlier "::"): never
            // go back, or the same colon is found again and again.
            found = end;
            i = Math.Max(i, end);
        }
    }
}
