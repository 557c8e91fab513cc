using RiskNotebooks.Data;
using RiskNotebooks.Registry.Attributes;
using RiskNotebooks.Registry.Diversity;
using RiskNotebooks.Registry.Individual;
using RiskNotebooks.Registry.Suda;

namespace RiskNotebooks.Registry;

/// <summary>
/// The facade of the registry risk engine: groups a table once on its quasi-identifiers and derives every measure of
/// <see cref="ReidentificationReport"/> from that one result, as ARX's <c>RiskEstimateBuilder</c> does.
/// </summary>
public static class ReidentificationAnalysis
{
    /// <summary>Measures the re-identification risk of a table.</summary>
    /// <param name="table">The data.</param>
    /// <param name="options">Quasi-identifiers, threshold, population.</param>
    /// <param name="cancellationToken">Stops a long computation.</param>
    /// <param name="progress">Receives the progress of the long phases (quasi-identifier subsets, SUDA); <see langword="null"/> for none.</param>
    /// <returns>The report.</returns>
    /// <exception cref="UnknownColumnException">A quasi-identifier is not a column of the table (or of the population table).</exception>
    /// <exception cref="InvalidOptionException">The options do not fit the data.</exception>
    public static ReidentificationReport Run(Table table, ReidentificationOptions options, CancellationToken cancellationToken = default, IProgress<AnalysisProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        var columns = QuasiIdentifierSet.Resolve(table, options.QuasiIdentifiers);

        // The measures that enumerate subsets of the keys have a true limit; say so before any grouping is done. The others
        // take any number of quasi-identifiers.
        if (options.AnalyzeSubsets && columns.Length > AttributeRiskAnalysis.MaxQuasiIdentifiers)
        {
            throw new InvalidOptionException("AnalyzeSubsets", $"at most {AttributeRiskAnalysis.MaxQuasiIdentifiers} quasi-identifiers can be combined ({columns.Length} given).");
        }

        if (options.Suda is not null && columns.Length > MsuSearch.MaxKeyCount)
        {
            throw new InvalidOptionException("Suda", $"SUDA searches subsets of the keys and takes at most {MsuSearch.MaxKeyCount} quasi-identifiers ({columns.Length} given).");
        }

        var classes = EquivalenceClasses.Build(columns, table.RowCount, cancellationToken);
        var histogram = classes.Histogram;
        var threshold = options.Threshold;

        var prosecutor = FromHistogram(histogram, threshold);
        SampleRisk journalist;
        MarketerRisk marketer;
        if (options.PopulationTable is { } population)
        {
            var populationSizes = PopulationClassSizes(table, columns, classes, population, cancellationToken);
            (journalist, marketer) = WithPopulation(classes, populationSizes, threshold);
        }
        else
        {
            journalist = new SampleRisk(AttackerModel.Journalist, threshold, prosecutor.HighestRisk, prosecutor.LowestRisk, prosecutor.AverageRisk, prosecutor.RecordsAtHighestRisk, prosecutor.RecordsAtRisk);
            marketer = new MarketerRisk(prosecutor.AverageRisk);
        }

        var sampleUniqueness = histogram.IsEmpty ? 0d : (double)histogram.ClassesOfSize(1) / histogram.RecordCount;
        var populationModel = options.Population
            ?? (options.PopulationTable is { } p ? PopulationModel.OfSize(Math.Max(p.RowCount, table.RowCount)) : PopulationModel.Default);
        var uniqueness = PopulationUniqueness.Estimate(histogram, populationModel);
        var individual = IndividualRisk.Compute(table, columns, classes, options.WeightColumn, options.HouseholdColumn, options.MissingWeight, cancellationToken);
        var attributes = options.AnalyzeSubsets ? AttributeRiskAnalysis.Run(columns, classes, options.MaxSubsetSize, cancellationToken, progress) : null;
        var diversity = options.SensitiveAttributes.Count > 0 ? DiversityAnalysis.Run(table, classes, options.SensitiveAttributes, options.Diversity, cancellationToken) : null;
        var suda = options.Suda is { } sudaOptions ? SudaAnalysis.Run(table, options.QuasiIdentifiers, sudaOptions, cancellationToken, progress) : null;
        return new ReidentificationReport(table.Source, classes, threshold, prosecutor, journalist, marketer, sampleUniqueness, uniqueness, options.PopulationTable is not null, individual, attributes, diversity, suda);
    }

    /// <summary>Prosecutor risk from the histogram alone.</summary>
    internal static SampleRisk FromHistogram(ClassSizeHistogram histogram, double threshold)
    {
        if (histogram.IsEmpty)
        {
            return new SampleRisk(AttackerModel.Prosecutor, threshold, 0, 0, 0, 0, 0);
        }

        double n = histogram.RecordCount;
        var atRisk = 0d;
        for (var i = 0; i < histogram.Sizes.Count; i++)
        {
            var size = histogram.Sizes[i];
            if (1d / size > threshold)
            {
                atRisk += (double)size * histogram.Counts[i];
            }
        }

        var k = histogram.MinClassSize;
        return new SampleRisk(
            AttackerModel.Prosecutor,
            threshold,
            highestRisk: 1d / k,
            lowestRisk: 1d / histogram.MaxClassSize,
            averageRisk: histogram.ClassCount / n,
            recordsAtHighestRisk: k * (double)histogram.ClassesOfSize(k) / n,
            recordsAtRisk: atRisk / n);
    }

    private static (SampleRisk Journalist, MarketerRisk Marketer) WithPopulation(EquivalenceClasses classes, int[] populationSizes, double threshold)
    {
        var sizes = classes.ClassSizes;
        double n = classes.RecordCount;
        if (n == 0)
        {
            return (new SampleRisk(AttackerModel.Journalist, threshold, 0, 0, 0, 0, 0), new MarketerRisk(0));
        }

        var smallest = int.MaxValue;
        var largest = 0;
        double atRisk = 0, sumF = 0, sumRatio = 0;
        for (var c = 0; c < sizes.Length; c++)
        {
            var F = populationSizes[c];
            smallest = Math.Min(smallest, F);
            largest = Math.Max(largest, F);
            if (1d / F > threshold)
            {
                atRisk += sizes[c];
            }

            sumF += F;
            sumRatio += (double)sizes[c] / F;
        }

        var atHighest = 0d;
        for (var c = 0; c < sizes.Length; c++)
        {
            if (populationSizes[c] == smallest)
            {
                atHighest += sizes[c];
            }
        }

        var marketer = sumRatio / n;
        var average = Math.Max(sizes.Length / sumF, marketer);
        var journalist = new SampleRisk(AttackerModel.Journalist, threshold, 1d / smallest, 1d / largest, average, atHighest / n, atRisk / n);
        return (journalist, new MarketerRisk(marketer));
    }

    /// <summary>
    /// F_c for each sample class: groups the population and the sample together (sample codes mapped into the population's
    /// dictionaries), so the two share class ids.
    /// </summary>
    private static int[] PopulationClassSizes(Table sample, Column[] sampleColumns, EquivalenceClasses classes, Table population, CancellationToken cancellationToken)
    {
        var popRows = population.RowCount;
        var joint = new (int[] Codes, int Cardinality)[sampleColumns.Length];
        for (var q = 0; q < sampleColumns.Length; q++)
        {
            var sampleColumn = sampleColumns[q];
            var popColumn = population.GetColumn(sampleColumn.Name);
            var lookup = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var code = 1; code < popColumn.Cardinality; code++)
            {
                lookup[popColumn.ValueOf(code)!] = code;
            }

            var absent = popColumn.Cardinality; // a code no population record has
            var map = new int[sampleColumn.Cardinality];
            for (var code = 1; code < map.Length; code++)
            {
                map[code] = lookup.TryGetValue(sampleColumn.ValueOf(code)!, out var p) ? p : absent;
            }

            var codes = new int[popRows + classes.ClassCount];
            popColumn.Codes.CopyTo(codes);
            var reps = classes.Representatives;
            for (var c = 0; c < reps.Length; c++)
            {
                codes[popRows + c] = map[sampleColumn.GetCode(reps[c])];
            }

            joint[q] = (codes, absent + 1);
        }

        var jointClass = EquivalenceClasses.Group(joint, popRows + classes.ClassCount, out var jointSizes, out _, cancellationToken);
        // A joint class holds F_c population records plus the sample representatives that map to it (one, unless several
        // sample classes fall on values the population lacks).
        var representativesIn = new int[jointSizes.Length];
        for (var c = 0; c < classes.ClassCount; c++)
        {
            representativesIn[jointClass[popRows + c]]++;
        }

        var result = new int[classes.ClassCount];
        var missing = 0;
        for (var c = 0; c < result.Length; c++)
        {
            var id = jointClass[popRows + c];
            result[c] = jointSizes[id] - representativesIn[id];
            if (result[c] == 0)
            {
                missing++;
            }
        }

        if (missing > 0)
        {
            throw new InvalidOptionException("PopulationTable", $"{missing} of the sample's {result.Length} classes do not occur in the population table '{population.Source}': it must contain every sample record.");
        }

        return result;
    }
}
