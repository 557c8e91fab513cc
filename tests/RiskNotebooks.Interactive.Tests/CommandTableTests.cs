using Microsoft.DotNet.Interactive.Directives;
using RiskNotebooks.Commands;
using RiskNotebooks.Interactive.Commands;

namespace RiskNotebooks.Interactive.Tests;

/// <summary>
/// Every magic command takes every option of its command's table, as the command line does, and the disagreements
/// the two copies had (issue 12) stay fixed.
/// </summary>
[Collection("kernel")]
public sealed class CommandTableTests
{
    private static readonly Dictionary<string, string> Magic = new()
    {
        ["reid"] = "#!reid",
        ["location"] = "#!risk-location",
        ["text"] = "#!risk-text",
        ["assess"] = "#!risk-assess",
        ["genome"] = "#!risk-genome",
        ["catalogue"] = "#!risk-catalogue",
        ["dicom"] = "#!risk-dicom",
        ["infer"] = "#!risk-infer",
        ["anonymize"] = "#!risk-anonymize",
        ["whatif"] = "#!risk-whatif",
    };

    private static readonly string Tiny = Path.Combine(AppContext.BaseDirectory, "TestData", "mobility", "traces_tiny50.csv");

    [Fact]
    public async Task Every_table_option_is_a_parameter_of_the_magic_command()
    {
        using var notebook = await NotebookKernel.StartAsync();
        foreach (var table in CommandTables.All)
        {
            var directive = notebook.Kernel.KernelInfo.SupportedDirectives.OfType<KernelActionDirective>().Single(d => d.Name == Magic[table.Command]);
            foreach (var option in table.Options)
            {
                var parameter = directive.Parameters.SingleOrDefault(p => p.Name == option.Name);
                Assert.True(parameter is not null, $"{directive.Name} lacks {option.Name}");
                Assert.Equal(option.Kind == OptionKind.Flag, parameter.Flag);
                Assert.Equal(option.IsPositional, parameter.AllowImplicitName);
                Assert.StartsWith(option.Description, parameter.Description);
            }
        }
    }

    [Fact]
    public async Task Every_catalogue_command_is_a_directive_with_exactly_its_options()
    {
        // The kernel's test checks the same catalogue against what our kernel accepts and completes.
        using var notebook = await NotebookKernel.StartAsync();
        var directives = notebook.Kernel.KernelInfo.SupportedDirectives.OfType<KernelActionDirective>().ToList();
        foreach (var command in RiskNotebooks.Reporting.Notebook.NotebookMagics.Commands)
        {
            var directive = directives.SingleOrDefault(d => d.Name == command.Name);
            Assert.True(directive is not null, $"the extension lacks {command.Name}");
            Assert.Equal(command.OptionNames.Order(StringComparer.Ordinal), directive.Parameters.Select(p => p.Name).Order(StringComparer.Ordinal));
        }

        Assert.Equal(
            RiskNotebooks.Reporting.Notebook.NotebookMagics.Commands.Select(c => c.Name).Order(StringComparer.Ordinal),
            directives.Select(d => d.Name).Where(n => n.StartsWith("#!risk-", StringComparison.Ordinal) || n == "#!reid").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_table_option_has_a_json_key_the_binder_maps_back()
    {
        foreach (var command in RiskNotebooks.Reporting.Notebook.NotebookMagics.Commands)
        {
            var keys = command.OptionNames.Select(TableDirectives.JsonName).ToList();
            Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        }

        Assert.Equal("topN", TableDirectives.JsonName("--top-n"));
        Assert.Equal("k", TableDirectives.JsonName("--k"));
    }

    [Fact]
    public async Task Top_n_0_skips_top_n_uniqueness()
    {
        // Regression: "--top-n 0" worked on the command line only.
        using var notebook = await NotebookKernel.StartAsync();
        (await notebook.RunAsync($"#!risk-location \"{Tiny}\" --points 1 --top-n 0 --name location")).AssertSucceeded();
        var cell = await notebook.RunAsync("location.TopLocations.Count");
        cell.AssertSucceeded();
        Assert.Contains(cell.Events.OfType<Microsoft.DotNet.Interactive.Events.ReturnValueProduced>(), e => Equals(e.Value, 0));
    }

    [Fact]
    public async Task Compat_without_attack_fails_with_the_command_lines_message()
    {
        // Regression: the notebook silently ignored --compat without --attack.
        using var notebook = await NotebookKernel.StartAsync();
        var cell = await notebook.RunAsync($"#!risk-location \"{Tiny}\" --compat skmob");
        Assert.Equal("--compat: only applies with --attack.", cell.Failure);
    }

    [Fact]
    public async Task Exact_limit_delimiter_and_column_options_work_in_the_notebook()
    {
        // Regression: the README said #!risk-location had every option of risknb location; these were missing.
        using var notebook = await NotebookKernel.StartAsync();
        var folder = Directory.CreateTempSubdirectory("risknb-location-").FullName;
        try
        {
            var lines = File.ReadAllLines(Tiny);
            var renamed = Path.Combine(folder, "renamed.csv");
            File.WriteAllLines(renamed, ["person;when;y;x", .. lines.Skip(1).Select(l => l.Replace(',', ';'))]);
            var cell = await notebook.RunAsync($"#!risk-location \"{renamed}\" --delimiter \";\" --user-column person --time-column when --lat-column y --lon-column x --points 2 --exact --exact-limit 10 --name byCoordinates");
            cell.AssertSucceeded();
            Assert.Contains("Location risk: renamed.csv", cell.AllHtml);
            Assert.Equal(10L, await Value<long>(notebook, "byCoordinates.Options.Unicity.ExactLimit"));

            var ids = Path.Combine(folder, "ids.csv");
            File.WriteAllLines(ids, ["person,when,place", .. lines.Skip(1).Select(l => l.Split(',')).Select(f => $"{f[0]},{f[1]},{f[2]}_{f[3]}")]);
            (await notebook.RunAsync($"#!risk-location \"{ids}\" --user-column person --time-column when --location-column place --points 1")).AssertSucceeded();

            // Without a file the traces loaded last are measured: options for reading a file would be ignored, so they fail.
            Assert.Contains("--delimiter: only applies when #!risk-location reads a file", (await notebook.RunAsync("#!risk-location --delimiter \";\"")).Failure);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Reid_takes_the_command_lines_options()
    {
        using var notebook = await NotebookKernel.StartAsync();
        var cell = await notebook.RunAsync($"#!reid \"{NotebookKernel.Demo}\" --qi sex,county --sensitive diagnosis --suda --dis-fraction 1% --as reid");
        cell.AssertSucceeded();
        Assert.True(await Value<bool>(notebook, "reid.Suda is not null"));
        Assert.Equal("--max-subset-size: only applies with --subsets.", (await notebook.RunAsync("#!reid --qi sex --max-subset-size 2")).Failure);
        Assert.Contains("--population: give either --population or --sampling-fraction", (await notebook.RunAsync("#!reid --qi sex --population 100 --sampling-fraction 0.5")).Failure);
    }

    [Fact]
    public async Task Key_file_without_redact_fails_as_on_the_command_line()
    {
        using var notebook = await NotebookKernel.StartAsync();
        var cell = await notebook.RunAsync($"#!risk-text \"{Path.Combine(AppContext.BaseDirectory, "TestData", "text", "en")}\" --key-file k.key");
        Assert.Equal("--key-file: only applies with --redact.", cell.Failure);
        Assert.Equal("--lang: must be sv, en or auto.", (await notebook.RunAsync("#!risk-text x --lang fi")).Failure);
    }

    [Fact]
    public async Task Risk_infer_runs_in_the_extension_with_the_ML_NET_assemblies_and_publishes_its_report()
    {
        using var notebook = await NotebookKernel.StartAsync();
        var cell = await notebook.RunAsync($"#!risk-infer \"{NotebookKernel.Demo}\" --qi sex,county,municipality --sensitive education --folds 3 --as inference");
        cell.AssertSucceeded();
        Assert.Contains("Attribute inference: demo-registry.csv", cell.AllHtml);
        Assert.Contains("What each quasi-identifier contributes to the attack", cell.AllHtml);
        Assert.Equal(3, await Value<int>(notebook, "inference.Options.Folds"));
        Assert.StartsWith("--sensitive: 'sex' is also a quasi-identifier", (await notebook.RunAsync("#!risk-infer --qi sex --sensitive sex")).Failure);
    }

    private static async Task<T> Value<T>(NotebookKernel notebook, string expression)
    {
        var cell = await notebook.RunAsync(expression);
        cell.AssertSucceeded();
        return (T)cell.Events.OfType<Microsoft.DotNet.Interactive.Events.ReturnValueProduced>().Single().Value!;
    }
}
