namespace RiskNotebooks.Text;

/// <summary>
/// Where a recognizer puts what it finds. Offsets are relative to the text the recognizer was given; the scanner moves
/// them to document offsets, drops findings below the minimum confidence and resolves overlaps between recognizers.
/// </summary>
public sealed class FindingCollector
{
    private readonly List<Finding> items = [];
    private int textLength;

    internal FindingCollector()
    {
    }

    /// <summary>The findings added so far (offsets relative to the recognizer's text).</summary>
    public IReadOnlyList<Finding> Items => items;

    /// <summary>The length of the text being recognized.</summary>
    public int TextLength => textLength;

    /// <summary>Adds a finding.</summary>
    /// <param name="type">The type of personal data.</param>
    /// <param name="start">Offset of the first character in the recognizer's text.</param>
    /// <param name="end">Offset after the last character; greater than <paramref name="start"/>, at most the text's length.</param>
    /// <param name="confidence">How likely, in [0, 1].</param>
    /// <param name="rule">The rule that fired.</param>
    /// <exception cref="ArgumentOutOfRangeException">The span is not inside the text, or the confidence is not in [0, 1].</exception>
    public void Add(EntityType type, int start, int end, double confidence, string rule)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, textLength);
        items.Add(new Finding(type, start, end, confidence, rule));
    }

    internal void Reset(int length)
    {
        items.Clear();
        textLength = length;
        runCount = -1;
    }

    private int[] runStarts = [];
    private int[] runEnds = [];
    private int runCount = -1;

    /// <summary>
    /// The runs of ASCII digits in the text being recognized, found once (vectorised) and shared by the built-in
    /// recognizers that start from digits.
    /// </summary>
    internal Recognizers.DigitRuns DigitRuns(ReadOnlySpan<char> text)
    {
        if (runCount < 0 || text.Length != textLength)
        {
            runCount = 0;
            var i = 0;
            while (i < text.Length)
            {
                var next = text[i..].IndexOfAny(Recognizers.Chars.Digits);
                if (next < 0)
                {
                    break;
                }

                var start = i + next;
                var length = text[start..].IndexOfAnyExcept(Recognizers.Chars.Digits);
                var end = length < 0 ? text.Length : start + length;
                if (runCount == runStarts.Length)
                {
                    Array.Resize(ref runStarts, Math.Max(64, runCount * 2));
                    Array.Resize(ref runEnds, runStarts.Length);
                }

                runStarts[runCount] = start;
                runEnds[runCount] = end;
                runCount++;
                i = end;
            }

            if (text.Length != textLength)
            {
                textLength = text.Length;
            }
        }

        return new Recognizers.DigitRuns(runStarts, runEnds, runCount);
    }

    internal List<Finding> List => items;
}
