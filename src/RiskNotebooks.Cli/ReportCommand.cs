using System.CommandLine;
using RiskNotebooks.Commands;
using RiskNotebooks.Guidance;
using RiskNotebooks.Reporting.Export;

namespace RiskNotebooks.Cli;

/// <summary><c>risknb report ASSESSMENT --format html|docx|md|json --out FILE</c>: the options of <see cref="ReportRequest.Table"/>.</summary>
internal static class ReportCommand
{
    internal static Command Create()
    {
        var table = new TableCommand<ReportRequest>(ReportRequest.Table);
        var command = table.Command;
        command.SetAction(parse =>
        {
            var request = table.Bind(parse);
            using var files = new CommandFiles();
            files.Input(request.Path, "ASSESSMENT");
            var format = request.Format is { } name ? ReportFormats.FromName(name, "--format") : ReportFormats.FromPath(request.Out!, "--out");
            var output = files.Report(request.Out, "--out");
            var document = AssessmentFile.Load(request.Path!);
            files.Inputs(
                document.Assessment.Assets.SelectMany(a => new[] { a.Measurement, a.PlannedDataMeasure?.Measurement }).Select(m => m?.InputPath).OfType<string>(),
                "a data file of ASSESSMENT");
            files.CheckOutputs(); // the data files are known only now
            var report = document.Evaluate(document.Assessment);
            ResultReport.For(report).Save(files.Staged, output!, "--out", request.MinimumCellSize, format);
            files.Commit(parse.InvocationConfiguration.Error);
            return ExitCodes.Ok;
        });

        return command;
    }
}
