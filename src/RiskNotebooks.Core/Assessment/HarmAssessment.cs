namespace RiskNotebooks.Assessment;

/// <summary>The harm (severity) of an asset or of a whole assessment, with the rules that made it.</summary>
public sealed class HarmAssessment
{
    internal HarmAssessment(RiskLevel level, RiskLevel derivedLevel, IReadOnlyList<Reason> reasons, HarmOverride? harmOverride)
    {
        Level = level;
        DerivedLevel = derivedLevel;
        Reasons = reasons;
        Override = harmOverride;
    }

    /// <summary>The harm level used: the override's when there is one, else <see cref="DerivedLevel"/>.</summary>
    public RiskLevel Level { get; }

    /// <summary>The level the rules derive.</summary>
    public RiskLevel DerivedLevel { get; }

    /// <summary>Every rule that fired, in the order of <see cref="HarmRules.All"/>, then the override if any.</summary>
    public IReadOnlyList<Reason> Reasons { get; }

    /// <summary>The assessor's override, or <see langword="null"/>.</summary>
    public HarmOverride? Override { get; }

    /// <summary>Whether an override set the level.</summary>
    public bool IsOverridden => Override is not null;
}
