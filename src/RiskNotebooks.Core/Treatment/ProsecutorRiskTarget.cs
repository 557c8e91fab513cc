namespace RiskNotebooks.Treatment;

/// <summary>A bound on the highest prosecutor risk, 1 / (smallest class size): the same as k-anonymity with k = ⌈1/r⌉.</summary>
public sealed class ProsecutorRiskTarget : PrivacyTarget
{
    /// <summary>Creates the target.</summary>
    /// <param name="maximumRisk">The highest risk allowed, in (0, 1].</param>
    public ProsecutorRiskTarget(double maximumRisk) => MaximumRisk = maximumRisk > 0 && maximumRisk <= 1 ? maximumRisk : throw new ArgumentOutOfRangeException(nameof(maximumRisk));

    /// <summary>The highest prosecutor risk allowed.</summary>
    public double MaximumRisk { get; }

    /// <inheritdoc/>
    public override string Description => $"highest prosecutor risk at most {Format(MaximumRisk)}";

    /// <inheritdoc/>
    public override string Text => $"prosecutor={Format(MaximumRisk)}";

    // 1/f <= r  <=>  f >= 1/r; the small tolerance keeps r = 0.2 at k = 5 despite binary rounding.
    internal override int MinimumClassSize => (int)Math.Ceiling((1d / MaximumRisk) - 1e-9);
}
