using RiskNotebooks.Commands;
using RiskNotebooks.Kernel.Display;
using RiskNotebooks.Kernel.Execution;
using RiskNotebooks.Kernel.Magic;
using RiskNotebooks.Reporting.Notebook;

namespace RiskNotebooks.Kernel.Tests.Magic;

/// <summary>The magic commands in our kernel: the shared catalogue, run in-process through the execution engine.</summary>
public sealed class RiskMagicCommandTests
{
    private static readonly string Demo = Path.Combine(AppContext.BaseDirectory, "TestData", "demo-registry.csv");
    private static readonly string Tiny = Path.Combine(AppContext.BaseDirectory, "TestData", "traces_tiny50.csv");
    private readonly RiskMagicCommands magics = new();
    private readonly ExecutionEngine engine;

    public RiskMagicCommandTests() => engine = new ExecutionEngine(magics);

    private async Task<(CellResult Result, RecordingOutput Output)> Run(string code)
    {
        var output = new RecordingOutput();
        return (await engine.ExecuteAsync(code, output), output);
    }

    private static string Html(RecordingOutput output) => string.Concat(output.Displays.Select(d => d.Data.GetValueOrDefault(MimeBundle.Html, string.Empty)));

    [Fact]
    public async Task Load_roles_and_reid_show_the_cards_and_publish_only_what_is_named()
    {
        var (load, loaded) = await Run($"#!risk-load \"{Demo}\" --name registry");
        Assert.True(load.Succeeded, load.Error?.Value);
        Assert.Contains("risknb-table", Html(loaded));
        Assert.Equal("100000", (await Run("registry.RowCount")).Result.Value!.Text);

        var (reid, shown) = await Run("#!risk-roles --qi sex,county --weight weight\n#!reid --sampling-fraction 0.0095 --as report");
        Assert.True(reid.Succeeded, reid.Error?.Value);
        Assert.Contains("Roles of registry", Html(shown));
        Assert.Contains("Re-identification risk", Html(shown));
        Assert.Single(shown.Displays, d => d.Data.GetValueOrDefault(MimeBundle.Html, string.Empty).Contains("window.Plotly=Plotly", StringComparison.Ordinal));
        Assert.Contains(shown.Displays, d => d.Data.ContainsKey(MimeBundle.PlotlyJson));
        Assert.Equal("sex,county", (await Run("string.Join(\",\", report.QuasiIdentifiers)")).Result.Value!.Text);

        // A table loaded without --name is the session's, not a C# variable.
        Assert.True((await Run($"#!risk-load \"{Demo}\"")).Result.Succeeded);
        Assert.True(magics.Session.Tables.ContainsKey("demo_registry"));
        Assert.Equal("CompilationError", (await Run("demo_registry.RowCount")).Result.Error!.Name);
    }

    [Fact]
    public async Task Every_catalogue_command_takes_exactly_its_options_in_the_kernel()
    {
        // The extension's test checks the same catalogue against its directives, the CLI's against its options.
        foreach (var command in NotebookMagics.Commands)
        {
            var offered = magics.Complete(command.Name + " --", command.Name.Length + 3).ToHashSet();
            Assert.Equal(command.OptionNames.Where(n => n != "--path").ToHashSet(), offered);
            foreach (var option in command.Table.Options.Where(o => !o.IsPositional))
            {
                var line = MagicLine.Parse($"{command.Name} {option.Name}{(option.Kind == OptionKind.Flag ? string.Empty : " x")}");
                Assert.Single(line.Values(command.Table, command.HostOptions.Select(o => o.Name).ToArray()));
            }
        }

        foreach (var table in CommandTables.All)
        {
            Assert.Contains(NotebookMagics.Commands, c => ReferenceEquals(c.Table, table));
        }
    }

    [Fact]
    public async Task The_command_lines_checks_hold_in_the_kernel()
    {
        Assert.Equal("--compat: only applies with --attack.", (await Run($"#!risk-location \"{Tiny}\" --compat skmob")).Result.Error!.Value);
        var (topN, _) = await Run($"#!risk-location \"{Tiny}\" --points 1 --top-n 0 --name location");
        Assert.True(topN.Succeeded, topN.Error?.Value);
        Assert.Equal("0", (await Run("location.TopLocations.Count")).Result.Value!.Text);
        Assert.Equal("--max-subset-size: only applies with --subsets.", (await Run($"#!reid \"{Demo}\" --qi sex --max-subset-size 2")).Result.Error!.Value);
        Assert.Equal("--key-file: only applies with --redact.", (await Run("#!risk-text x --key-file k.key")).Result.Error!.Value);
        Assert.Equal("--nonsense: is not an option of #!reid.", (await Run("#!reid --nonsense 1")).Result.Error!.Value);
    }

    [Fact]
    public async Task A_variable_name_that_is_not_an_identifier_fails_before_any_work()
    {
        var (result, output) = await Run($"#!risk-load \"{Demo}\" --name class");
        Assert.Equal("--name: must be a C# identifier (letters, digits and _, not starting with a digit, not a keyword).", result.Error!.Value);
        Assert.Empty(output.Displays);
        Assert.Empty(magics.Session.Tables);
        Assert.StartsWith("--as:", (await Run($"#!reid \"{Demo}\" --qi sex --as 1st")).Result.Error!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_line_keeps_what_the_lines_before_it_showed_and_csharp_lines_are_refused()
    {
        var (result, output) = await Run($"#!risk-load \"{Demo}\"\n#!risk-roles --qi no_such_column");
        Assert.False(result.Succeeded);
        Assert.Contains("risknb-table", Html(output));
        Assert.Contains("no_such_column", result.Error!.Value, StringComparison.Ordinal);

        var (mixed, shown) = await Run("#!risk-help\nvar x = 1;");
        Assert.Contains("put the C# in a cell of its own", mixed.Error!.Value, StringComparison.Ordinal);
        Assert.Empty(shown.Displays);
    }

    [Fact]
    public async Task Completion_offers_commands_options_values_columns_and_tables()
    {
        Assert.Contains("#!risk-location", magics.Complete("#!risk-l", 8));
        Assert.Equal(["subsets"], magics.Complete("#!risk-heatmap --kind su", 24));
        await Run($"#!risk-load \"{Demo}\" --name registry");
        Assert.Equal(["sex,country_of_birth", "sex,county"], magics.Complete("#!risk-roles --qi sex,co", 24));
        Assert.Equal(["registry"], magics.Complete("#!reid --name re", 16));
        Assert.Empty(magics.Complete("var x = #!reid", 14));

        // Cursor in code points: an astral character before the cursor counts once.
        var (matches, _, _) = await engine.CompleteAsync("// 𝔼\n#!risk-he", 14);
        Assert.Equal(["#!risk-heatmap", "#!risk-help"], matches);
    }

    [Fact]
    public async Task Export_writes_the_last_result_and_says_where()
    {
        var folder = Directory.CreateTempSubdirectory("risknb-kernel-export-").FullName;
        try
        {
            Assert.Equal("#!risk-export: there is nothing to export yet: run #!reid, #!risk-location, #!risk-assess or #!risk-text first.", (await Run($"#!risk-export \"{Path.Combine(folder, "r.html")}\"")).Result.Error!.Value);
            await Run($"#!reid \"{Demo}\" --qi sex,county");
            var (result, output) = await Run($"#!risk-export \"{Path.Combine(folder, "r.html")}\"");
            Assert.True(result.Succeeded, result.Error?.Value);
            Assert.Contains("Saved the re-identification report", Html(output));
            Assert.Contains("Re-identification risk", File.ReadAllText(Path.Combine(folder, "r.html")));
            Assert.Equal(["r.html"], Directory.GetFiles(folder).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_planted_marker_in_the_data_reaches_no_output()
    {
        const string Marker = "ZQXMARKER7741";
        var folder = Directory.CreateTempSubdirectory("risknb-kernel-marker-").FullName;
        try
        {
            var file = Path.Combine(folder, "hostile.csv");
            File.WriteAllLines(file, ["sex,postcode,diagnosis", .. Enumerable.Range(0, 50).Select(i => $"{(i % 2 == 0 ? "F" : Marker)},{Marker}{i % 7},{Marker}-{i}")]);
            var all = new List<string>();
            foreach (var cell in new[]
                     {
                         $"#!risk-load \"{file}\" --name hostile",
                         "#!risk-roles --qi sex,postcode --sensitive diagnosis",
                         "#!reid --subsets",
                         "#!risk-heatmap --kind qi-pairs\n#!risk-heatmap --kind classes",
                         "#!risk-roles --weight diagnosis\n#!reid",
                     })
            {
                var (result, output) = await Run(cell);
                all.Add(result.Error?.Value ?? string.Empty);
                all.AddRange(output.Displays.SelectMany(d => d.Data.Values));
            }

            Assert.Contains(all, text => text.Contains("Re-identification risk", StringComparison.Ordinal));
            Assert.DoesNotContain(all, text => text.Contains(Marker, StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
