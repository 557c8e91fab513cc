namespace RiskNotebooks.Treatment;

/// <summary>k-anonymity: every released class holds at least k records (Sweeney 2002).</summary>
public sealed class KAnonymity : PrivacyTarget
{
    /// <summary>Creates the target.</summary>
    /// <param name="k">The smallest class size, at least 1.</param>
    public KAnonymity(int k) => K = k >= 1 ? k : throw new ArgumentOutOfRangeException(nameof(k), "k is at least 1.");

    /// <summary>The smallest class size.</summary>
    public int K { get; }

    /// <inheritdoc/>
    public override string Description => $"k-anonymity with k = {K}";

    /// <inheritdoc/>
    public override string Text => $"k={K}";

    internal override int MinimumClassSize => K;
}
