using System.CommandLine;
using RiskNotebooks.Commands;
using RiskNotebooks.Guidance;
using RiskNotebooks.Reporting.Json;

namespace RiskNotebooks.Cli;

/// <summary><c>risknb assess</c>: the options of <see cref="AssessRequest.Table"/>, plus the report and the formats of the command line.</summary>
internal static class AssessCommand
{
    /// <summary>The bundled example: the demo registry in a secure enclave (datasets/assessments/).</summary>
    internal const string ExampleFileName = "demo-registry-enclave.assessment.json";

    internal static Command Create(TextWriter output)
    {
        var table = new TableCommand<AssessRequest>(AssessRequest.Table);
        var format = OutputFormat.Create();
        var command = table.Command;
        var html = new ReportFile(command);
        command.Options.Add(format);

        command.SetAction(parse =>
        {
            var request = table.Bind(parse);
            var path = request.Path ?? LocateExample();
            using var files = new CommandFiles();
            files.Input(path, "FILE");
            var reportPath = html.CheckedPath(parse, files);
            var document = AssessmentFile.Load(path);
            files.Inputs(
                document.Assessment.Assets.SelectMany(a => new[] { a.Measurement, a.PlannedDataMeasure?.Measurement }).Select(m => m?.InputPath).OfType<string>(),
                "a data file of FILE");
            files.CheckOutputs(); // the data files are known only now
            var report = document.Evaluate(request.Apply(document.Assessment));
            html.Write(parse, files, reportPath, () => RiskNotebooks.Reporting.Export.ResultReport.For(report));
            files.Commit(parse.InvocationConfiguration.Error);
            if (parse.GetValue(format) == "json")
            {
                AssessJson.Write(report, output);
            }
            else
            {
                AssessTable.Write(report, output);
            }

            return ExitCodes.Ok;
        });

        return command;
    }

    /// <summary>The example beside the program (copied at build with the demo registry it points at).</summary>
    internal static string LocateExample()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "datasets", "assessments", ExampleFileName);
        return File.Exists(beside)
            ? beside
            : throw new InvalidOptionException("FILE", $"no file given and the example assessment is not installed beside the program ({beside}).");
    }
}
