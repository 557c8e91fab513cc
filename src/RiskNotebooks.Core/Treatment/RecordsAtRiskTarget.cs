namespace RiskNotebooks.Treatment;

/// <summary>A bound on the share of released records whose prosecutor risk (1 / class size) exceeds a threshold.</summary>
public sealed class RecordsAtRiskTarget : PrivacyTarget
{
    /// <summary>Creates the target.</summary>
    /// <param name="maximumShare">The largest share of records at risk allowed, in (0, 1].</param>
    /// <param name="threshold">The risk above which a record is at risk, in (0, 1].</param>
    public RecordsAtRiskTarget(double maximumShare, double threshold)
    {
        MaximumShare = maximumShare > 0 && maximumShare <= 1 ? maximumShare : throw new ArgumentOutOfRangeException(nameof(maximumShare));
        Threshold = threshold > 0 && threshold <= 1 ? threshold : throw new ArgumentOutOfRangeException(nameof(threshold));
    }

    /// <summary>The largest share of records at risk allowed.</summary>
    public double MaximumShare { get; }

    /// <summary>The risk above which a record is at risk.</summary>
    public double Threshold { get; }

    /// <inheritdoc/>
    public override string Description => $"at most {Format(MaximumShare)} of records with a risk above {Format(Threshold)}";

    /// <inheritdoc/>
    public override string Text => $"at-risk={Format(MaximumShare)}@{Format(Threshold)}";

    internal override bool IsTableLevel => true;

    /// <summary>The largest class size whose records are at risk: 1/f &gt; threshold ⇔ f &lt; 1/threshold.</summary>
    internal int LargestSizeAtRisk => (int)Math.Ceiling((1d / Threshold) - 1e-9) - 1;

    internal override bool TablePasses(long records, long classes, Func<int, long> recordsInClassesAtMost) =>
        records == 0 || (double)recordsInClassesAtMost(LargestSizeAtRisk) / records <= MaximumShare;
}
