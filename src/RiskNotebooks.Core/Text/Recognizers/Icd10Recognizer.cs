namespace RiskNotebooks.Text.Recognizers;

/// <summary>ICD-10 diagnosis codes (WHO ICD-10 and Socialstyrelsen's ICD-10-SE): <c>F32.1</c>, <c>E11</c>, <c>I219</c>.</summary>
/// <remarks>
/// A capital letter and two digits, optionally with a dot and one or two digits (<c>S72.00</c>) or with one or two digits
/// and no dot as Swedish registries write them (<c>F321</c>). A code with a decimal is a diagnosis with confidence 0.85;
/// a code without one (<c>E11</c>, <c>F321</c>) could be many things (vitamin B12, a road, a paper size), so it counts only
/// after a context word (<c>ICD</c>, <c>diagnos</c>, <c>dg</c>, <c>kod</c>, <c>diagnosis</c>, <c>code</c>, <c>dx</c>):
/// 0.85 with one, 0.4 without. The finding is of type <see cref="EntityType.Health"/>.
/// </remarks>
public sealed class Icd10Recognizer : IRecognizer
{
    private static readonly string[] ContextWords =
    [
        "icd", "icd-10", "icd-10-se", "icd10", "diagnos", "diagnoser", "diagnoskod", "diagnoskoder", "dg", "kod", "koder", "huvuddiagnos",
        "bidiagnos", "diagnosis", "diagnoses", "code", "codes", "dx", "diagnosed", "diagnostiserad", "diagnosticerad",
    ];

    /// <inheritdoc/>
    public string Name => "icd-10";

    /// <inheritdoc/>
    public IReadOnlyList<EntityType> EntityTypes { get; } = [EntityType.Health];

    /// <inheritdoc/>
    public void Recognize(ReadOnlySpan<char> text, TextLanguage language, FindingCollector findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var runs = findings.DigitRuns(text).Scan();
        while (runs.MoveNext())
        {
            var digit = runs.Start;
            var end = runs.End;
            var start = digit - 1;
            if (start < 0 || !Chars.IsAsciiUpper(text[start]) || !Chars.BoundaryBefore(text, start))
            {
                continue;
            }

            var length = end - digit;
            var matchEnd = end;
            var withDecimal = false;
            if (length == 2 && end + 1 < text.Length && text[end] == '.' && Chars.IsDigit(text[end + 1]))
            {
                var decimalEnd = Chars.DigitRunEnd(text, end + 1);
                if (decimalEnd - (end + 1) > 2)
                {
                    continue;
                }

                matchEnd = decimalEnd;
                withDecimal = true;
            }
            else if (length is < 2 or > 4)
            {
                continue;
            }

            // "E11-", "F32.1A" and "A4 paper" are fine; "E119x7" is not a code.
            if (matchEnd < text.Length && Chars.IsLetterOrDigit(text[matchEnd]) && !(Chars.IsAsciiUpper(text[matchEnd]) && Chars.BoundaryAfter(text, matchEnd + 1)))
            {
                continue;
            }

            if (matchEnd < text.Length && Chars.IsAsciiUpper(text[matchEnd]))
            {
                matchEnd++;
            }

            var confidence = withDecimal ? 0.85 : Chars.WordBefore(text, start, ContextWords, 40) ? 0.85 : 0.4;
            findings.Add(EntityType.Health, start, matchEnd, confidence, Name);
            runs.SkipTo(matchEnd);
        }
    }
}
