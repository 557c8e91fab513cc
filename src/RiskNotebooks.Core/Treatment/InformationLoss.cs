namespace RiskNotebooks.Treatment;

/// <summary>The information lost by one transformation, in every metric, overall and per quasi-identifier.</summary>
/// <remarks>Definitions, with ARX's, in docs/methods.md. Per-attribute values exist for the metrics defined per attribute
/// (loss, precision, non-uniform entropy); the others hold <see cref="double.NaN"/> per attribute.</remarks>
public sealed class InformationLoss
{
    private readonly double[] overall;
    private readonly double[][] perAttribute;

    internal InformationLoss(IReadOnlyList<string> quasiIdentifiers, double[] overall, double[][] perAttribute)
    {
        QuasiIdentifiers = quasiIdentifiers;
        this.overall = overall;
        this.perAttribute = perAttribute;
    }

    /// <summary>The quasi-identifiers, in the order of <see cref="PerAttribute"/>.</summary>
    public IReadOnlyList<string> QuasiIdentifiers { get; }

    /// <summary>The score of a metric for the whole table.</summary>
    /// <param name="metric">The metric.</param>
    /// <returns>The score (lower is better).</returns>
    public double Overall(InformationLossMetric metric) => overall[(int)metric];

    /// <summary>The score of a metric for each quasi-identifier, in <see cref="QuasiIdentifiers"/> order.</summary>
    /// <param name="metric">The metric.</param>
    /// <returns>One value per quasi-identifier (NaN where the metric is not defined per attribute).</returns>
    public IReadOnlyList<double> PerAttribute(InformationLossMetric metric) => perAttribute[(int)metric];
}
