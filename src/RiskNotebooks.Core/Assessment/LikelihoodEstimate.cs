namespace RiskNotebooks.Assessment;

/// <summary>The likelihood of re-identification at one stage: P(re-id | attempt) × P(attempt), and its level.</summary>
public sealed class LikelihoodEstimate
{
    internal LikelihoodEstimate(RiskStage stage, ReidentificationEstimate reidentification, double attemptProbability, RiskLevel level, IReadOnlyList<Reason> reasons, string? assetId)
    {
        Stage = stage;
        Reidentification = reidentification;
        AttemptProbability = attemptProbability;
        Level = level;
        Reasons = reasons;
        AssetId = assetId;
    }

    /// <summary>Initial or residual.</summary>
    public RiskStage Stage { get; }

    /// <summary>P(re-id | attempt) and where it comes from.</summary>
    public ReidentificationEstimate Reidentification { get; }

    /// <summary>P(attempt).</summary>
    public double AttemptProbability { get; }

    /// <summary>P(re-id) = P(re-id | attempt) × P(attempt).</summary>
    public double Probability => Reidentification.Probability * AttemptProbability;

    /// <summary>The likelihood level of <see cref="Probability"/> on the assessment's <see cref="LikelihoodScale"/>.</summary>
    public RiskLevel Level { get; }

    /// <summary>Why.</summary>
    public IReadOnlyList<Reason> Reasons { get; }

    /// <summary>The asset this estimate is for (for a whole assessment: the asset with the highest likelihood).</summary>
    public string? AssetId { get; }
}
