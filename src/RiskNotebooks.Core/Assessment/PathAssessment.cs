namespace RiskNotebooks.Assessment;

/// <summary>One threat path at one stage: its safeguards, its weakest link and P(attempt) along it.</summary>
public sealed class PathAssessment
{
    internal PathAssessment(ThreatPathDefinition definition, IReadOnlyList<SafeguardState> safeguards, WeakestLink weakestLink)
    {
        Definition = definition;
        Safeguards = safeguards;
        WeakestLink = weakestLink;
    }

    /// <summary>The path's definition.</summary>
    public ThreatPathDefinition Definition { get; }

    /// <summary>The path.</summary>
    public ThreatPath Path => Definition.Path;

    /// <summary>Every safeguard of the path with the control providing it.</summary>
    public IReadOnlyList<SafeguardState> Safeguards { get; }

    /// <summary>The weakest safeguard and the P(attempt) it allows.</summary>
    public WeakestLink WeakestLink { get; }

    /// <summary>P(attempt) along the path.</summary>
    public double AttemptProbability => WeakestLink.AttemptProbability;

    /// <summary>The path's strength: its weakest safeguard's.</summary>
    public ControlStrength Strength => WeakestLink.Strength;
}
