using System.Globalization;
using RiskNotebooks.Data;
using RiskNotebooks.Text;

namespace RiskNotebooks.Assessment;

/// <summary>
/// P(re-id | attempt) from the text engine: the share of a corpus's documents whose risk level is at least
/// <see cref="Threshold"/> (by default <see cref="DocumentRiskLevel.High"/>: three or more kinds of quasi-identifier, or
/// a direct identifier).
/// </summary>
/// <remarks>
/// <para>Each document is about one person (an interview, a journal note). A reader who attempts re-identification picks
/// a document; the subject is taken as re-identifiable when the document's level (see <see cref="DocumentRisk"/>) is at
/// the threshold or above, so the average risk is d/n, documents at or above the threshold over documents.</para>
/// <para>The highest risk is 1 when any document is at or above the threshold (an attacker who may choose picks that
/// one), and 0 otherwise. A document below the threshold is not proven safe: lower the threshold to
/// <see cref="DocumentRiskLevel.Medium"/> to count place-and-date pairs too.</para>
/// </remarks>
public sealed class TextMeasurement : IReidentificationMeasurement
{
    /// <summary>Wraps a report of <see cref="TextAnalysis"/>.</summary>
    /// <param name="report">The corpus report.</param>
    /// <param name="threshold">The lowest level counted as re-identifiable: medium, high (the default) or identified.</param>
    /// <exception cref="InvalidOptionException">The threshold is <see cref="DocumentRiskLevel.Low"/>, or the corpus has no document.</exception>
    public TextMeasurement(TextCorpusReport report, DocumentRiskLevel threshold = DocumentRiskLevel.High)
    {
        Report = report ?? throw new ArgumentNullException(nameof(report));
        if (!Enum.IsDefined(threshold) || threshold == DocumentRiskLevel.Low)
        {
            throw new InvalidOptionException("text.atLeast", "must be one of: medium, high, identified.");
        }

        if (report.Summary.DocumentCount == 0)
        {
            throw new InvalidOptionException("text.folder", "the folder holds no document (*.txt): there is nothing to measure.");
        }

        Threshold = threshold;
        DocumentsAtRisk = Enum.GetValues<DocumentRiskLevel>().Where(l => l >= threshold).Sum(l => report.Summary.DocumentsAt(l));
    }

    /// <summary>The text engine's report (its documents are record-level: keep them out of shared output).</summary>
    public TextCorpusReport Report { get; }

    /// <summary>The lowest document risk level counted as re-identifiable.</summary>
    public DocumentRiskLevel Threshold { get; }

    /// <summary>The documents at or above the threshold.</summary>
    public int DocumentsAtRisk { get; }

    /// <summary>The documents read.</summary>
    public int DocumentCount => Report.Summary.DocumentCount;

    /// <inheritdoc/>
    public string Source => Report.SourceName;

    /// <inheritdoc/>
    public string Method => DescribeMethod(MinimumCellSize.Default);

    /// <inheritdoc/>
    public string DescribeMethod(MinimumCellSize minimumCellSize)
    {
        var levels = string.Join(" or ", Enum.GetValues<DocumentRiskLevel>().Where(l => l >= Threshold).Select(Level));
        var cells = minimumCellSize ?? throw new ArgumentNullException(nameof(minimumCellSize));
        return string.Create(CultureInfo.InvariantCulture, $"share of documents at risk level {levels} (text engine, at least '{Level(Threshold)}'): {cells.Format(DocumentsAtRisk)} of {cells.Format(DocumentCount)} documents");
    }

    /// <inheritdoc/>
    public double AverageRisk => (double)DocumentsAtRisk / DocumentCount;

    /// <inheritdoc/>
    public double HighestRisk => DocumentsAtRisk > 0 ? 1d : 0d;

    /// <inheritdoc/>
    public long? SubjectCount => DocumentCount;

    /// <inheritdoc/>
    public string? InputPath => Report.Source;

    /// <summary>Scans a folder of documents (or one file) and measures it.</summary>
    /// <param name="path">The folder (its <c>*.txt</c> files, recursively) or file.</param>
    /// <param name="threshold">The lowest level counted as re-identifiable.</param>
    /// <param name="language">The documents' language, or <see cref="TextLanguage.Auto"/>.</param>
    /// <param name="cancellationToken">Stops a long scan.</param>
    /// <returns>The measurement.</returns>
    /// <exception cref="InvalidOptionException">The path does not exist, or holds no document.</exception>
    /// <exception cref="InputFormatException">A document cannot be read.</exception>
    public static TextMeasurement FromFolder(string path, DocumentRiskLevel threshold = DocumentRiskLevel.High, TextLanguage language = TextLanguage.Auto, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var report = TextAnalysis.Run(path, new TextAnalysisOptions { Scan = new TextScanOptions { Language = language }, KeepDocuments = false }, cancellationToken);
        return new TextMeasurement(report, threshold);
    }

    /// <summary>A level as the assessment file writes it.</summary>
    internal static string Level(DocumentRiskLevel level) => level.ToString().ToLowerInvariant();
}
