using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;
using RiskNotebooks.Interactive.Commands;
using RiskNotebooks.Reporting.Notebook;

namespace RiskNotebooks.Interactive;

/// <summary><c>#!risk-export</c>: the last result's card and charts in one offline HTML file, to share.</summary>
internal static partial class MagicCommands
{
    internal static void RegisterExport(Kernel kernel, NotebookSession session)
    {
        kernel.AddDirective<RiskExportCommand>(
            Directive("#!risk-export", "Save the last result (#!reid, #!risk-location, #!risk-assess or #!risk-text) as a self-contained HTML report: its card and charts, plotly.js inlined, nothing loaded from the network, aggregates only.",
                Parameter("--path", "The file to write, ending in .html (written atomically).", allowImplicitName: true, required: true)),
            (command, context) => Run(command, context, () => Export(command, context, session)));
    }

    private static void Export(RiskExportCommand command, KernelInvocationContext context, NotebookSession session)
    {
        var path = command.Path ?? throw new InvalidOptionException("#!risk-export", "give a file, e.g. #!risk-export registry-risk.html");
        Reporting.Export.HtmlReport.CheckPath(path, "--path");

        var (what, build) = session.LastExport ?? throw new InvalidOptionException("#!risk-export", "there is nothing to export yet: run #!reid, #!risk-location, #!risk-assess or #!risk-text first.");
        var report = build();
        report.Save(path, "--path");
        context.DisplayAs($"<p>Saved the {System.Net.WebUtility.HtmlEncode(what)} report ({report.SectionCount} sections, aggregates only) to <code>{System.Net.WebUtility.HtmlEncode(Path.GetFullPath(path))}</code>.</p>", HtmlFormatter.MimeType);
    }
}
