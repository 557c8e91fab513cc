using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;
using RiskNotebooks.Assessment;
using RiskNotebooks.Guidance;
using RiskNotebooks.Interactive.Commands;
using RiskNotebooks.Reporting.Charts;

namespace RiskNotebooks.Interactive;

/// <summary>The assessment commands: <c>#!risk-assess</c> and <c>#!risk-matrix</c>.</summary>
internal static partial class MagicCommands
{
    internal static void RegisterAssessment(Kernel kernel, NotebookSession session)
    {
        kernel.AddDirective<RiskAssessCommand>(
            Directive("#!risk-assess", "Evaluate an assessment file: guiding questions, harm, likelihood = P(re-id | attempt) × P(attempt), the weakest link of every threat path, the risk initial and residual, the risk matrix.",
                Parameter("--path", "The assessment file (JSON); default: the one assessed last.", allowImplicitName: true),
                Parameter("--setting", "Evaluate in another setting.").AddCompletions(() => Vocabulary.Ids<ReleaseSetting>()),
                Parameter("--without", "Controls to leave out, comma-separated ids (watch the weakest link move).").AddCompletions(() => ControlCatalog.Controls.Select(d => d.Id)),
                Parameter("--name", "A C# variable to publish the result as (none by default).")),
            (command, context) => Run(command, context, () => Assess(command, context, session)));

        kernel.AddDirective<RiskMatrixCommand>(
            Directive("#!risk-matrix", "Draw the risk matrix (harm × likelihood) of the last assessment: zones, each asset initial and residual, arrows for what the planned measures change."),
            (command, context) => Run(command, context, () =>
            {
                var report = session.LastAssessment ?? throw new InvalidOptionException("#!risk-assess", "no assessment yet: run #!risk-assess FILE first.");
                context.Display(RiskMatrixChart.Create(report.Result.Matrix), HtmlFormatter.MimeType);
            }));
    }

    private static void Assess(RiskAssessCommand command, KernelInvocationContext context, NotebookSession session)
    {
        var document = command.Path is { } path
            ? AssessmentFile.Load(path, cancellationToken: context.CancellationToken)
            : session.AssessmentDocument ?? throw new InvalidOptionException("#!risk-assess", "give the assessment file, e.g. #!risk-assess ../datasets/assessments/demo-registry-enclave.assessment.json");
        session.AssessmentDocument = document;
        var variant = document.Assessment;
        if (command.Setting is { } settingId)
        {
            var setting = Vocabulary.TryParse<ReleaseSetting>(settingId)
                ?? throw new InvalidOptionException("--setting", $"'{settingId}' is not a setting: use {string.Join(", ", Vocabulary.Ids<ReleaseSetting>())}.");
            variant = variant.WithSetting(setting);
        }

        foreach (var id in command.Without is { } without ? List(without) : [])
        {
            if (variant.FindControl(id) is null)
            {
                throw new InvalidOptionException("--without", $"the assessment has no control '{id}'. Its controls: {string.Join(", ", variant.Controls.Select(c => c.Id))}.");
            }

            variant = variant.WithoutControl(id);
        }

        var report = document.Evaluate(variant);
        session.LastAssessment = report;
        session.LastExport = ("assessment", () => Reporting.Export.HtmlReport.For(report));
        Publish(context, "--name", command.Name, report);
        context.Display(report, HtmlFormatter.MimeType);
        context.Display(RiskMatrixChart.Create(report.Result.Matrix), HtmlFormatter.MimeType);
    }
}
