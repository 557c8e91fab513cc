namespace RiskNotebooks.Text.Recognizers;

/// <summary>E-mail addresses: a local part, <c>@</c>, and a domain of at least two labels ending in a top-level domain of letters.</summary>
/// <remarks>Found by looking for <c>@</c> (a vectorised search) and scanning both ways; confidence 0.99.</remarks>
public sealed class EmailRecognizer : IRecognizer
{
    /// <inheritdoc/>
    public string Name => "email";

    /// <inheritdoc/>
    public IReadOnlyList<EntityType> EntityTypes { get; } = [EntityType.Email];

    /// <inheritdoc/>
    public void Recognize(ReadOnlySpan<char> text, TextLanguage language, FindingCollector findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var i = 0;
        while (i < text.Length)
        {
            var next = text[i..].IndexOf('@');
            if (next < 0)
            {
                return;
            }

            var at = i + next;
            i = at + 1;
            var start = at;
            while (start > 0 && at - start < 64 && IsLocal(text[start - 1]))
            {
                start--;
            }

            while (start < at && text[start] == '.')
            {
                start++;
            }

            if (start == at)
            {
                continue;
            }

            // Domain: labels of letters, digits and hyphens separated by single dots; the last label is the TLD.
            var p = at + 1;
            var labels = 0;
            var lastLabelStart = p;
            var end = p;
            while (p < text.Length)
            {
                var labelStart = p;
                while (p < text.Length && (Chars.IsLetterOrDigit(text[p]) || text[p] == '-') && p - labelStart < 63)
                {
                    p++;
                }

                if (p == labelStart)
                {
                    break;
                }

                labels++;
                lastLabelStart = labelStart;
                end = p;
                if (p + 1 < text.Length && text[p] == '.' && Chars.IsLetterOrDigit(text[p + 1]))
                {
                    p++;
                    continue;
                }

                break;
            }

            while (end > lastLabelStart && text[end - 1] == '-')
            {
                end--;
            }

            if (labels < 2 || end - lastLabelStart < 2 || !AllLetters(text[lastLabelStart..end]))
            {
                continue;
            }

            findings.Add(EntityType.Email, start, end, 0.99, Name);
            i = end;
        }
    }

    private static bool IsLocal(char c) => Chars.IsLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    private static bool AllLetters(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!Chars.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
