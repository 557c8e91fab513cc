namespace RiskNotebooks.Treatment;

/// <summary>Entropy l-diversity: the entropy of the sensitive values in every class is at least log(l) (Machanavajjhala et al. 2007).</summary>
public sealed class EntropyLDiversity : PrivacyTarget
{
    /// <summary>Creates the target.</summary>
    /// <param name="l">l, at least 1 (need not be whole).</param>
    public EntropyLDiversity(double l) => L = l >= 1 && double.IsFinite(l) ? l : throw new ArgumentOutOfRangeException(nameof(l));

    /// <summary>l.</summary>
    public double L { get; }

    /// <inheritdoc/>
    public override string Description => $"entropy {Format(L)}-diversity";

    /// <inheritdoc/>
    public override string Text => $"entropy-l={Format(L)}";

    /// <inheritdoc/>
    public override bool NeedsSensitiveAttribute => true;

    internal override bool ClassPasses(int size, ReadOnlySpan<int> sensitiveCounts, SensitiveContext? context)
    {
        var entropy = 0d;
        foreach (var c in sensitiveCounts)
        {
            if (c > 0)
            {
                var p = (double)c / size;
                entropy -= p * Math.Log(p);
            }
        }

        // A small tolerance so that a class with exactly l equally frequent values passes despite rounding.
        return entropy >= Math.Log(L) - 1e-12;
    }
}
