using RiskNotebooks.Commands;
using RiskNotebooks.Reporting.Charts;
using RiskNotebooks.Reporting.Export;
using RiskNotebooks.Text;
using RiskNotebooks.Text.Evaluation;
using RiskNotebooks.Text.Redaction;

namespace RiskNotebooks.Reporting.Notebook;

/// <summary><c>#!risk-text</c>.</summary>
public static partial class NotebookCommands
{
    /// <summary>
    /// <c>#!risk-text</c>: scans a folder or file, redacts when asked, and scores against labels when given. Displays
    /// the corpus card, the documents × categories heatmap and, with <c>--labels</c>, precision and recall per type.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="session">The session (the export).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The corpus report and what to display.</returns>
    public static NotebookOutcome Text(TextRequest request, NotebookSession session, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        request.Validate();
        var path = request.Path ?? throw new InvalidOptionException("#!risk-text", "give a folder or a file, e.g. #!risk-text ../datasets/text");
        var labels = request.Labels is { } labelsPath ? LabelsFile.Read(labelsPath) : null;
        var found = labels is null ? null : new FindingsByDocument(path);
        var options = request.ToOptions(request.KeyFile is { } key ? RedactionKey.FromFile(key) : null);
        if (found is not null)
        {
            options = options with { OnFinding = found.Add };
        }

        var report = TextAnalysis.Run(path, options, cancellationToken);
        session.LastExport = ("text", () => ResultReport.For(report));
        var displays = new List<object> { report };
        if (report.Documents.Count > 0)
        {
            displays.Add(TextRiskCharts.DocumentCategories(report.Documents, documentNames: report.DocumentNames));
        }

        if (found is not null)
        {
            displays.Add(found.Evaluate(labels!));
        }

        return new NotebookOutcome(report, displays);
    }
}
