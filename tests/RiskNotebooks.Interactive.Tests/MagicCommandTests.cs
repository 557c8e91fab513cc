namespace RiskNotebooks.Interactive.Tests;

[Collection("kernel")]
public sealed class MagicCommandTests
{
    [Fact]
    public async Task Risk_load_shows_the_schema_and_suggested_roles_but_no_rows()
    {
        using var notebook = await NotebookKernel.StartAsync();
        var cell = await notebook.RunAsync($"#!risk-load \"{NotebookKernel.Demo}\" --name registry");
        cell.AssertSucceeded();
        var html = cell.AllHtml;
        Assert.Contains("registry: 100,000 records, 11 columns", html);
        Assert.Contains("suggested role", html);
        Assert.Contains("quasi-identifier", html);
        Assert.Contains("birth_date", html);
        // No record value: the first data row's birth date and postcode must not appear.
        var firstRow = File.ReadLines(NotebookKernel.Demo).Skip(1).First().Split(',');
        Assert.DoesNotContain(firstRow[0], html);
        Assert.DoesNotContain(firstRow[2], html);
    }

    [Fact]
    public async Task The_loaded_table_is_a_csharp_variable()
    {
        using var notebook = await NotebookKernel.StartAsync();
        (await notebook.RunAsync($"#!risk-load \"{NotebookKernel.Demo}\" --name registry")).AssertSucceeded();
        var cell = await notebook.RunAsync("registry.RowCount");
        cell.AssertSucceeded();
        Assert.Contains(cell.Events.OfType<Microsoft.DotNet.Interactive.Events.ReturnValueProduced>(), e => Equals(e.Value, 100000));
    }

    [Fact]
    public async Task Reid_shows_the_summary_card_and_offline_charts()
    {
        using var notebook = await NotebookKernel.StartAsync();
        (await notebook.RunAsync($"#!risk-load \"{NotebookKernel.Demo}\"")).AssertSucceeded();
        (await notebook.RunAsync("#!risk-roles --qi sex,county,education")).AssertSucceeded();
        var cell = await notebook.RunAsync("#!reid --sampling-fraction 0.01");
        cell.AssertSucceeded();
        var html = cell.AllHtml;
        Assert.Contains("Re-identification risk", html);
        Assert.Contains("k = ", html);
        Assert.Contains("Population uniqueness", html);
        Assert.Contains("Individual risk", html);
        Assert.Contains("Plotly.newPlot", html);
        Assert.Contains("Share of records made unique by each pair", html);
        // plotly.js inlined once, with no script loaded from anywhere.
        Assert.Single(cell.Html, h => h.Contains("window.Plotly=Plotly", StringComparison.Ordinal));
        Assert.DoesNotContain("<script src", html, StringComparison.OrdinalIgnoreCase);

        var again = await notebook.RunAsync("#!risk-heatmap --kind classes");
        again.AssertSucceeded();
        Assert.Contains("Plotly.newPlot", again.AllHtml);
        Assert.DoesNotContain("window.Plotly=Plotly", again.AllHtml);
    }

    [Fact]
    public async Task Nothing_is_published_as_a_csharp_variable_unless_named()
    {
        // The .NET Interactive kernel serves every C# variable over its HTTP API: tables and reports stay unpublished.
        using var notebook = await NotebookKernel.StartAsync();
        (await notebook.RunAsync($"#!risk-load \"{NotebookKernel.Demo}\"")).AssertSucceeded();
        (await notebook.RunAsync("#!reid --qi sex,county")).AssertSucceeded();
        foreach (var name in new[] { "demo_registry", "registry", "reid" })
        {
            Assert.NotNull((await notebook.RunAsync(name + ".ToString()")).Failure);
        }
    }

    [Theory]
    [InlineData("#!risk-load \"{0}\" --name 1table", "--name")]
    [InlineData("#!risk-load \"{0}\" --name class", "--name")]
    [InlineData("#!risk-load \"{0}\"\n#!reid --qi sex --as my-report", "--as")]
    public async Task A_variable_name_that_is_not_a_csharp_identifier_is_refused(string code, string option)
    {
        using var notebook = await NotebookKernel.StartAsync();
        var cell = await notebook.RunAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, code, NotebookKernel.Demo));
        Assert.Contains(option + ": must be a C# identifier", cell.Failure);
    }

    [Fact]
    public async Task The_report_is_a_csharp_variable_and_the_engine_works_from_csharp()
    {
        using var notebook = await NotebookKernel.StartAsync();
        (await notebook.RunAsync($"#!risk-load \"{NotebookKernel.Demo}\" --name registry")).AssertSucceeded();
        (await notebook.RunAsync("#!reid --qi sex,county --as reid")).AssertSucceeded();
        var cell = await notebook.RunAsync("reid.MinClassSize");
        cell.AssertSucceeded();
        Assert.Contains(cell.Events.OfType<Microsoft.DotNet.Interactive.Events.ReturnValueProduced>(), e => e.Value is int k && k > 1);

        var direct = await notebook.RunAsync("""
            using RiskNotebooks.Registry;
            ReidentificationAnalysis.Run(registry, new ReidentificationOptions { QuasiIdentifiers = ["sex", "county"] })
            """);
        direct.AssertSucceeded();
        Assert.Contains("Re-identification risk", direct.AllHtml);
    }

    [Theory]
    [InlineData("qi-pairs", "each pair of quasi-identifiers")]
    [InlineData("subsets", "subsets by size and distinction")]
    [InlineData("classes", "equivalence-class size")]
    public async Task Each_heatmap_kind_renders(string kind, string title)
    {
        using var notebook = await NotebookKernel.StartAsync();
        (await notebook.RunAsync($"#!risk-load \"{NotebookKernel.Demo}\"")).AssertSucceeded();
        (await notebook.RunAsync("#!risk-roles --qi sex,county,education,country_of_birth")).AssertSucceeded();
        var cell = await notebook.RunAsync($"#!risk-heatmap --kind {kind}");
        cell.AssertSucceeded();
        Assert.Contains(title, cell.AllHtml);
    }

    [Fact]
    public async Task Help_lists_every_command()
    {
        using var notebook = await NotebookKernel.StartAsync();
        var cell = await notebook.RunAsync("#!risk-help");
        cell.AssertSucceeded();
        foreach (var command in new[] { "#!risk-load", "#!risk-roles", "#!reid", "#!risk-heatmap", "#!risk-text", "#!risk-help" })
        {
            Assert.Contains(command, cell.AllHtml);
        }
    }
}
