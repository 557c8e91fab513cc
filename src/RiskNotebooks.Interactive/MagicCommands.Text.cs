using Microsoft.DotNet.Interactive;
using RiskNotebooks.Commands;
using RiskNotebooks.Interactive.Commands;
using RiskNotebooks.Reporting.Notebook;

namespace RiskNotebooks.Interactive;

/// <summary><c>#!risk-text</c>: personal data and re-identification risk in interview transcripts and clinical notes.</summary>
internal static partial class MagicCommands
{
    internal static void RegisterText(Kernel kernel, NotebookSession session)
    {
        kernel.AddDirective<RiskTextCommand>(
            TableDirectives.Create(
                "#!risk-text",
                "Find personal data (identifiers, quasi-identifiers, GDPR special categories) in Swedish and English text documents; show each document's risk and a heatmap; optionally redact with consistent keyed tags.",
                TextRequest.Table,
                Parameter("--name", "A C# variable to publish the report as (none by default).")),
            (command, context) => Run(command, context, () => Show(context, NotebookCommands.Text(TableDirectives.Bind(TextRequest.Table, command), session, context.CancellationToken), "--name", command.Text("--name"))));
    }
}
