using System.Text.Json.Nodes;
using RiskNotebooks.Kernel.Notebooks;

namespace RiskNotebooks.Kernel.Tests.Notebooks;

public sealed class NotebookRunnerTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("risknb-run-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Notebook(params string[] cells)
    {
        var notebook = new JsonObject
        {
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
            ["metadata"] = new JsonObject(),
            ["cells"] = new JsonArray([
                new JsonObject { ["cell_type"] = "markdown", ["metadata"] = new JsonObject(), ["source"] = "# title" },
                .. cells.Select(c => (JsonNode)new JsonObject
                {
                    ["cell_type"] = "code", ["metadata"] = new JsonObject(), ["execution_count"] = null, ["outputs"] = new JsonArray(),
                    ["source"] = new JsonArray(Lines(c)),
                }),
            ]),
        };
        var path = Path.Combine(folder, "n.ipynb");
        File.WriteAllText(path, notebook.ToJsonString());
        return path;
    }

    /// <summary>nbformat's list of lines, each but the last ending in a newline.</summary>
    private static JsonNode[] Lines(string cell)
    {
        var lines = cell.Split('\n');
        return lines.Select((l, i) => (JsonNode)JsonValue.Create(i < lines.Length - 1 ? l + "\n" : l)).ToArray();
    }

    [Fact]
    public async Task Cells_run_in_order_from_the_notebook_folder_and_outputs_are_written_to_the_copy()
    {
        File.WriteAllText(Path.Combine(folder, "t.csv"), "a,b\n1,2\n3,4\n");
        var path = Notebook("#r \"nuget: RiskNotebooks, 0.1.0\"", "var t = CsvTableReader.Load(\"t.csv\");\nConsole.WriteLine(t.RowCount);", "t.RowCount * 10");
        var before = File.ReadAllText(path);
        var output = Path.Combine(folder, "executed.ipynb");

        var (cells, error) = await new NotebookRunner().RunAsync(path, output);

        Assert.Null(error);
        Assert.Equal(3, cells);
        Assert.Equal(before, File.ReadAllText(path));
        var code = JsonNode.Parse(File.ReadAllText(output))!["cells"]!.AsArray().Where(c => (string?)c!["cell_type"] == "code").ToList();
        Assert.Equal("display_data", (string?)code[0]!["outputs"]![0]!["output_type"]);
        Assert.Equal("2\n", (string?)code[1]!["outputs"]![0]!["text"]);
        Assert.Equal("20", (string?)code[2]!["outputs"]![0]!["data"]!["text/plain"]);
        Assert.Equal(3, (int?)code[2]!["execution_count"]);
    }

    [Fact]
    public async Task A_failing_cell_stops_the_run_and_its_error_is_in_the_copy()
    {
        var path = Notebook("throw new InvalidOperationException(\"boom\");", "Console.WriteLine(\"never\");");
        var output = Path.Combine(folder, "executed.ipynb");

        var (cells, error) = await new NotebookRunner().RunAsync(path, output);

        Assert.Equal(1, cells);
        Assert.Equal("InvalidOperationException", error!.Name);
        var code = JsonNode.Parse(File.ReadAllText(output))!["cells"]!.AsArray().Where(c => (string?)c!["cell_type"] == "code").ToList();
        Assert.Equal("error", (string?)code[0]!["outputs"]![0]!["output_type"]);
        Assert.Empty(code[1]!["outputs"]!.AsArray());
    }

    [Fact]
    public async Task A_file_that_is_not_a_notebook_is_refused_without_its_content()
    {
        var path = Path.Combine(folder, "bad.ipynb");
        File.WriteAllText(path, "secret-value,1\n");
        var e = await Assert.ThrowsAsync<InputFormatException>(() => new NotebookRunner().RunAsync(path, Path.Combine(folder, "o.ipynb")));
        Assert.DoesNotContain("secret-value", e.Message, StringComparison.Ordinal);
    }
    [Fact]
    public async Task A_report_holds_the_cards_charts_and_text_with_plotly_inlined_once_and_is_written_with_the_notebook()
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "TestData", "demo-registry.csv"), Path.Combine(folder, "r.csv"));
        var path = Notebook(
            "#r \"nuget: RiskNotebooks, 0.1.0\"",
            "#!risk-load r.csv --name registry\n#!risk-roles --qi sex,county",
            "#!reid",
            "#!risk-heatmap --kind classes",
            "Console.WriteLine(\"rows \" + registry.RowCount);");
        var output = Path.Combine(folder, "executed.ipynb");
        var report = Path.Combine(folder, "report.html");

        var (_, error) = await new NotebookRunner(new RiskNotebooks.Kernel.Magic.RiskMagicCommands()).RunAsync(path, output, reportPath: report);

        Assert.Null(error);
        var html = File.ReadAllText(report);
        Assert.Contains("Re-identification risk", html);
        Assert.Contains("Roles of registry", html);
        Assert.Contains("rows 100000", html);
        Assert.Contains("# title", html);
        Assert.DoesNotContain("RiskNotebooks loaded", html);
        Assert.Equal(1, CountOf(html, "window.Plotly=Plotly"));
        Assert.Equal(3, CountOf(html, "class=\"risknb-chart"));
        Assert.True(File.Exists(output));
    }

    [Fact]
    public async Task A_failed_run_writes_no_report_and_a_report_over_an_input_is_refused()
    {
        var path = Notebook("throw new InvalidOperationException(\"x\");");
        var report = Path.Combine(folder, "report.html");
        var (_, error) = await new NotebookRunner().RunAsync(path, Path.Combine(folder, "e.ipynb"), reportPath: report);
        Assert.NotNull(error);
        Assert.False(File.Exists(report));

        var refused = await Assert.ThrowsAsync<InvalidOptionException>(() => new NotebookRunner().RunAsync(path, Path.Combine(folder, "e.ipynb"), reportPath: Path.Combine(folder, "e.html.ipynb")));
        Assert.StartsWith("--report:", refused.Message, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }
}
