using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;
using RiskNotebooks.Commands;
using RiskNotebooks.Interactive.Commands;
using RiskNotebooks.Reporting.Charts;
using RiskNotebooks.Reporting.Notebook;

namespace RiskNotebooks.Interactive;

/// <summary>The assessment commands: <c>#!risk-assess</c> and <c>#!risk-matrix</c>.</summary>
internal static partial class MagicCommands
{
    internal static void RegisterAssessment(Kernel kernel, NotebookSession session)
    {
        kernel.AddDirective<RiskAssessCommand>(
            TableDirectives.Create(
                "#!risk-assess",
                "Evaluate an assessment file: guiding questions, harm, likelihood = P(re-id | attempt) × P(attempt), the weakest link of every threat path, the risk initial and residual, the risk matrix.",
                AssessRequest.Table,
                Parameter("--name", "A C# variable to publish the result as (none by default).")),
            (command, context) => Run(command, context, () => Show(context, NotebookCommands.Assess(TableDirectives.Bind(AssessRequest.Table, command), session, context.CancellationToken), "--name", command.Text("--name"))));

        kernel.AddDirective<RiskMatrixCommand>(
            Directive("#!risk-matrix", "Draw the risk matrix (harm × likelihood) of the last assessment: zones, each asset initial and residual, arrows for what the planned measures change."),
            (command, context) => Run(command, context, () =>
            {
                var report = session.LastAssessment ?? throw new InvalidOptionException("#!risk-assess", "no assessment yet: run #!risk-assess FILE first.");
                context.Display(RiskMatrixChart.Create(report.Result.Matrix), HtmlFormatter.MimeType);
            }));
    }
}
