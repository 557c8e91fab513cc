namespace RiskNotebooks.Registry.Attributes;

/// <summary>
/// How identifying one combination of quasi-identifiers is (ARX's <c>RiskModelAttributes.QuasiIdentifierRisk</c>,
/// after Motwani &amp; Xu 2007, "Efficient algorithms for masking and finding quasi-identifiers").
/// </summary>
/// <remarks>
/// α-distinction = C_S / n (classes on the combination per record; 1 when every record is unique). α-separation = the
/// share of the n(n−1)/2 pairs of records that differ on at least one attribute of the combination. Both are 0 for
/// fewer than two records (ARX reports NaN as 0).
/// </remarks>
public sealed class AttributeRisk
{
    internal AttributeRisk(IReadOnlyList<string> attributes, long classes, long records, double sumOfSquares, long sampleUniques)
    {
        Attributes = attributes;
        Classes = classes;
        SampleUniques = sampleUniques;
        Distinction = records == 0 ? 0d : (double)classes / records;
        var pairs = records * (records - 1d) / 2d;
        Separation = pairs <= 0d ? 0d : ((double)records * records - sumOfSquares) / 2d / pairs;
    }

    /// <summary>The attributes of the combination, in table order.</summary>
    public IReadOnlyList<string> Attributes { get; }

    /// <summary>The number of equivalence classes on the combination.</summary>
    public long Classes { get; }

    /// <summary>α-distinction: classes per record.</summary>
    public double Distinction { get; }

    /// <summary>α-separation: the share of record pairs told apart.</summary>
    public double Separation { get; }

    /// <summary>The number of records unique on the combination.</summary>
    public long SampleUniques { get; }
}
