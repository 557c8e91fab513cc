namespace RiskNotebooks.Text.Evaluation;

/// <summary>
/// The findings of a scan kept per document, by the document's path relative to the scanned folder (as a labels file
/// names documents), to be scored against labels with <see cref="Evaluate"/>. Only needed when labels are given.
/// </summary>
public sealed class FindingsByDocument
{
    private readonly string folder;
    private readonly Dictionary<string, List<Finding>> found = new(StringComparer.Ordinal);

    /// <summary>Creates an empty collection for a scan of a folder or a file.</summary>
    /// <param name="source">The scanned folder, or a file (its folder is the base of the relative paths).</param>
    public FindingsByDocument(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        folder = Directory.Exists(source) ? source : Path.GetDirectoryName(Path.GetFullPath(source)) ?? ".";
    }

    /// <summary>Keeps a finding (a <see cref="TextAnalysisOptions.OnFinding"/> callback).</summary>
    /// <param name="document">The document's path as the scan gives it.</param>
    /// <param name="finding">The finding.</param>
    public void Add(string document, Finding finding)
    {
        var relative = Path.GetRelativePath(folder, document).Replace('\\', '/');
        if (!found.TryGetValue(relative, out var list))
        {
            found[relative] = list = [];
        }

        list.Add(finding);
    }

    /// <summary>Precision and recall per type against labelled documents (a document without findings found nothing).</summary>
    /// <param name="labels">The labelled documents.</param>
    /// <returns>The evaluation.</returns>
    public TextEvaluationReport Evaluate(IEnumerable<LabelledDocument> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return TextEvaluation.Run(labels.Select(l => (l, (IReadOnlyList<Finding>)(found.TryGetValue(l.Document, out var list) ? list : []))));
    }
}
