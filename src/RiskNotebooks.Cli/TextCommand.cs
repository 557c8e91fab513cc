using System.CommandLine;
using RiskNotebooks.Commands;
using RiskNotebooks.Reporting.Json;
using RiskNotebooks.Text;
using RiskNotebooks.Text.Evaluation;
using RiskNotebooks.Text.Redaction;

namespace RiskNotebooks.Cli;

/// <summary><c>risknb text</c>: the options of <see cref="TextRequest.Table"/>, plus the report and the formats of the command line.</summary>
internal static class TextCommand
{
    internal static Command Create(TextWriter output)
    {
        var shared = new TableCommand<TextRequest>(TextRequest.Table);
        var format = OutputFormat.Create("table (aggregates, no text) or json (per document: its findings with type, start, end, confidence, rule; its risk).");
        var command = shared.Command;
        var html = new ReportFile(command);
        command.Options.Add(format);

        command.SetAction(parse =>
        {
            var request = shared.Bind(parse);
            var source = request.Path!;
            var redactTo = request.RedactTo;
            var keyPath = request.KeyFile;
            var scan = request.ToScanOptions();
            using var files = new CommandFiles();
            files.Input(source, "FOLDER|FILE", folderAllowed: true);
            var labelsPath = files.Input(request.Labels, "--labels");
            files.Input(keyPath, "--key-file");
            files.Inputs(TextAnalysis.EnumerateDocuments(source), "FOLDER|FILE");
            if (redactTo is not null)
            {
                var keptApart = new List<(string, string)> { (keyPath!, "--key-file") };
                if (labelsPath is not null)
                {
                    keptApart.Add((labelsPath, "--labels"));
                }

                RiskNotebooks.Data.AtomicFile.CheckFolderTarget(redactTo, "--redact", keptApart);
            }

            var reportPath = html.CheckedPath(parse, files);
            var labelled = labelsPath is null ? null : LabelsFile.Read(labelsPath);
            var folder = Directory.Exists(source) ? source : Path.GetDirectoryName(Path.GetFullPath(source)) ?? ".";
            var found = labelled is null ? null : new FindingsByDocument(source);
            var json = parse.GetValue(format) == "json";
            var key = keyPath is null ? null : RedactionKey.FromFile(keyPath);

            var names = request.DocumentNames;
            var number = 0;
            TextJsonWriter? writer = json ? new TextJsonWriter(output, source, scan, names) : null;
            var table = json ? null : new TextTableWriter(output, source);
            var options = request.ToOptions(key) with
            {
                KeepDocuments = reportPath is not null, // the report's heatmap needs each document's counts
                OnFinding = (document, finding) =>
                {
                    writer?.Finding(document, finding);
                    found?.Add(document, finding);
                },
                OnDocument = report =>
                {
                    number++;
                    if (writer is not null)
                    {
                        writer.Document(report, redactTo is null ? null : Path.Combine(redactTo, Path.GetRelativePath(folder, report.Document)));
                    }
                    else
                    {
                        table!.Document(report, names ? Path.GetRelativePath(folder, report.Document) : TextCorpusReport.NeutralLabel(number));
                    }
                },
            };

            writer?.Begin();
            var report = TextAnalysis.Run(source, options);
            html.Write(parse, files, reportPath, () => RiskNotebooks.Reporting.Export.ResultReport.For(report, scan));
            files.Commit(parse.InvocationConfiguration.Error);
            TextEvaluationReport? evaluation = null;
            if (labelled is not null)
            {
                evaluation = found!.Evaluate(labelled);
            }

            if (writer is not null)
            {
                writer.End(report, evaluation);
            }
            else
            {
                table!.End(report, evaluation);
            }

            return ExitCodes.Ok;
        });

        return command;
    }
}
