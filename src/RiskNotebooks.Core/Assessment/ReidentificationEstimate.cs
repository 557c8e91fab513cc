namespace RiskNotebooks.Assessment;

/// <summary>P(re-identification | attempt) of an asset at one stage, and where it comes from.</summary>
public sealed class ReidentificationEstimate
{
    internal ReidentificationEstimate(RiskStage stage, double probability, string basis, IReidentificationMeasurement? measurement, IReadOnlyList<Reason> reasons)
    {
        Stage = stage;
        Probability = probability;
        Basis = basis;
        Measurement = measurement;
        Reasons = reasons;
    }

    /// <summary>Initial or residual.</summary>
    public RiskStage Stage { get; }

    /// <summary>The probability in [0, 1].</summary>
    public double Probability { get; }

    /// <summary>
    /// Which figure was used: <c>average-risk</c>, <c>highest-risk</c>, <c>direct-identifiers</c> (1) or
    /// <c>not-measured</c> (1, the worst case) or <c>linked</c> (combined over linked assets, see <see cref="AssetLinkage"/>).
    /// </summary>
    public string Basis { get; }

    /// <summary>The measurement used, or <see langword="null"/>.</summary>
    public IReidentificationMeasurement? Measurement { get; }

    /// <summary>Why.</summary>
    public IReadOnlyList<Reason> Reasons { get; }
}
