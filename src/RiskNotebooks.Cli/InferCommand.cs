using System.CommandLine;
using RiskNotebooks.Commands;
using RiskNotebooks.Data;
using RiskNotebooks.Sources;
using RiskNotebooks.ML;
using RiskNotebooks.Reporting.Export;
using RiskNotebooks.Reporting.Html;
using RiskNotebooks.Reporting.Json;

namespace RiskNotebooks.Cli;

/// <summary><c>risknb infer</c>: the options of <see cref="InferRequest.Table"/>, plus the files and formats of the command line.</summary>
internal static class InferCommand
{
    internal static Command Create(TextWriter output)
    {
        var table = new TableCommand<InferRequest>(InferRequest.Table);
        var format = OutputFormat.Create();
        var command = table.Command;
        var report = new ReportFile(command);
        command.Options.Add(format);

        command.SetAction((parse, cancellationToken) =>
        {
            var request = table.Bind(parse);
            var path = request.Path ?? throw new InvalidOptionException("FILE", "give the table to measure, e.g. risknb infer registry.csv --qi age,sex,municipality --sensitive diagnosis.");
            var options = request.ToOptions(request.QuasiIdentifiers, request.SensitiveAttributes);
            using var files = new CommandFiles();
            files.Input(path, "FILE");
            var reportPath = report.CheckedPath(parse, files);
            var data = TableFiles.Load(path, request.ToLoadOptions([.. options.QuasiIdentifiers, .. options.SensitiveAttributes]), cancellationToken);
            if (data.RowCount == 0)
            {
                throw InputFormatException.OfFile(path, "the file has a header but no records: there is nothing to measure.");
            }

            if (request.Released is { } releasedPath)
            {
                files.Input(releasedPath, "--released");
                files.Input(request.Control, "--control");
                var columns = request.ToLoadOptions([.. options.QuasiIdentifiers, .. options.SensitiveAttributes]);
                var release = ReleaseInference.Analyse(data, TableFiles.Load(releasedPath, columns, cancellationToken), TableFiles.Load(request.Control!, columns, cancellationToken), options, cancellationToken);
                report.Write(parse, files, reportPath, () => ResultReport.For(release));
                files.Commit(parse.InvocationConfiguration.Error, cancellationToken);
                if (parse.GetValue(format) == "json")
                {
                    InferJson.Write(release, output);
                }
                else
                {
                    output.Write(InferenceCard.ToText(release));
                }

                return Task.FromResult(ExitCodes.Ok);
            }

            var result = AttributeInference.Analyse(data, options, cancellationToken);
            report.Write(parse, files, reportPath, () => ResultReport.For(result));
            files.Commit(parse.InvocationConfiguration.Error, cancellationToken);
            if (parse.GetValue(format) == "json")
            {
                InferJson.Write(result, output);
            }
            else
            {
                output.Write(InferenceCard.ToText(result));
            }

            return Task.FromResult(ExitCodes.Ok);
        });

        return command;
    }
}
