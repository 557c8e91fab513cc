using System.CommandLine;
using RiskNotebooks.Commands;
using RiskNotebooks.Data;
using RiskNotebooks.Sources;
using RiskNotebooks.Reporting.Export;
using RiskNotebooks.Reporting.Html;
using RiskNotebooks.Reporting.Json;
using RiskNotebooks.Treatment;

namespace RiskNotebooks.Cli;

/// <summary><c>risknb anonymize</c> and <c>risknb whatif</c>: the options of <see cref="AnonymizeRequest.Table"/> and <see cref="WhatIfRequest.Table"/>, plus the files and formats of the command line.</summary>
internal static class AnonymizeCommand
{
    internal static Command Create(TextWriter output, ProgressDisplay? progress = null)
    {
        var table = new TableCommand<AnonymizeRequest>(AnonymizeRequest.Table);
        var format = OutputFormat.Create();
        var command = table.Command;
        var report = new ReportFile(command);
        command.Options.Add(format);
        command.SetAction((parse, cancellationToken) =>
        {
            var request = table.Bind(parse);
            var path = request.Path ?? throw new InvalidOptionException("FILE", "give the table to treat, e.g. risknb anonymize registry.csv --qi age,sex,postcode --hierarchies hierarchies/ --target k=5.");
            using var files = new CommandFiles();
            files.Input(path, "FILE");
            files.Input(request.HierarchyFolder, "--hierarchies", folderAllowed: true);
            files.Input(request.KeyFile, "--key-file");
            var outPath = files.Output(request.Out, "--out", "released table");
            var reportPath = report.CheckedPath(parse, files);
            var data = Load(path, request, cancellationToken);
            var settings = request.ToSettings(data, request.QuasiIdentifiers);
            var transformation = request.Generalize is null ? null : Transformation.Parse(request.Generalize, settings.QuasiIdentifiers, "--generalize");
            TreatmentReport result;
            Release? release;
            using (var bar = progress?.Start())
            {
                (result, release) = TreatmentAnalysis.Run(data, settings, transformation, request.ToReleaseOptions(), outPath, cancellationToken, bar);
            }

            if (outPath is not null)
            {
                if (release is null)
                {
                    throw new InvalidOptionException("--target", "no transformation meets the targets within the suppression limit, so no table was released: allow more suppression (--max-suppression) or relax the target.");
                }

                files.Staged.Add(outPath, release.WriteTo, "--out");
            }

            report.Write(parse, files, reportPath, () => ResultReport.For(result));
            files.Commit(parse.InvocationConfiguration.Error, cancellationToken);
            Print(result, parse.GetValue(format), output);
            return Task.FromResult(result.Chosen is { MeetsTargets: true } || transformation is not null ? ExitCodes.Ok : ExitCodes.BadInput);
        });

        return command;
    }

    internal static Command CreateWhatIf(TextWriter output)
    {
        var table = new TableCommand<WhatIfRequest>(WhatIfRequest.Table);
        var format = OutputFormat.Create();
        var command = table.Command;
        var report = new ReportFile(command);
        command.Options.Add(format);
        command.SetAction((parse, cancellationToken) =>
        {
            var request = table.Bind(parse);
            var path = request.Path ?? throw new InvalidOptionException("FILE", "give the table, e.g. risknb whatif registry.csv --qi age,sex --build age=interval:10 --generalize age:1 --suppress k=5.");
            using var files = new CommandFiles();
            files.Input(path, "FILE");
            files.Input(request.HierarchyFolder, "--hierarchies", folderAllowed: true);
            var reportPath = report.CheckedPath(parse, files);
            var data = Load(path, request, cancellationToken);
            var (settings, transformation) = request.ToSettings(data, request.QuasiIdentifiers);
            var (result, _) = TreatmentAnalysis.Run(data, settings, transformation, request.ToReleaseOptions(), null, cancellationToken);
            report.Write(parse, files, reportPath, () => ResultReport.For(result));
            files.Commit(parse.InvocationConfiguration.Error, cancellationToken);
            Print(result, parse.GetValue(format), output);
            return Task.FromResult(ExitCodes.Ok);
        });

        return command;
    }

    private static Table Load(string path, TreatmentSource request, CancellationToken cancellationToken)
    {
        var data = TableFiles.Load(path, request.ToLoadOptions(), cancellationToken);
        return data.RowCount == 0
            ? throw InputFormatException.OfFile(path, "the file has a header but no records: there is nothing to treat.")
            : data;
    }

    private static void Print(TreatmentReport result, string? format, TextWriter output)
    {
        if (format == "json")
        {
            TreatmentJson.Write(result, output);
        }
        else
        {
            output.Write(TreatmentCard.ToText(result));
        }
    }
}
