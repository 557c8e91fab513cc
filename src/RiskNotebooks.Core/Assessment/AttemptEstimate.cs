namespace RiskNotebooks.Assessment;

/// <summary>P(attempt) of an assessment at one stage: every threat path of the setting and the weakest link overall.</summary>
/// <remarks>
/// P(attempt) is the highest P(attempt) of any path: whoever wants the data takes the easiest way, as El Emam &amp;
/// Arbuckle take the largest of the attack probabilities of a non-public release.
/// </remarks>
public sealed class AttemptEstimate
{
    internal AttemptEstimate(RiskStage stage, ReleaseSetting setting, IReadOnlyList<PathAssessment> paths, WeakestLink weakestLink, IReadOnlyList<Reason> reasons)
    {
        Stage = stage;
        Setting = setting;
        Paths = paths;
        WeakestLink = weakestLink;
        Reasons = reasons;
    }

    /// <summary>Initial or residual.</summary>
    public RiskStage Stage { get; }

    /// <summary>The setting.</summary>
    public ReleaseSetting Setting { get; }

    /// <summary>The paths that exist in the setting, in the order of <see cref="ThreatPath"/>.</summary>
    public IReadOnlyList<PathAssessment> Paths { get; }

    /// <summary>The weakest link overall.</summary>
    public WeakestLink WeakestLink { get; }

    /// <summary>P(attempt): the weakest link's.</summary>
    public double Probability => WeakestLink.AttemptProbability;

    /// <summary>Why.</summary>
    public IReadOnlyList<Reason> Reasons { get; }
}
