using System.CommandLine;
using RiskNotebooks.Commands;
using RiskNotebooks.Location;
using RiskNotebooks.Reporting.Json;

namespace RiskNotebooks.Cli;

/// <summary><c>risknb location</c>: the options of <see cref="LocationRequest.Table"/>, plus the files and formats of the command line.</summary>
internal static class LocationCommand
{
    internal const string DemoFileName = "traces_100.csv";

    internal static Command Create(TextWriter output, ProgressDisplay? progress = null)
    {
        var table = new TableCommand<LocationRequest>(LocationRequest.Table);
        var records = new Option<string?>("--records") { Description = "Write per-user results (user id, points, unique shares, risks) to this CSV. Per-user output: share with care." };
        var format = OutputFormat.Create();
        var command = table.Command;
        command.Options.Add(records);
        var report = new ReportFile(command);
        command.Options.Add(format);

        command.SetAction((parse, cancellationToken) =>
        {
            var request = table.Bind(parse); // every option checked before a long load
            var options = request.ToOptions();
            var path = request.Path ?? LocateDemo();
            using var files = new CommandFiles();
            var reportPath = report.CheckedPath(parse, files);
            var recordsPath = files.Output(parse.GetValue(records), "--records", "per-user results");
            files.Input(path, "FILE");
            var antennaPath = files.Input(request.Antennas, "--antennas");
            files.CheckOutputs(); // now against the inputs too
            var antennas = antennaPath is null ? null : AntennaTable.Load(antennaPath);
            var traces = TraceReader.Load(path, request.ToLoadOptions(antennas));
            LocationRiskReport result;
            using (var bar = progress?.Start())
            {
                result = LocationRiskAnalysis.Run(traces, options, cancellationToken, bar);
            }

            if (recordsPath is not null)
            {
                LocationRecordsCsv.Write(files.Staged, recordsPath, result);
            }

            report.Write(parse, files, reportPath, () => RiskNotebooks.Reporting.Export.ResultReport.For(result));
            files.Commit(parse.InvocationConfiguration.Error, cancellationToken);
            if (parse.GetValue(format) == "json")
            {
                LocationJson.Write(result, output);
            }
            else
            {
                LocationTable.Write(result, output);
            }

            return Task.FromResult(ExitCodes.Ok);
        });

        return command;
    }

    /// <summary>The bundled traces: beside the program (copied at build).</summary>
    private static string LocateDemo()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "datasets", DemoFileName);
        return File.Exists(beside)
            ? beside
            : throw new InvalidOptionException("FILE", $"no file given and the bundled traces are not installed beside the program ({beside}).");
    }
}
