using System.CommandLine;
using RiskNotebooks.Commands;
using RiskNotebooks.Imaging;
using RiskNotebooks.Reporting.Html;
using RiskNotebooks.Reporting.Json;

namespace RiskNotebooks.Cli;

/// <summary><c>risknb dicom</c>: the options of <see cref="DicomRequest.Table"/>, plus the report and format of the command line.</summary>
internal static class DicomCommand
{
    /// <summary>How many damaged files are named on standard error before the rest are only counted.</summary>
    private const int DamagedFilesNamed = 10;

    internal static Command Create(TextWriter output)
    {
        var table = new TableCommand<DicomRequest>(DicomRequest.Table);
        var format = OutputFormat.Create();
        var command = table.Command;
        var report = new ReportFile(command);
        command.Options.Add(format);

        command.SetAction((parse, cancellationToken) =>
        {
            var request = table.Bind(parse);
            using var files = new CommandFiles();
            files.Input(request.Path, "FOLDER|FILE", folderAllowed: true);
            var reportPath = report.CheckedPath(parse, files);
            files.CheckOutputs();
            var error = parse.InvocationConfiguration.Error;
            var named = 0;
            var options = request.ToOptions() with
            {
                OnDamagedFile = e =>
                {
                    if (named++ < DamagedFilesNamed)
                    {
                        error.WriteLine($"warning: {e.Message}");
                    }
                },
            };
            var result = DicomRisk.Analyse(request.Path!, options, cancellationToken);
            report.Write(parse, files, reportPath, () => RiskNotebooks.Reporting.Export.ResultReport.For(result));
            files.Commit(error, cancellationToken);
            if (parse.GetValue(format) == "json")
            {
                DicomJson.Write(result, output);
            }
            else
            {
                output.Write(DicomCard.ToText(result));
            }

            return Task.FromResult(ExitCodes.Ok);
        });

        return command;
    }
}
