namespace RiskNotebooks.Assessment;

/// <summary>The risk before and after the planned measures, and the measures that made the difference.</summary>
public sealed class RiskChange
{
    internal RiskChange(RiskCell initial, RiskCell residual, IReadOnlyList<MeasureEffect> effects, IReadOnlyList<Reason> reasons)
    {
        Initial = initial;
        Residual = residual;
        Effects = effects;
        Reasons = reasons;
    }

    /// <summary>The cell with the controls in place and the data as they are.</summary>
    public RiskCell Initial { get; }

    /// <summary>The cell with the planned controls and data measures too; never worse than <see cref="Initial"/>.</summary>
    public RiskCell Residual { get; }

    /// <summary>Whether the planned measures move the risk to another cell.</summary>
    public bool Changes => Initial != Residual;

    /// <summary>One entry per planned measure and path or asset it acts on (also for measures that change nothing).</summary>
    public IReadOnlyList<MeasureEffect> Effects { get; }

    /// <summary>The change in words: P(attempt), P(re-id | attempt), likelihood and the cell.</summary>
    public IReadOnlyList<Reason> Reasons { get; }
}
