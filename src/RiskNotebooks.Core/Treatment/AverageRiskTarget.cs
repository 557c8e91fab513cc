namespace RiskNotebooks.Treatment;

/// <summary>A bound on the average re-identification (prosecutor) risk of the released records: classes / records.</summary>
public sealed class AverageRiskTarget : PrivacyTarget
{
    /// <summary>Creates the target.</summary>
    /// <param name="maximumRisk">The highest average allowed, in (0, 1].</param>
    public AverageRiskTarget(double maximumRisk) => MaximumRisk = maximumRisk > 0 && maximumRisk <= 1 ? maximumRisk : throw new ArgumentOutOfRangeException(nameof(maximumRisk));

    /// <summary>The highest average risk allowed.</summary>
    public double MaximumRisk { get; }

    /// <inheritdoc/>
    public override string Description => $"average re-identification risk at most {Format(MaximumRisk)}";

    /// <inheritdoc/>
    public override string Text => $"average={Format(MaximumRisk)}";

    internal override bool IsTableLevel => true;

    internal override bool TablePasses(long records, long classes, Func<int, long> recordsInClassesAtMost) =>
        records == 0 || (double)classes / records <= MaximumRisk;
}
