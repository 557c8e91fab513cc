using System.CommandLine;
using RiskNotebooks.Guidance;
using RiskNotebooks.Reporting.Json;

namespace RiskNotebooks.Cli;

/// <summary><c>risknb assess</c>: harm × likelihood of an assessment file, its weakest links and its metadata record.</summary>
internal static class AssessCommand
{
    /// <summary>The bundled example: the demo registry in a secure enclave (datasets/assessments/).</summary>
    internal const string ExampleFileName = "demo-registry-enclave.assessment.json";

    internal static Command Create(TextWriter output)
    {
        var file = new Argument<string?>("FILE")
        {
            Description = "An assessment file (JSON; see datasets/schemas/assessment.schema.json). Without it, the bundled example assessment of the demo registry in a secure enclave.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = new Option<string>("--format") { Description = "Output format: table (readable) or json (for pipelines).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var html = ReportFile.Create();

        var command = new Command("assess", "Assess risk = harm × likelihood: harm rules, P(re-id | attempt) × P(attempt), weakest links, the 4 × 4 matrix initial and residual, and the sensitivity metadata record.")
        {
            file, html, format,
        };

        command.SetAction(parse =>
        {
            var path = parse.GetValue(file) ?? LocateExample();
            using var files = new CommandFiles();
            files.Input(path, "FILE");
            var reportPath = files.Report(parse.GetValue(html));
            var document = AssessmentFile.Load(path);
            files.Inputs(
                document.Assessment.Assets.SelectMany(a => new[] { a.Measurement, a.PlannedDataMeasure?.Measurement }).OfType<RiskNotebooks.Assessment.RegistryMeasurement>().Select(m => m.Report.Source),
                "a data file of FILE");
            files.CheckOutputs(); // the data files are known only now
            var report = document.Evaluate();
            ReportFile.Write(files, reportPath, () => RiskNotebooks.Reporting.Export.HtmlReport.For(report));
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
