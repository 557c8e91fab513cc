using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;
using RiskNotebooks.Interactive.Commands;
using RiskNotebooks.Reporting.Charts;
using RiskNotebooks.Text;
using RiskNotebooks.Text.Redaction;

namespace RiskNotebooks.Interactive;

/// <summary><c>#!risk-text</c>: personal data and re-identification risk in interview transcripts and clinical notes.</summary>
internal static partial class MagicCommands
{
    internal static void RegisterText(Kernel kernel, NotebookSession session)
    {
        kernel.AddDirective<RiskTextCommand>(
            Directive("#!risk-text", "Find personal data (identifiers, quasi-identifiers, GDPR special categories) in Swedish and English text documents; show each document's risk and a heatmap; optionally redact with consistent keyed tags.",
                Parameter("--path", "A folder (its *.txt files, recursively) or one text file.", allowImplicitName: true, required: true),
                Parameter("--lang", "The documents' language: sv, en or auto (default: detected per document).").AddCompletions(() => ["auto", "sv", "en"]),
                Parameter("--redact", "A folder to write redacted copies (keyed tags such as [PERSON-7f3a9c2b41]) and .spans.json files to; originals are never changed."),
                Parameter("--key-file", "With --redact: a file of at least 16 secret bytes; tags are HMAC-SHA256 under it."),
                Parameter("--document-names", "Name documents by their file names in the card and chart (default: document 1, 2, ... in the order read; a file name often names its subject).", flag: true),
                Parameter("--min-confidence", "Drop findings below this confidence, in [0, 1] (default 0.5).", typeHint: "number"),
                Parameter("--name", "A C# variable to publish the report as (none by default).")),
            (command, context) => Run(command, context, () => Text(command, context, session)));
    }

    private static void Text(RiskTextCommand command, KernelInvocationContext context, NotebookSession session)
    {
        var path = command.Path ?? throw new InvalidOptionException("#!risk-text", "give a folder or a file, e.g. #!risk-text ../datasets/text");
        if (command.Redact is not null && command.KeyFile is null)
        {
            throw new InvalidOptionException("--key-file", "--redact needs a key file (at least 16 secret bytes).");
        }

        if (command.Redact is null && command.KeyFile is not null)
        {
            throw new InvalidOptionException("--key-file", "only applies with --redact.");
        }

        var language = command.Lang switch
        {
            null or "auto" => TextLanguage.Auto,
            "sv" => TextLanguage.Swedish,
            "en" => TextLanguage.English,
            _ => throw new InvalidOptionException("--lang", "must be sv, en or auto."),
        };
        var report = TextAnalysis.Run(path, new TextAnalysisOptions
        {
            Scan = new TextScanOptions { Language = language, MinimumConfidence = command.MinConfidence ?? 0.5 },
            RedactTo = command.Redact,
            Key = command.KeyFile is { } key ? RedactionKey.FromFile(key) : null,
            DocumentNames = command.DocumentNames,
        }, context.CancellationToken);
        Publish(context, "--name", command.Name, report);
        session.LastExport = ("text", () => Reporting.Export.HtmlReport.For(report));
        context.Display(report, HtmlFormatter.MimeType);
        if (report.Documents.Count > 0)
        {
            context.Display(TextRiskCharts.DocumentCategories(report.Documents, documentNames: report.DocumentNames), HtmlFormatter.MimeType);
        }
    }
}
