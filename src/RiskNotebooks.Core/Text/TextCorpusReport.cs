namespace RiskNotebooks.Text;

/// <summary>The result of <see cref="TextAnalysis.Run"/>: each document's report (unless not kept) and the corpus summary.</summary>
public sealed class TextCorpusReport
{
    internal TextCorpusReport(string source, IReadOnlyList<DocumentReport> documents, TextCorpusSummary summary, string? redactedTo, IReadOnlyDictionary<EntityType, int> tags)
    {
        Source = source;
        Documents = documents;
        Summary = summary;
        RedactedTo = redactedTo;
        RedactionTags = tags;
    }

    /// <summary>The folder or file scanned, as given.</summary>
    public string Source { get; }

    /// <summary>The documents, in the order they were read (empty when <see cref="TextAnalysisOptions.KeepDocuments"/> is off).</summary>
    public IReadOnlyList<DocumentReport> Documents { get; }

    /// <summary>Aggregates over all documents.</summary>
    public TextCorpusSummary Summary { get; }

    /// <summary>The folder the redacted copies went to, when redaction was asked for.</summary>
    public string? RedactedTo { get; }

    /// <summary>The number of distinct tags given per type (distinct values replaced), when redaction was asked for.</summary>
    public IReadOnlyDictionary<EntityType, int> RedactionTags { get; }
}
