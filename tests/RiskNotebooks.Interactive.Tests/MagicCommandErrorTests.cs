namespace RiskNotebooks.Interactive.Tests;

[Collection("kernel")]
public sealed class MagicCommandErrorTests
{
    [Fact]
    public async Task Reid_without_a_table_says_what_to_do()
    {
        using var notebook = await NotebookKernel.StartAsync();
        var cell = await notebook.RunAsync("#!reid --qi sex");
        Assert.Contains("no table is loaded yet", cell.Failure);
        Assert.Contains("#!risk-load", cell.Failure);
    }

    [Fact]
    public async Task A_missing_file_is_named_without_a_stack_trace()
    {
        using var notebook = await NotebookKernel.StartAsync();
        var cell = await notebook.RunAsync("#!risk-load /nowhere/registry.csv");
        Assert.Contains("does not exist", cell.Failure);
        Assert.DoesNotContain("   at ", cell.Failure);
    }

    [Fact]
    public async Task An_unknown_column_lists_the_columns()
    {
        using var notebook = await NotebookKernel.StartAsync();
        (await notebook.RunAsync($"#!risk-load \"{NotebookKernel.Demo}\"")).AssertSucceeded();
        var cell = await notebook.RunAsync("#!reid --qi sex,zip");
        Assert.Contains("no column named 'zip'", cell.Failure);
        Assert.Contains("municipality", cell.Failure);
    }

    [Fact]
    public async Task A_bad_option_value_is_named()
    {
        using var notebook = await NotebookKernel.StartAsync();
        (await notebook.RunAsync($"#!risk-load \"{NotebookKernel.Demo}\"")).AssertSucceeded();
        Assert.Contains("--kind", (await notebook.RunAsync("#!risk-heatmap --kind pie")).Failure);
        Assert.Contains("--sampling-fraction", (await notebook.RunAsync("#!reid --qi sex --sampling-fraction 3")).Failure);
        Assert.Contains("--threshold", (await notebook.RunAsync("#!reid --qi sex --threshold 7")).Failure);
    }

    [Fact]
    public async Task A_malformed_file_names_the_line_but_no_value()
    {
        using var notebook = await NotebookKernel.StartAsync();
        var path = Path.Combine(Path.GetTempPath(), $"risknb-bad-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "pnr,sex\n19121212-1212,F\n19121212-1212\n");
        try
        {
            var cell = await notebook.RunAsync($"#!risk-load \"{path}\"");
            Assert.Contains("line 3", cell.Failure);
            Assert.DoesNotContain("19121212", cell.Failure);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
