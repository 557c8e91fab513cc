using System.Buffers;

namespace RiskNotebooks.Text.Recognizers;

/// <summary>Web addresses: <c>scheme://...</c> and <c>www....</c>, up to white space, without trailing punctuation.</summary>
/// <remarks>Found with a vectorised search for <c>://</c> and <c>www.</c>; confidence 0.9. A web address is a
/// quasi-identifier: a profile page or a personal site may name the person.</remarks>
public sealed class UrlRecognizer : IRecognizer
{
    private static readonly SearchValues<string> Markers = SearchValues.Create(["://", "www."], StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public string Name => "url";

    /// <inheritdoc/>
    public IReadOnlyList<EntityType> EntityTypes { get; } = [EntityType.Url];

    /// <inheritdoc/>
    public void Recognize(ReadOnlySpan<char> text, TextLanguage language, FindingCollector findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var i = 0;
        while (i < text.Length)
        {
            var next = text[i..].IndexOfAny(Markers);
            if (next < 0)
            {
                return;
            }

            var marker = i + next;
            int start;
            int bodyStart;
            if (text[marker] == ':')
            {
                // The scheme: 2 to 10 ASCII letters (http, https, ftp, ...) right before "://".
                start = marker;
                while (start > 0 && marker - start < 10 && Chars.IsAsciiLetter(text[start - 1]))
                {
                    start--;
                }

                bodyStart = marker + 3;
                if (marker - start < 2 || !Chars.BoundaryBefore(text, start))
                {
                    i = marker + 3;
                    continue;
                }
            }
            else
            {
                start = marker;
                bodyStart = marker + 4;
                if (!Chars.BoundaryBefore(text, start) || (start > 0 && text[start - 1] is '.' or '/' or '@'))
                {
                    i = marker + 4;
                    continue;
                }
            }

            var end = bodyStart;
            var parentheses = 0;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('<' or '>' or '"' or '\'' or '`' or '|' or '{' or '}'))
            {
                if (text[end] == '(')
                {
                    parentheses++;
                }
                else if (text[end] == ')')
                {
                    if (parentheses == 0)
                    {
                        break;
                    }

                    parentheses--;
                }

                end++;
            }

            while (end > bodyStart && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ']')
            {
                end--;
            }

            // The host needs at least one letter or digit.
            if (end - bodyStart < 2 || !Chars.IsLetterOrDigit(text[bodyStart]))
            {
                i = bodyStart;
                continue;
            }

            findings.Add(EntityType.Url, start, end, 0.9, Name);
            i = end;
        }
    }
}
