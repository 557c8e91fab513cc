using System.CommandLine;
using RiskNotebooks.Commands;
using RiskNotebooks.Data;
using RiskNotebooks.Registry;
using RiskNotebooks.Reporting.Export;
using RiskNotebooks.Reporting.Json;
using RiskNotebooks.Reporting.Charts;
using RiskNotebooks.Sources;
using RiskNotebooks.Sources.Sql;

namespace RiskNotebooks.Cli;

/// <summary><c>risknb reid</c>: the options of <see cref="ReidRequest.Table"/>, plus the files and formats of the command line.</summary>
internal static class ReidCommand
{
    internal static Command Create(TextWriter output, ProgressDisplay? progress = null)
    {
        var table = new TableCommand<ReidRequest>(ReidRequest.Table);
        var records = new Option<string?>("--records") { Description = "Write record-level risks (row, fk, Fk, risk, ...) to this CSV. Record-level output: share with care." };
        var format = OutputFormat.Create();
        var command = table.Command;
        command.Options.Add(records);
        var report = new ReportFile(command);
        command.Options.Add(format);

        command.SetAction((parse, cancellationToken) =>
        {
            var request = table.Bind(parse);
            var path = request.Path;
            var qis = request.QuasiIdentifiers;
            if (qis.Count == 0)
            {
                if (path is not null)
                {
                    throw new InvalidOptionException("--qi", "name the quasi-identifier columns, e.g. --qi birth_date,sex,postcode.");
                }

                qis = DemoData.DefaultQuasiIdentifiers;
            }

            if (request.Database is not null)
            {
                return Task.FromResult(MeasureInDatabase(parse, request, records, report, format, output));
            }

            path ??= DemoData.Locate();
            using var files = new CommandFiles();
            files.Input(path, "FILE");
            var populationPath = files.Input(request.PopulationTable, "--population-table");
            var recordsPath = files.Output(parse.GetValue(records), "--records", "record-level risks");
            var reportPath = report.CheckedPath(parse, files);
            var loadOptions = request.ToLoadOptions(request.ColumnsFor(qis));
            var data = TableFiles.Load(path, loadOptions, cancellationToken);
            if (data.RowCount == 0)
            {
                throw InputFormatException.OfFile(path, "the file has a header but no records: there is nothing to measure.");
            }

            var populationData = populationPath is null ? null : TableFiles.Load(populationPath, loadOptions with { Columns = qis }, cancellationToken);
            ReidentificationReport result;
            using (var bar = progress?.Start())
            {
                result = ReidentificationAnalysis.Run(data, request.ToOptions(qis, populationData), cancellationToken, bar);
            }

            if (recordsPath is not null)
            {
                RecordsCsv.Write(files.Staged, recordsPath, result);
            }

            report.Write(parse, files, reportPath, () => ResultReport.For(result, PairRisks.For(result, data)));
            files.Commit(parse.InvocationConfiguration.Error, cancellationToken);
            if (parse.GetValue(format) == "json")
            {
                ReidJson.Write(result, output);
            }
            else
            {
                ReidTable.Write(result, output);
            }

            return Task.FromResult(ExitCodes.Ok);
        });

        return command;
    }

    /// <summary>--db: the class-size measures computed by the database; the options that need records are refused.</summary>
    private static int MeasureInDatabase(ParseResult parse, ReidRequest request, Option<string?> records, ReportFile report, Option<string> format, TextWriter output)
    {
        foreach (var (given, option) in new[] { (parse.GetValue(records) is not null, "--records"), (report.IsGiven(parse), "--report") })
        {
            if (given)
            {
                throw new InvalidOptionException(option, "needs the records, and with --db only class sizes leave the database: measure a file without --db.");
            }
        }

        var options = DatabaseRegistryOptions.For(request);
        var result = DatabaseRegistry.Measure(options);
        var where = options.IsDuckDb ? "duckdb" : "postgresql";
        if (parse.GetValue(format) == "json")
        {
            ClassSizeJson.Write(result, where, output);
        }
        else
        {
            ClassSizeTable.Write(result, where, output);
        }

        return ExitCodes.Ok;
    }
}
