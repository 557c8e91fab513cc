using RiskNotebooks.Kernel.Display;
using RiskNotebooks.Kernel.Execution;

namespace RiskNotebooks.Kernel.Tests.Execution;

public sealed class ExecutionEngineTests
{
    // Absolute: NotebookRunnerTests change the process's current folder while they run, as risknb run does.
    private static readonly string Registry = Path.Combine(AppContext.BaseDirectory, "TestData", "demo-registry.csv").Replace("\\", "/", StringComparison.Ordinal);
    private readonly ExecutionEngine engine = new(workingDirectory: AppContext.BaseDirectory);

    private async Task<(CellResult Result, RecordingOutput Output)> Run(string code, ExecutionEngine? on = null)
    {
        var output = new RecordingOutput();
        var result = await (on ?? engine).ExecuteAsync(code, output);
        return (result, output);
    }

    [Fact]
    public async Task Variables_carry_from_cell_to_cell()
    {
        await Run("var x = 40;");
        var (result, _) = await Run("x + 2");
        Assert.True(result.Succeeded);
        Assert.Equal("42", result.Value!.Text);
    }

    [Fact]
    public async Task The_last_expression_without_semicolon_is_the_result_and_a_statement_has_none()
    {
        Assert.Equal("hello", (await Run("\"hel\" + \"lo\"")).Result.Value!.Text);
        Assert.Null((await Run("var y = 1;")).Result.Value);
        Assert.Equal("[1, 2, 3]", (await Run("new[] { 1, 2, 3 }")).Result.Value!.Text);
    }

    [Fact]
    public async Task A_compile_error_names_line_and_column_within_the_cell_and_changes_nothing()
    {
        await Run("var kept = 1;");
        var (result, _) = await Run("var kept2 = 2;\nint broken = ;");
        Assert.False(result.Succeeded);
        Assert.Equal("CompilationError", result.Error!.Name);
        Assert.StartsWith("(2,14): error CS1525", result.Error.Value, StringComparison.Ordinal);
        Assert.True((await Run("kept")).Result.Succeeded);
        Assert.Contains("CS0103", (await Run("kept2")).Result.Error!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_compile_error_after_a_loop_keeps_its_column_as_written()
    {
        var (result, _) = await Run("for (var i = 0; i < 2; i++) { }\nundefinedName");
        Assert.StartsWith("(2,1): error CS0103", result.Error!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_runtime_exception_is_an_error_and_earlier_variables_survive()
    {
        await Run("var survivor = \"still here\";");
        var (result, _) = await Run("var lost = 1; throw new InvalidOperationException(\"boom\");");
        Assert.Equal("InvalidOperationException", result.Error!.Name);
        Assert.Equal("boom", result.Error.Value);
        Assert.Equal("still here", (await Run("survivor")).Result.Value!.Text);
    }

    [Fact]
    public async Task Stdout_and_stderr_are_streamed_to_the_cell_that_wrote_them()
    {
        var other = new ExecutionEngine();
        var first = Run("for (var i = 0; i < 20; i++) { Console.WriteLine(\"one\"); Thread.Sleep(5); } Console.Error.Write(\"err1\");");
        var second = Run("for (var i = 0; i < 20; i++) { Console.WriteLine(\"two\"); Thread.Sleep(5); }", other);
        var (_, one) = await first;
        var (_, two) = await second;
        Assert.Equal(string.Concat(Enumerable.Repeat("one\n", 20)), one.Stdout);
        Assert.Equal("err1", one.Stderr);
        Assert.Equal(string.Concat(Enumerable.Repeat("two\n", 20)), two.Stdout);
    }

    [Fact]
    public async Task Output_of_a_task_started_by_a_cell_goes_to_that_cell()
    {
        var (_, output) = await Run("await Task.Run(() => Console.WriteLine(\"from a task\"));");
        Assert.Equal("from a task\n", output.Stdout);
    }

    [Fact]
    public async Task An_interrupt_stops_a_tight_loop_and_the_session_goes_on()
    {
        await Run("var before = 7;");
        var running = Run("long n = 0; while (true) n++;");
        await Task.Delay(500);
        engine.Interrupt();
        var (result, _) = await running.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("OperationCanceledException", result.Error!.Name);
        Assert.Equal("7", (await Run("before")).Result.Value!.Text);
    }

    [Fact]
    public async Task Display_update_and_clear_output_reach_the_output_in_order()
    {
        var (result, output) = await Run("Console.Write(\"a\"); var h = Display(1); h.Update(2); ClearOutput(wait: true);");
        Assert.True(result.Succeeded, result.Error?.Value);
        Assert.Equal(["stdout", "display", "update", "clear"], output.Items.Select(i => i.Kind));
        Assert.Equal("2", output.Items[2].Bundle!.Text);
        Assert.Equal(output.Items[1].Text, output.Items[2].Text); // same display id
    }

    [Fact]
    public async Task The_RiskNotebooks_nuget_line_is_already_satisfied_and_the_rest_of_the_cell_runs()
    {
        var (result, output) = await Run("#r \"nuget: RiskNotebooks, 0.1.0\"\n#i \"nuget: /some/feed\"\n1 + 1");
        Assert.True(result.Succeeded, result.Error?.Value);
        Assert.Equal("2", result.Value!.Text);
        Assert.Contains("RiskNotebooks loaded", output.Displays.Single().Data[MimeBundle.Html], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_nuget_packages_are_refused_with_a_message()
    {
        var (result, _) = await Run("#r \"nuget: Newtonsoft.Json, 13.0.1\"");
        Assert.Equal("NuGetNotSupported", result.Error!.Name);
        Assert.Contains("#r \"path/to/library.dll\"", result.Error.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dll_is_referenced_by_path()
    {
        var path = typeof(Assert).Assembly.Location.Replace("\\", "/", StringComparison.Ordinal);
        var (result, _) = await Run($"#r \"{path}\"\ntypeof(Xunit.Assert).Name");
        Assert.True(result.Succeeded, result.Error?.Value);
        Assert.Equal("Assert", result.Value!.Text);
    }

    [Fact]
    public async Task A_framework_assembly_outside_the_curated_set_is_referenced_by_file_name()
    {
        var (result, _) = await Run("#r \"System.Xml.Linq.dll\"\n#r \"System.Private.Xml.Linq.dll\"\nnew System.Xml.Linq.XElement(\"a\").ToString()");
        Assert.True(result.Succeeded, result.Error?.Value);
        Assert.Equal("<a />", result.Value!.Text);
    }

    [Fact]
    public async Task RiskNotebooks_is_preloaded_and_a_table_shows_as_its_html_summary()
    {
        var (result, _) = await Run($"CsvTableReader.Load(@\"{Registry}\")");
        Assert.True(result.Succeeded, result.Error?.Value);
        Assert.Contains("records", result.Value!.Data[MimeBundle.Html], StringComparison.Ordinal);
        Assert.StartsWith("Table demo-registry.csv:", result.Value.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chart_sends_html_with_plotly_js_once_per_session_and_the_plotly_figure()
    {
        await Run($"var t = CsvTableReader.Load(@\"{Registry}\"); var r = ReidentificationAnalysis.Run(t, new ReidentificationOptions {{ QuasiIdentifiers = [\"sex\", \"county\"] }});");
        var first = (await Run("RiskCharts.Classes(r.Histogram, 0.2)")).Result.Value!;
        var second = (await Run("RiskCharts.Classes(r.Histogram, 0.2)")).Result.Value!;
        Assert.Contains("window.Plotly=Plotly", first.Data[MimeBundle.Html], StringComparison.Ordinal);
        Assert.DoesNotContain("window.Plotly=Plotly", second.Data[MimeBundle.Html], StringComparison.Ordinal);
        Assert.Contains("Plotly.newPlot", second.Data[MimeBundle.Html], StringComparison.Ordinal);
        Assert.StartsWith("{", second.Data[MimeBundle.PlotlyJson], StringComparison.Ordinal);
    }
}
