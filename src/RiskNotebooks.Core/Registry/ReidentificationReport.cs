using RiskNotebooks.Registry.Attributes;
using RiskNotebooks.Registry.Diversity;
using RiskNotebooks.Registry.Individual;
using RiskNotebooks.Registry.Suda;

namespace RiskNotebooks.Registry;

/// <summary>The re-identification risk of a table for one set of quasi-identifiers: every measure, from one grouping.</summary>
public sealed class ReidentificationReport
{
    internal ReidentificationReport(string source, EquivalenceClasses classes, double threshold, SampleRisk prosecutor, SampleRisk journalist, MarketerRisk marketer, double sampleUniqueness, PopulationUniqueness populationUniqueness, bool hasPopulationTable, IndividualRisk individualRisk, IReadOnlyList<AttributeRisk>? attributeRisks, DiversityReport? diversity, SudaResult? suda)
    {
        Suda = suda;
        Diversity = diversity;
        IndividualRisk = individualRisk;
        AttributeRisks = attributeRisks;
        Source = source;
        Classes = classes;
        Threshold = threshold;
        Prosecutor = prosecutor;
        Journalist = journalist;
        Marketer = marketer;
        SampleUniqueness = sampleUniqueness;
        PopulationUniqueness = populationUniqueness;
        HasPopulationTable = hasPopulationTable;
    }

    /// <summary>Where the data came from.</summary>
    public string Source { get; }

    /// <summary>The equivalence classes (record-level: keep it out of shared output).</summary>
    public EquivalenceClasses Classes { get; }

    /// <summary>The class-size histogram.</summary>
    public ClassSizeHistogram Histogram => Classes.Histogram;

    /// <summary>The quasi-identifiers.</summary>
    public IReadOnlyList<string> QuasiIdentifiers => Classes.QuasiIdentifiers;

    /// <summary>n.</summary>
    public long RecordCount => Histogram.RecordCount;

    /// <summary>C.</summary>
    public long ClassCount => Histogram.ClassCount;

    /// <summary>k, the smallest class.</summary>
    public int MinClassSize => Histogram.MinClassSize;

    /// <summary>The largest class.</summary>
    public int MaxClassSize => Histogram.MaxClassSize;

    /// <summary>The average class size.</summary>
    public double AverageClassSize => Histogram.AverageClassSize;

    /// <summary>The threshold of "records at risk".</summary>
    public double Threshold { get; }

    /// <summary>Prosecutor risk.</summary>
    public SampleRisk Prosecutor { get; }

    /// <summary>Journalist risk (equal to prosecutor risk without a population table).</summary>
    public SampleRisk Journalist { get; }

    /// <summary>Marketer risk.</summary>
    public MarketerRisk Marketer { get; }

    /// <summary>Whether journalist and marketer risk used a population table.</summary>
    public bool HasPopulationTable { get; }

    /// <summary>The share of records that are unique in the sample (f_c = 1).</summary>
    public double SampleUniqueness { get; }

    /// <summary>Population uniqueness estimates.</summary>
    public PopulationUniqueness PopulationUniqueness { get; }

    /// <summary>sdcMicro's individual risk (with weights, households and missing keys as wildcards when given).</summary>
    public IndividualRisk IndividualRisk { get; }

    /// <summary>The QI-combination analysis, when asked for.</summary>
    public IReadOnlyList<AttributeRisk>? AttributeRisks { get; }

    /// <summary>l-diversity and t-closeness of the sensitive attributes, when some were named.</summary>
    public DiversityReport? Diversity { get; }

    /// <summary>SUDA scores, when asked for.</summary>
    public SudaResult? Suda { get; }
}
