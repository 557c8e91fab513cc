namespace RiskNotebooks.Text.Recognizers;

/// <summary>The runs of ASCII digits of a text, in order: run <c>i</c> is <c>[Start(i), End(i))</c>.</summary>
internal readonly struct DigitRuns(int[] starts, int[] ends, int count)
{
    public int Count => count;

    public int Start(int i) => starts[i];

    public int End(int i) => ends[i];

    /// <summary>A scanner over the runs for a number-shaped recognizer.</summary>
    public DigitRunScanner Scan() => new(this);
}
