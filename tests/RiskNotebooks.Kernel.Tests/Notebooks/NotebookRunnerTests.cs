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
}
