using RiskNotebooks.Text.Redaction;

namespace RiskNotebooks.Text;

/// <summary>What <see cref="TextAnalysis.Run"/> does besides scanning: redaction, callbacks, keeping the per-document reports.</summary>
public sealed record TextAnalysisOptions
{
    /// <summary>How to scan.</summary>
    public TextScanOptions Scan { get; init; } = new();

    /// <summary>
    /// A folder to write redacted copies to (the documents' relative paths, each with a <c>.spans.json</c> beside it);
    /// <see langword="null"/> for no redaction. It must not be the scanned folder or inside it. Needs <see cref="Key"/>.
    /// </summary>
    public string? RedactTo { get; init; }

    /// <summary>The redaction key (required with <see cref="RedactTo"/>).</summary>
    public RedactionKey? Key { get; init; }

    /// <summary>Called with each finding and the document's name, in order (optional).</summary>
    public Action<string, Finding>? OnFinding { get; init; }

    /// <summary>Called when a document is done (optional).</summary>
    public Action<DocumentReport>? OnDocument { get; init; }

    /// <summary>Whether to keep every document's report in the result (default); turn off for very large corpora.</summary>
    public bool KeepDocuments { get; init; } = true;

    /// <summary>
    /// Whether reports may name the documents (their paths). Off by default: a file name often names its subject
    /// (<c>anna-svensson-interview.txt</c>), and a report shows it next to the document's special categories, so reports
    /// call documents <c>document 1</c>, <c>document 2</c>, ... in the order read (the sorted order of their paths).
    /// </summary>
    public bool DocumentNames { get; init; }
}
