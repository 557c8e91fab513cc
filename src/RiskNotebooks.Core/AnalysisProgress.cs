namespace RiskNotebooks;

/// <summary>
/// How far a long analysis has come: which phase it is in and how many of the phase's steps are done. Reported through
/// <see cref="IProgress{T}"/> by the engine's long runs (SUDA, quasi-identifier subsets, unicity, mobility attacks, the
/// anonymisation search) a few hundred times at most, never per record.
/// </summary>
/// <param name="Phase">What is being done, in words for a progress bar (such as "quasi-identifier subsets"); never a value of the data.</param>
/// <param name="Done">Steps done in this phase.</param>
/// <param name="Total">Steps in this phase; at least 1.</param>
public readonly record struct AnalysisProgress(string Phase, long Done, long Total)
{
    /// <summary>The share of the phase that is done, in [0, 1].</summary>
    public double Fraction => Total <= 0 ? 1d : Math.Clamp((double)Done / Total, 0d, 1d);

    /// <summary>The phase and the percentage done, such as <c>unicity: 45%</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Phase}: {Fraction.ToString("0%", System.Globalization.CultureInfo.InvariantCulture)}";
}
