using System.CommandLine;
using System.Text;
using RiskNotebooks.Data;
using RiskNotebooks.Synthetic.Location;
using RiskNotebooks.Synthetic.Registry;
using RiskNotebooks.Synthetic.Text;

namespace RiskNotebooks.Cli;

/// <summary><c>risknb generate</c>: deterministic synthetic data sets for demos, tests and benchmarks.</summary>
internal static class GenerateCommand
{
    /// <summary>The most records of <c>generate registry</c> (a file of about 15 GB).</summary>
    internal const int MaxRows = 100_000_000;

    /// <summary>The most documents of <c>generate text</c>: they are held in memory with their labels (about 8 KB each).</summary>
    internal const int MaxDocuments = 100_000;

    internal static Command Create(TextWriter output)
    {
        var rows = new Option<int>("--rows") { Description = "Number of records.", DefaultValueFactory = _ => 100_000 };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same file.", DefaultValueFactory = _ => 20240101 };
        var target = new Option<string?>("--output", "-o") { Description = "File to write (atomically); standard output when not given." };
        var registry = new Command("registry", "A synthetic Swedish-style health registry (no real person's data).") { rows, seed, target };
        registry.SetAction(parse =>
        {
            var count = parse.GetValue(rows);
            if (count is < 1 or > MaxRows)
            {
                throw new InvalidOptionException("--rows", $"must be from 1 to {MaxRows:N0}.");
            }

            var s = parse.GetValue(seed);
            using var files = new CommandFiles();
            if (files.Output(parse.GetValue(target), "--output") is { } path)
            {
                WriteText(files, path, writer => SyntheticRegistryGenerator.Write(writer, count, s), "--output");
                files.Commit();
            }
            else
            {
                SyntheticRegistryGenerator.Write(output, count, s);
            }

            return ExitCodes.Ok;
        });

        var documents = new Option<int>("--documents") { Description = "Number of documents (in turn: Swedish interview, Swedish journal note, English interview, English clinical note).", DefaultValueFactory = _ => 200 };
        var textSeed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same documents.", DefaultValueFactory = _ => 20240501 };
        var folder = new Option<string>("--output", "-o") { Description = "Folder to write the documents (sv/, en/) and labels.jsonl to; created if missing (its parent must exist).", Required = true };
        var text = new Command("text", "Synthetic labelled interview transcripts and clinical notes in Swedish and English (no real person's data).") { documents, textSeed, folder };
        text.SetAction(parse =>
        {
            var count = parse.GetValue(documents);
            if (count is < 1 or > MaxDocuments)
            {
                throw new InvalidOptionException("--documents", $"must be from 1 to {MaxDocuments:N0} (they are generated in memory).");
            }

            var generated = SyntheticTextCorpus.Write(parse.GetValue(folder)!, count, parse.GetValue(textSeed));
            output.WriteLine($"{generated.Count} {(generated.Count == 1 ? "document" : "documents")} and {SyntheticTextCorpus.LabelsFileName} written to {parse.GetValue(folder)}");
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
            using var files = new CommandFiles();
            var antennaPath = files.Output(parse.GetValue(antennasOutput), "--antennas-output");
            var path = files.Output(parse.GetValue(target), "--output");
            if (antennaPath is not null)
            {
                WriteText(files, antennaPath, writer => SyntheticTraceGenerator.WriteAntennas(writer, options), "--antennas-output");
            }

            if (path is not null)
            {
                WriteText(files, path, writer => SyntheticTraceGenerator.Write(writer, options, ids), "--output");
            }

            files.Commit(); // the traces and their antenna table: both or neither
            if (path is null)
            {
                SyntheticTraceGenerator.Write(output, options, ids);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteText(CommandFiles files, string path, Action<TextWriter> write, string option)
        => files.Staged.Add(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
            write(writer);
        }, option);
}
