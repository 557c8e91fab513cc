using RiskNotebooks.Commands;
using RiskNotebooks.Guidance;
using RiskNotebooks.Reporting.Charts;
using RiskNotebooks.Reporting.Export;

namespace RiskNotebooks.Reporting.Notebook;

/// <summary><c>#!risk-assess</c>.</summary>
public static partial class NotebookCommands
{
    /// <summary>
    /// <c>#!risk-assess</c>: evaluates the request's assessment file, or else the one assessed last, in the variant the
    /// request asks for. Displays the assessment card and the risk matrix.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="session">The session (the last assessment, the export).</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The evaluated assessment and what to display.</returns>
    public static NotebookOutcome Assess(AssessRequest request, NotebookSession session, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        request.Validate();
        var document = request.Path is { } path
            ? AssessmentFile.Load(path, cancellationToken: cancellationToken)
            : session.AssessmentDocument ?? throw new InvalidOptionException("#!risk-assess", "give the assessment file, e.g. #!risk-assess ../datasets/assessments/demo-registry-enclave.assessment.json");
        session.AssessmentDocument = document;
        var report = document.Evaluate(request.Apply(document.Assessment));
        session.LastAssessment = report;
        session.LastExport = ("assessment", () => ResultReport.For(report));
        return new NotebookOutcome(report, [report, RiskMatrixChart.Create(report.Result.Matrix)]);
    }
}
