namespace RiskNotebooks.Treatment;

/// <summary>
/// t-closeness: the distribution of the sensitive attribute in every released class is within Earth Mover's Distance t
/// of its distribution in the whole table (Li, Li and Venkatasubramanian 2007), with the equal ground distance (every pair of
/// values at distance 1) or the hierarchical ground distance over the sensitive attribute's hierarchy.
/// </summary>
public sealed class TCloseness : PrivacyTarget
{
    /// <summary>Creates the target.</summary>
    /// <param name="t">The largest distance allowed, in (0, 1].</param>
    /// <param name="hierarchical">Whether the ground distance is the hierarchy's (else every pair of values is at distance 1).</param>
    public TCloseness(double t, bool hierarchical)
    {
        T = t > 0 && t <= 1 ? t : throw new ArgumentOutOfRangeException(nameof(t));
        Hierarchical = hierarchical;
    }

    /// <summary>The largest distance allowed.</summary>
    public double T { get; }

    /// <summary>Whether the ground distance is the hierarchy's.</summary>
    public bool Hierarchical { get; }

    /// <inheritdoc/>
    public override string Description => $"{Format(T)}-closeness ({(Hierarchical ? "hierarchical" : "equal")} distance)";

    /// <inheritdoc/>
    public override string Text => $"{(Hierarchical ? "t-hierarchical" : "t")}={Format(T)}";

    /// <inheritdoc/>
    public override bool NeedsSensitiveAttribute => true;

    internal override bool ClassPasses(int size, ReadOnlySpan<int> sensitiveCounts, SensitiveContext? context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var distance = Hierarchical ? context.HierarchicalDistance(size, sensitiveCounts) : context.EqualDistance(size, sensitiveCounts);
        return distance <= T + 1e-12;
    }
}
