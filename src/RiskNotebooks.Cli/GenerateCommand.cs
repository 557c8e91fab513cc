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

        return new Command("generate", "Generate synthetic data sets.") { registry };
    }
}
