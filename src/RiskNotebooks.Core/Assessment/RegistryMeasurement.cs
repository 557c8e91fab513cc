using RiskNotebooks.Data;
using RiskNotebooks.Registry;

namespace RiskNotebooks.Assessment;

/// <summary>P(re-id | attempt) from the registry engine: the prosecutor risk of a table on its quasi-identifiers.</summary>
/// <remarks>
/// Average risk = C/n (classes over records) and highest risk = 1/k, as ARX defines them (see <see cref="SampleRisk"/>).
/// The prosecutor model assumes the attacker knows the target is in the data, which is the cautious assumption for a
/// registry extract.
/// </remarks>
public sealed class RegistryMeasurement : IReidentificationMeasurement
{
    /// <summary>Wraps a report of <see cref="ReidentificationAnalysis"/>.</summary>
    /// <param name="report">The report.</param>
    public RegistryMeasurement(ReidentificationReport report)
    {
        Report = report ?? throw new ArgumentNullException(nameof(report));
    }

    /// <summary>The registry engine's report (aggregates; its classes are record-level, keep them out of shared output).</summary>
    public ReidentificationReport Report { get; }

    /// <inheritdoc/>
    public string Source => Path.GetFileName(Report.Source);

    /// <inheritdoc/>
    public string Method => DescribeMethod(MinimumCellSize.Default);

    /// <inheritdoc/>
    /// <remarks>The records and the smallest class are counts of people; the classes are not.</remarks>
    public string DescribeMethod(MinimumCellSize minimumCellSize)
    {
        ArgumentNullException.ThrowIfNull(minimumCellSize);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"prosecutor risk on {string.Join(", ", Report.QuasiIdentifiers)} ({minimumCellSize.Format(Report.RecordCount)} records, {Report.ClassCount:N0} classes, smallest class {minimumCellSize.Format(Report.MinClassSize)})");
    }

    /// <inheritdoc/>
    public double AverageRisk => Report.Prosecutor.AverageRisk;

    /// <inheritdoc/>
    public double HighestRisk => Report.Prosecutor.HighestRisk;

    /// <summary>The number of records measured.</summary>
    public long RecordCount => Report.RecordCount;

    /// <inheritdoc/>
    public long? SubjectCount => Report.RecordCount;

    /// <inheritdoc/>
    public string? InputPath => Report.Source;

    /// <summary>Loads a CSV file and measures it.</summary>
    /// <param name="path">The data file.</param>
    /// <param name="quasiIdentifiers">The quasi-identifier columns.</param>
    /// <param name="loadOptions">How to read the file; only the quasi-identifier columns are kept.</param>
    /// <param name="cancellationToken">Stops a long measurement.</param>
    /// <returns>The measurement.</returns>
    /// <exception cref="InputFormatException">The file cannot be read as a table.</exception>
    /// <exception cref="UnknownColumnException">A quasi-identifier is not a column of the file.</exception>
    public static RegistryMeasurement FromFile(string path, IReadOnlyList<string> quasiIdentifiers, CsvLoadOptions? loadOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(quasiIdentifiers);
        var table = CsvTableReader.Load(path, (loadOptions ?? CsvLoadOptions.Default) with { Columns = quasiIdentifiers }, cancellationToken);
        var report = ReidentificationAnalysis.Run(table, new ReidentificationOptions { QuasiIdentifiers = quasiIdentifiers }, cancellationToken);
        return new RegistryMeasurement(report);
    }
}
