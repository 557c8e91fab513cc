using System.Globalization;
using RiskNotebooks.Data;
using RiskNotebooks.Genomics;

namespace RiskNotebooks.Assessment;

/// <summary>
/// P(re-id | attempt) from the genotype engine: each sample's probability of being the only person in the population with
/// its genotypes, (1 − RMP)^(N − 1), where RMP is the sample's random match probability over the called sites
/// (see <see cref="GenotypeRisk"/>).
/// </summary>
/// <remarks>
/// An attacker holding a reference genotype of the target (a relative's consumer test, a forensic database) who matches
/// it against the data singles the target out when no one else in the population shares the genotypes. The average risk
/// is the mean of the samples' probabilities of being unique, the highest risk the largest.
/// </remarks>
public sealed class GenotypeMeasurement : IReidentificationMeasurement
{
    /// <summary>Wraps a report of <see cref="GenotypeRisk"/>.</summary>
    /// <param name="report">The report.</param>
    /// <exception cref="InvalidOptionException">The file holds no sample (a frequency table cannot be matched against a person).</exception>
    public GenotypeMeasurement(GenotypeRiskReport report)
    {
        Report = report ?? throw new ArgumentNullException(nameof(report));
        if (report.SampleCount == 0)
        {
            throw new InvalidOptionException("genotypes.file", "the file holds no sample's genotypes: there is no one to match.");
        }

        AverageRisk = report.Samples.Average(s => s.ProbabilityUnique);
        HighestRisk = report.Samples.Max(s => s.ProbabilityUnique);
    }

    /// <summary>The genotype engine's report (its samples are record-level: keep them out of shared output).</summary>
    public GenotypeRiskReport Report { get; }

    /// <inheritdoc/>
    public string Source => Path.GetFileName(Report.Source);

    /// <inheritdoc/>
    public string Method => DescribeMethod(MinimumCellSize.Default);

    /// <inheritdoc/>
    public string DescribeMethod(MinimumCellSize minimumCellSize)
    {
        var cells = minimumCellSize ?? throw new ArgumentNullException(nameof(minimumCellSize));
        return string.Create(CultureInfo.InvariantCulture, $"probability that a sample's genotypes are unique in a population of {Report.Options.Population:N0} (genotype engine, allele frequencies {Frequencies(Report.Options.Frequencies)}; {cells.Format(Report.SampleCount)} samples, {Report.InformativeSites:N0} informative sites)");
    }

    /// <inheritdoc/>
    public double AverageRisk { get; }

    /// <inheritdoc/>
    public double HighestRisk { get; }

    /// <inheritdoc/>
    public long? SubjectCount => Report.SampleCount;

    /// <inheritdoc/>
    public string? InputPath => Report.Source;

    private static string Frequencies(AlleleFrequencySource source) => source switch
    {
        AlleleFrequencySource.Info => "from the file's INFO/AF",
        AlleleFrequencySource.Table => "from a frequency table",
        _ => "from the cohort itself",
    };

    /// <summary>Reads a VCF file and measures it.</summary>
    /// <param name="path">The VCF file (plain or gzip).</param>
    /// <param name="options">The population and frequencies; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops a long measurement.</param>
    /// <returns>The measurement.</returns>
    public static GenotypeMeasurement FromFile(string path, GenotypeRiskOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new GenotypeMeasurement(GenotypeRisk.Analyse(path, options, cancellationToken));
    }
}
