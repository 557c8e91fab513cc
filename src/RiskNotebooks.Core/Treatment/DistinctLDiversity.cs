namespace RiskNotebooks.Treatment;

/// <summary>Distinct l-diversity: every released class holds at least l distinct values of the sensitive attribute (Machanavajjhala et al. 2007).</summary>
public sealed class DistinctLDiversity : PrivacyTarget
{
    /// <summary>Creates the target.</summary>
    /// <param name="l">The number of distinct sensitive values per class, at least 1.</param>
    public DistinctLDiversity(int l) => L = l >= 1 ? l : throw new ArgumentOutOfRangeException(nameof(l));

    /// <summary>The number of distinct sensitive values each class needs.</summary>
    public int L { get; }

    /// <inheritdoc/>
    public override string Description => $"distinct {L}-diversity";

    /// <inheritdoc/>
    public override string Text => $"l={L}";

    /// <inheritdoc/>
    public override bool NeedsSensitiveAttribute => true;

    internal override int MinimumClassSize => L;

    internal override bool ClassPasses(int size, ReadOnlySpan<int> sensitiveCounts, SensitiveContext? context)
    {
        var distinct = 0;
        foreach (var c in sensitiveCounts)
        {
            if (c > 0 && ++distinct >= L)
            {
                return true;
            }
        }

        return false;
    }
}
