using RiskNotebooks.Registry.Attributes;

namespace RiskNotebooks.Registry;

/// <summary>
/// The measures that depend only on class sizes (see <see cref="ClassSizeRiskAnalysis"/>): what a database can compute
/// with <c>GROUP BY</c> so that only the class-size histogram leaves it. Immutable.
/// </summary>
public sealed class ClassSizeRiskReport
{
    internal ClassSizeRiskReport(
        string source, IReadOnlyList<string> quasiIdentifiers, ClassSizeHistogram histogram, double threshold, SampleRisk prosecutor, SampleRisk journalist,
        MarketerRisk marketer, double sampleUniqueness, PopulationUniqueness populationUniqueness, bool hasPopulationTable, IReadOnlyList<AttributeRisk>? attributeRisks)
    {
        Source = source;
        QuasiIdentifiers = quasiIdentifiers;
        Histogram = histogram;
        Threshold = threshold;
        Prosecutor = prosecutor;
        Journalist = journalist;
        Marketer = marketer;
        SampleUniqueness = sampleUniqueness;
        PopulationUniqueness = populationUniqueness;
        HasPopulationTable = hasPopulationTable;
        AttributeRisks = attributeRisks;
    }

    /// <summary>Where the records are: a table of a database, or a file; never a connection string.</summary>
    public string Source { get; }

    /// <summary>The quasi-identifiers, as the source names them.</summary>
    public IReadOnlyList<string> QuasiIdentifiers { get; }

    /// <summary>The class-size histogram: the only thing read from the records.</summary>
    public ClassSizeHistogram Histogram { get; }

    /// <summary>n: the number of records.</summary>
    public long RecordCount => Histogram.RecordCount;

    /// <summary>C: the number of classes.</summary>
    public long ClassCount => Histogram.ClassCount;

    /// <summary>k: the smallest class (0 without records).</summary>
    public int MinClassSize => Histogram.IsEmpty ? 0 : Histogram.MinClassSize;

    /// <summary>The risk threshold of "records at risk".</summary>
    public double Threshold { get; }

    /// <summary>Prosecutor risk.</summary>
    public SampleRisk Prosecutor { get; }

    /// <summary>Journalist risk: from the population table's class sizes when one was given, else equal to prosecutor risk.</summary>
    public SampleRisk Journalist { get; }

    /// <summary>Marketer risk.</summary>
    public MarketerRisk Marketer { get; }

    /// <summary>The share of records unique in the sample.</summary>
    public double SampleUniqueness { get; }

    /// <summary>Population uniqueness, estimated from the histogram.</summary>
    public PopulationUniqueness PopulationUniqueness { get; }

    /// <summary>Whether journalist and marketer risk read a population table.</summary>
    public bool HasPopulationTable { get; }

    /// <summary>Distinction, separation and sample uniques of each subset of the quasi-identifiers, when asked for.</summary>
    public IReadOnlyList<AttributeRisk>? AttributeRisks { get; }
}
