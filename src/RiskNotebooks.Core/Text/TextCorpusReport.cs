namespace RiskNotebooks.Text;

/// <summary>The result of <see cref="TextAnalysis.Run"/>: each document's report (unless not kept) and the corpus summary.</summary>
public sealed class TextCorpusReport
{
    internal TextCorpusReport(string source, IReadOnlyList<DocumentReport> documents, TextCorpusSummary summary, string? redactedTo, IReadOnlyDictionary<EntityType, int> tags, bool documentNames = false, bool sourceIsFile = false)
    {
        DocumentNames = documentNames;
        SourceName = sourceIsFile && !documentNames
            ? "one document"
            : Path.GetFileName(Path.TrimEndingDirectorySeparator(source)) is { Length: > 0 } name ? name : source;
        Source = source;
        Documents = documents;
        Summary = summary;
        RedactedTo = redactedTo;
        RedactionTags = tags;
    }

    /// <summary>The folder or file scanned, as given.</summary>
    public string Source { get; }

    /// <summary>What a shared report may call the source: the folder's name, the file's name with
    /// <see cref="DocumentNames"/>, else <c>one document</c>.</summary>
    public string SourceName { get; }

    /// <summary>Whether reports may name documents (<see cref="TextAnalysisOptions.DocumentNames"/>); otherwise they use <see cref="LabelOf"/>'s neutral numbers.</summary>
    public bool DocumentNames { get; }

    /// <summary>A document's neutral label: its 1-based number in the order read.</summary>
    /// <param name="number">The 1-based number.</param>
    /// <returns><c>document 3</c>.</returns>
    public static string NeutralLabel(int number) => $"document {number}";

    /// <summary>How a report names the document at a position of <see cref="Documents"/>: its path relative to the
    /// scanned folder with <see cref="DocumentNames"/>, else <see cref="NeutralLabel"/>.</summary>
    /// <param name="position">The 0-based position in <see cref="Documents"/>.</param>
    /// <returns>The label.</returns>
    public string LabelOf(int position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(position, Documents.Count);
        return DocumentNames ? Documents[position].Document : NeutralLabel(position + 1);
    }

    /// <summary>The documents, in the order they were read (empty when <see cref="TextAnalysisOptions.KeepDocuments"/> is off).</summary>
    public IReadOnlyList<DocumentReport> Documents { get; }

    /// <summary>Aggregates over all documents.</summary>
    public TextCorpusSummary Summary { get; }

    /// <summary>The folder the redacted copies went to, when redaction was asked for.</summary>
    public string? RedactedTo { get; }

    /// <summary>The number of distinct tags given per type (distinct values replaced), when redaction was asked for.</summary>
    public IReadOnlyDictionary<EntityType, int> RedactionTags { get; }
}
