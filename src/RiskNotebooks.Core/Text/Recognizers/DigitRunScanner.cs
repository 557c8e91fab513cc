namespace RiskNotebooks.Text.Recognizers;

/// <summary>
/// The loop every number-shaped recognizer (personnummer, phone, date, postcode, ...) runs: the text's digit runs in
/// order, skipping those that start inside the last match.
/// </summary>
/// <example>
/// <code>
/// var runs = findings.DigitRuns(text).Scan();
/// while (runs.MoveNext())
/// {
///     if (TryMatch(text, runs.Start, runs.End, out var matchEnd))
///     {
///         runs.SkipTo(matchEnd);
///     }
/// }
/// </code>
/// </example>
internal ref struct DigitRunScanner(DigitRuns runs)
{
    private readonly DigitRuns runs = runs;
    private int run = -1;
    private int resume;

    /// <summary>Where the current run starts.</summary>
    public readonly int Start => runs.Start(run);

    /// <summary>Where the current run ends (exclusive).</summary>
    public readonly int End => runs.End(run);

    /// <summary>Moves to the next run that starts at or after the end of the last match.</summary>
    public bool MoveNext()
    {
        while (++run < runs.Count)
        {
            if (runs.Start(run) >= resume)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Skips the runs that start before <paramref name="position"/> (the end of a match).</summary>
    public void SkipTo(int position) => resume = Math.Max(resume, position);
}
