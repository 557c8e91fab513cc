using System.CommandLine;
using RiskNotebooks.Reporting.Json;
using RiskNotebooks.Text;
using RiskNotebooks.Text.Evaluation;
using RiskNotebooks.Text.Redaction;

namespace RiskNotebooks.Cli;

/// <summary><c>risknb text</c>: personal data and re-identification risk in interview transcripts and clinical notes.</summary>
internal static class TextCommand
{
    internal static Command Create(TextWriter output)
    {
        var path = new Argument<string>("FOLDER|FILE") { Description = "A folder (its *.txt files, recursively) or one text file (UTF-8, UTF-16 with BOM, or Windows-1252)." };
        var language = new Option<string>("--lang") { Description = "The documents' language: sv, en, or auto (detected per document).", DefaultValueFactory = _ => "auto" };
        language.AcceptOnlyFromAmong("sv", "en", "auto");
        var redact = new Option<string?>("--redact") { Description = "Write redacted copies (tags keyed by --key-file, such as [PERSON-7f3a9c2b41]) and a .spans.json per document to this folder (created if missing; its parent must exist). Originals are never changed." };
        var keyFile = new Option<string?>("--key-file") { Description = "With --redact: a file of at least 16 secret bytes (e.g. head -c 32 /dev/urandom > key). Tags are HMAC-SHA256 under it; keep it apart from the output." };
        var minimum = new Option<double>("--min-confidence") { Description = "Drop findings less confident than this, in [0, 1].", DefaultValueFactory = _ => 0.5 };
        var labels = new Option<string?>("--labels") { Description = "A labels file (JSON Lines, as datasets/text/labels.jsonl): also print precision and recall per type." };
        var documentNames = new Option<bool>("--document-names") { Description = "Name documents by their paths in the output and the report. Default: document 1, 2, ... in the order read (sorted paths), because a file name often names the person a document is about." };
        var format = new Option<string>("--format") { Description = "table (aggregates, no text) or json (per document: its findings with type, start, end, confidence, rule; its risk).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var html = ReportFile.Create();

        var command = new Command("text", "Find personal data (identifiers, quasi-identifiers, special categories) in Swedish and English free text, assess each document's risk, and optionally redact.")
        {
            path, language, redact, keyFile, minimum, labels, html, documentNames, format,
        };

        command.SetAction(parse =>
        {
            var source = parse.GetValue(path)!;
            var redactTo = parse.GetValue(redact);
            var keyPath = parse.GetValue(keyFile);
            if (redactTo is null && keyPath is not null)
            {
                throw new InvalidOptionException("--key-file", "only applies with --redact.");
            }

            if (redactTo is not null && keyPath is null)
            {
                throw new InvalidOptionException("--key-file", "--redact needs a key file (at least 16 secret bytes), e.g. head -c 32 /dev/urandom > redaction.key.");
            }

            var scan = new TextScanOptions
            {
                Language = parse.GetValue(language) switch { "sv" => TextLanguage.Swedish, "en" => TextLanguage.English, _ => TextLanguage.Auto },
                MinimumConfidence = parse.GetValue(minimum),
            };
            using var files = new CommandFiles();
            files.Input(source, "FOLDER|FILE", folderAllowed: true);
            var labelsPath = files.Input(parse.GetValue(labels), "--labels");
            files.Input(keyPath, "--key-file");
            files.Inputs(TextAnalysis.EnumerateDocuments(source), "FOLDER|FILE");
            var reportPath = files.Report(parse.GetValue(html));
            var labelled = labelsPath is null ? null : LabelsFile.Read(labelsPath);
            var folder = Directory.Exists(source) ? source : Path.GetDirectoryName(Path.GetFullPath(source)) ?? ".";
            var found = labelled is null ? null : new Dictionary<string, List<Finding>>(StringComparer.Ordinal);
            var json = parse.GetValue(format) == "json";
            var key = keyPath is null ? null : RedactionKey.FromFile(keyPath);

            var names = parse.GetValue(documentNames);
            var number = 0;
            TextJsonWriter? writer = json ? new TextJsonWriter(output, source, scan, names) : null;
            var table = json ? null : new TextTableWriter(output, source);
            var options = new TextAnalysisOptions
            {
                Scan = scan,
                RedactTo = redactTo,
                Key = key,
                KeepDocuments = reportPath is not null, // the report's heatmap needs each document's counts
                DocumentNames = names,
                OnFinding = (document, finding) =>
                {
                    writer?.Finding(document, finding);
                    if (found is not null)
                    {
                        var relative = Path.GetRelativePath(folder, document).Replace('\\', '/');
                        if (!found.TryGetValue(relative, out var list))
                        {
                            found[relative] = list = [];
                        }

                        list.Add(finding);
                    }
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
            ReportFile.Write(files, reportPath, () => RiskNotebooks.Reporting.Export.HtmlReport.For(report));
            files.Commit(parse.InvocationConfiguration.Error);
            TextEvaluationReport? evaluation = null;
            if (labelled is not null)
            {
                evaluation = TextEvaluation.Run(labelled.Select(l => (l, (IReadOnlyList<Finding>)(found!.TryGetValue(l.Document, out var list) ? list : []))));
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
