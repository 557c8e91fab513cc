using RiskNotebooks.Registry.Attributes;

namespace RiskNotebooks.Registry;

/// <summary>
/// The measures of <see cref="ReidentificationAnalysis"/> that read only class sizes, from histograms computed elsewhere
/// (a database's <c>GROUP BY</c>): prosecutor, journalist and marketer risk, records at risk, sample and population
/// uniqueness, and the distinction, separation and sample uniques of QI subsets.
/// </summary>
/// <remarks>
/// The same formulas as the in-memory engine, summed over (size, number of classes) pairs instead of over classes;
/// the tests check that both give the same figures on the demo registry and on Adult. Record-level measures (individual
/// risk, SUDA, l-diversity) need the records and are not available here.
/// </remarks>
public static class ClassSizeRiskAnalysis
{
    /// <summary>Derives every class-size measure.</summary>
    /// <param name="source">Where the records are (a table name or a file; never a connection string).</param>
    /// <param name="quasiIdentifiers">The quasi-identifiers.</param>
    /// <param name="histogram">The class-size histogram on all the quasi-identifiers.</param>
    /// <param name="threshold">The risk threshold for records at risk, in [0, 1].</param>
    /// <param name="population">N or f for population uniqueness; <see langword="null"/> for the default (or the population table's size).</param>
    /// <param name="joint">With a population table: the joint (f_c, F_c) histogram; else <see langword="null"/>.</param>
    /// <param name="populationRecords">With a population table: its number of records.</param>
    /// <param name="subsets">Each subset of the quasi-identifiers with its histogram, when asked for.</param>
    /// <returns>The report.</returns>
    /// <exception cref="InvalidOptionException">Sample classes that the population table lacks (<c>--population-table</c>).</exception>
    public static ClassSizeRiskReport Run(
        string source, IReadOnlyList<string> quasiIdentifiers, ClassSizeHistogram histogram, double threshold, PopulationModel? population = null,
        IReadOnlyList<JointClassCount>? joint = null, long populationRecords = 0, IReadOnlyList<(IReadOnlyList<string> Attributes, ClassSizeHistogram Histogram)>? subsets = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(quasiIdentifiers);
        ArgumentNullException.ThrowIfNull(histogram);
        Preconditions.CheckFraction(threshold, nameof(threshold));
        var prosecutor = ReidentificationAnalysis.FromHistogram(histogram, threshold);
        SampleRisk journalist;
        MarketerRisk marketer;
        if (joint is not null)
        {
            (journalist, marketer) = WithPopulation(histogram, joint, threshold, source);
        }
        else
        {
            journalist = new SampleRisk(AttackerModel.Journalist, threshold, prosecutor.HighestRisk, prosecutor.LowestRisk, prosecutor.AverageRisk, prosecutor.RecordsAtHighestRisk, prosecutor.RecordsAtRisk);
            marketer = new MarketerRisk(prosecutor.AverageRisk);
        }

        var sampleUniqueness = histogram.IsEmpty ? 0d : (double)histogram.ClassesOfSize(1) / histogram.RecordCount;
        var model = population ?? (joint is not null ? PopulationModel.OfSize(Math.Max(populationRecords, histogram.RecordCount)) : PopulationModel.Default);
        var uniqueness = PopulationUniqueness.Estimate(histogram, model);
        var attributes = subsets?.Select(s => Subset(s.Attributes, s.Histogram)).ToArray();
        return new ClassSizeRiskReport(source, quasiIdentifiers, histogram, threshold, prosecutor, journalist, marketer, sampleUniqueness, uniqueness, joint is not null, attributes);
    }

    /// <summary>Distinction, separation and sample uniques of one subset, from its histogram.</summary>
    internal static AttributeRisk Subset(IReadOnlyList<string> attributes, ClassSizeHistogram histogram)
    {
        var sumOfSquares = 0d;
        foreach (var (size, classes) in histogram.Entries)
        {
            sumOfSquares += (double)size * size * classes;
        }

        return new AttributeRisk(attributes, histogram.ClassCount, histogram.RecordCount, sumOfSquares, histogram.ClassesOfSize(1));
    }

    /// <summary>Journalist and marketer risk over the joint histogram: the in-memory engine's sums, grouped by (f, F).</summary>
    private static (SampleRisk Journalist, MarketerRisk Marketer) WithPopulation(ClassSizeHistogram histogram, IReadOnlyList<JointClassCount> joint, double threshold, string source)
    {
        double n = histogram.RecordCount;
        if (n == 0)
        {
            return (new SampleRisk(AttackerModel.Journalist, threshold, 0, 0, 0, 0, 0), new MarketerRisk(0));
        }

        long missing = 0, classes = 0;
        var smallest = long.MaxValue;
        var largest = 0L;
        double atRisk = 0, sumF = 0, sumRatio = 0;
        foreach (var (f, F, count) in joint)
        {
            classes += count;
            if (F <= 0)
            {
                missing += count;
                continue;
            }

            smallest = Math.Min(smallest, F);
            largest = Math.Max(largest, F);
            if (1d / F > threshold)
            {
                atRisk += (double)f * count;
            }

            sumF += (double)F * count;
            sumRatio += (double)f / F * count;
        }

        if (missing > 0)
        {
            throw new InvalidOptionException("PopulationTable", $"{missing} of the sample's {classes} classes do not occur in the population table of '{source}': it must contain every sample record.");
        }

        var atHighest = 0d;
        foreach (var (f, F, count) in joint)
        {
            if (F == smallest)
            {
                atHighest += (double)f * count;
            }
        }

        var marketer = sumRatio / n;
        var average = Math.Max(classes / sumF, marketer);
        return (new SampleRisk(AttackerModel.Journalist, threshold, 1d / smallest, 1d / largest, average, atHighest / n, atRisk / n), new MarketerRisk(marketer));
    }
}
