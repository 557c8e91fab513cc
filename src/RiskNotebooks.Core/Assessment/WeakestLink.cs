namespace RiskNotebooks.Assessment;

/// <summary>
/// The weakest link of a threat path (its weakest safeguard), or of the whole assessment (the weakest link of the path
/// with the highest P(attempt)).
/// </summary>
/// <remarks>A path is as strong as its weakest safeguard. Ties go to the safeguard listed first in
/// <see cref="ThreatPathDefinition.Safeguards"/>, and for the whole assessment to the path listed first in
/// <see cref="ThreatPath"/>.</remarks>
public sealed class WeakestLink
{
    internal WeakestLink(ThreatPath path, SafeguardState? safeguard, double attemptProbability, string reason)
    {
        Path = path;
        Safeguard = safeguard;
        AttemptProbability = attemptProbability;
        Reason = reason;
    }

    /// <summary>The path.</summary>
    public ThreatPath Path { get; }

    /// <summary>The weakest safeguard, or <see langword="null"/> for a public release (where no control counts).</summary>
    public SafeguardState? Safeguard { get; }

    /// <summary>The control at the weak point, or <see langword="null"/> when the weak point is a gap (or a public release).</summary>
    public Control? Control => Safeguard?.Control;

    /// <summary>The strength at the weak point.</summary>
    public ControlStrength Strength => Safeguard?.Strength ?? ControlStrength.None;

    /// <summary>P(attempt) along the path.</summary>
    public double AttemptProbability { get; }

    /// <summary>Why this is the weakest link, in a sentence.</summary>
    public string Reason { get; }

    /// <inheritdoc/>
    public override string ToString() => Reason;
}
