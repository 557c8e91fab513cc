using System.CommandLine;
using System.Text;
using RiskNotebooks.Data;
using RiskNotebooks.Data.Synthetic;

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
            output.WriteLine($"{generated.Count} documents and {RiskNotebooks.Text.Synthetic.SyntheticTextCorpus.LabelsFileName} written to {parse.GetValue(folder)}");
            return ExitCodes.Ok;
        });

        return new Command("generate", "Generate synthetic data sets.") { registry, text };
    }
}
