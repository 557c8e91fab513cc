using RiskNotebooks.Commands;
using RiskNotebooks.Imaging;
using RiskNotebooks.Reporting.Export;
using RiskNotebooks.Reporting.Html;

namespace RiskNotebooks.Reporting.Notebook;

/// <summary><c>#!risk-dicom</c>.</summary>
public static partial class NotebookCommands
{
    /// <summary>
    /// <c>#!risk-dicom</c>: reads the headers of a DICOM file or folder and shows the card (attribute names and counts;
    /// no value, UID or file name); the report is the result a host publishes when the user names a variable.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="session">The session (the export).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The report and what to display.</returns>
    public static NotebookOutcome Dicom(DicomRequest request, NotebookSession session, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        request.Validate();
        var path = request.Path ?? throw new InvalidOptionException("#!risk-dicom", "give a folder or a DICOM file, e.g. #!risk-dicom ../datasets/dicom/samples");
        RiskNotebooks.Data.InputFile.RequireReadable(path, "--path", folderAllowed: true);
        var report = DicomRisk.Analyse(path, request.ToOptions(), cancellationToken);
        session.LastExport = ("dicom", () => ResultReport.For(report));
        return new NotebookOutcome(report, [new HtmlFragment(DicomCard.ToHtml(report), DicomCard.ToText(report))]);
    }
}
