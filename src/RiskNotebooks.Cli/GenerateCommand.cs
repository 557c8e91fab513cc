using System.CommandLine;
using System.Text;
using RiskNotebooks.Data;
using RiskNotebooks.Data.Synthetic;
using RiskNotebooks.Location.Synthetic;

namespace RiskNotebooks.Cli;

/// <summary><c>risknb generate</c>: deterministic synthetic data sets for demos, tests and benchmarks.</summary>
internal static class GenerateCommand
{
    internal static Command Create(TextWriter output)
    {
        var rows = new Option<int>("--rows") { Description = "Number of records.", DefaultValueFactory = _ => 100_000 };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same file.", DefaultValueFactory = _ => 20240101 };
        var target = new Option<string?>("--output", "-o") { Description = "File to write (atomically); standard output when not given." };
        var registry = new Command("registry", "A synthetic Swedish-style health registry (no real person's data).") { rows, seed, target };
        registry.SetAction(parse =>
        {
            var count = parse.GetValue(rows);
            if (count < 1)
            {
                throw new InvalidOptionException("--rows", "must be at least 1.");
            }

            var s = parse.GetValue(seed);
            if (parse.GetValue(target) is { } path)
            {
                AtomicFile.Write(path, stream =>
                {
                    using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
                    SyntheticRegistryGenerator.Write(writer, count, s);
                });
            }
            else
            {
                SyntheticRegistryGenerator.Write(output, count, s);
            }

            return ExitCodes.Ok;
        });

        var documents = new Option<int>("--documents") { Description = "Number of documents (in turn: Swedish interview, Swedish journal note, English interview, English clinical note).", DefaultValueFactory = _ => 200 };
        var textSeed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same documents.", DefaultValueFactory = _ => 20240501 };
        var folder = new Option<string>("--output", "-o") { Description = "Folder to write the documents (sv/, en/) and labels.jsonl to; created if missing.", Required = true };
        var text = new Command("text", "Synthetic labelled interview transcripts and clinical notes in Swedish and English (no real person's data).") { documents, textSeed, folder };
        text.SetAction(parse =>
        {
            var count = parse.GetValue(documents);
            if (count < 1)
            {
                throw new InvalidOptionException("--documents", "must be at least 1.");
            }

            var generated = RiskNotebooks.Text.Synthetic.SyntheticTextCorpus.Write(parse.GetValue(folder)!, count, parse.GetValue(textSeed));
            output.WriteLine($"{generated.Count} {(generated.Count == 1 ? "document" : "documents")} and {RiskNotebooks.Text.Synthetic.SyntheticTextCorpus.LabelsFileName} written to {parse.GetValue(folder)}");
            return ExitCodes.Ok;
        });

        return new Command("generate", "Generate synthetic data sets.") { registry, text, Traces(output) };
    }

    /// <summary><c>risknb generate traces</c>: CDR-like mobile phone traces (home, work, exploration and return).</summary>
    private static Command Traces(TextWriter output)
    {
        var users = new Option<int>("--users") { Description = "Number of users.", DefaultValueFactory = _ => 1000 };
        var seed = new Option<long>("--seed") { Description = "Random seed: the same seed gives the same file.", DefaultValueFactory = _ => 1 };
        var days = new Option<int>("--days") { Description = "Number of days, from Monday 2023-03-06.", DefaultValueFactory = _ => 14 };
        var minRecords = new Option<int>("--min-records") { Description = "Fewest records of a user.", DefaultValueFactory = _ => 100 };
        var maxRecords = new Option<int>("--max-records") { Description = "Most records of a user (each user's count is uniform in between).", DefaultValueFactory = _ => 300 };
        var grid = new Option<int?>("--antenna-grid") { Description = "Antennas per side of the square antenna grid (default: about 100 users per antenna, at least 20 x 20)." };
        var antennaIds = new Option<bool>("--antenna-ids") { Description = "Write antenna ids (uid,datetime,antenna_id) instead of coordinates; write the table with --antennas-output." };
        var antennasOutput = new Option<string?>("--antennas-output") { Description = "Also write the antenna table (antenna_id,row,col,lat,lng) to this file." };
        var target = new Option<string?>("--output", "-o") { Description = "File to write (atomically); standard output when not given." };
        var command = new Command("traces", "Synthetic mobile phone traces (CDR-like; home, work, exploration and preferential return; daily rhythms). No real person's data.")
        {
            users, seed, days, minRecords, maxRecords, grid, antennaIds, antennasOutput, target,
        };
        command.SetAction(parse =>
        {
            var options = new SyntheticTraceOptions
            {
                Users = parse.GetValue(users),
                Seed = parse.GetValue(seed),
                Days = parse.GetValue(days),
                MinRecords = parse.GetValue(minRecords),
                MaxRecords = parse.GetValue(maxRecords),
                AntennaGrid = parse.GetValue(grid),
            };
            var ids = parse.GetValue(antennaIds);
            if (parse.GetValue(antennasOutput) is { } antennaPath)
            {
                WriteText(antennaPath, writer => SyntheticTraceGenerator.WriteAntennas(writer, options), "--antennas-output");
            }

            if (parse.GetValue(target) is { } path)
            {
                WriteText(path, writer => SyntheticTraceGenerator.Write(writer, options, ids), "--output");
            }
            else
            {
                SyntheticTraceGenerator.Write(output, options, ids);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteText(string path, Action<TextWriter> write, string option)
    {
        if (!Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(path))))
        {
            throw new InvalidOptionException(option, $"the folder of '{path}' does not exist.");
        }

        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
            write(writer);
        });
    }
}
