using System.CommandLine;
using RiskNotebooks.Commands;
using RiskNotebooks.Data;
using RiskNotebooks.Genomics;
using RiskNotebooks.Reporting.Html;
using RiskNotebooks.Reporting.Json;

namespace RiskNotebooks.Cli;

/// <summary><c>risknb genome</c>: the options of <see cref="GenomeRequest.Table"/>, plus the files and formats of the command line.</summary>
internal static class GenomeCommand
{
    internal static Command Create(TextWriter output)
    {
        var table = new TableCommand<GenomeRequest>(GenomeRequest.Table);
        var records = new Option<string?>("--records") { Description = "Write per-sample results (sample name, called sites, log10 match probability, expected matches, probability unique) to this CSV. Per-sample output: share with care." };
        var format = OutputFormat.Create();
        var command = table.Command;
        command.Options.Add(records);
        var report = new ReportFile(command);
        command.Options.Add(format);

        command.SetAction((parse, cancellationToken) =>
        {
            var request = table.Bind(parse);
            using var files = new CommandFiles();
            var reportPath = report.CheckedPath(parse, files);
            var recordsPath = files.Output(parse.GetValue(records), "--records", "per-sample results");
            files.Input(request.Path, "FILE");
            files.Input(request.FrequencyTable, "--frequency-table");
            files.CheckOutputs();
            var result = GenotypeRisk.Analyse(request.Path!, request.ToOptions(), cancellationToken);
            if (recordsPath is not null)
            {
                SafeCsvWriter.WriteFile(files.Staged, recordsPath, csv =>
                {
                    foreach (var name in new[] { "sample", "called_sites", "log10_match_probability", "expected_matches", "probability_unique" })
                    {
                        csv.WriteText(name);
                    }

                    csv.EndRow();
                    foreach (var sample in result.Samples)
                    {
                        csv.WriteText(sample.Sample);
                        csv.WriteNumber((long)sample.CalledSites);
                        csv.WriteNumber(sample.Log10MatchProbability);
                        csv.WriteNumber(sample.ExpectedMatches);
                        csv.WriteNumber(sample.ProbabilityUnique);
                        csv.EndRow();
                    }
                }, "--records");
            }

            report.Write(parse, files, reportPath, () => RiskNotebooks.Reporting.Export.ResultReport.For(result));
            files.Commit(parse.InvocationConfiguration.Error, cancellationToken);
            if (parse.GetValue(format) == "json")
            {
                GenomeJson.Write(result, output);
            }
            else
            {
                output.Write(GenotypeCard.ToText(result));
            }

            return Task.FromResult(ExitCodes.Ok);
        });

        return command;
    }
}
