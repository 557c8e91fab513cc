using RiskNotebooks.Kernel.Execution;

namespace RiskNotebooks.Kernel.Tests.Execution;

public sealed class CompletionTests
{
    private readonly ExecutionEngine engine = new();

    [Fact]
    public async Task Members_are_completed_from_roslyn()
    {
        var (matches, start, end) = await engine.CompleteAsync("Console.Wri", 11);
        Assert.Equal(["Write", "WriteLine"], matches.Order());
        Assert.Equal((8, 11), (start, end));
    }

    [Fact]
    public async Task Cursor_positions_count_code_points_not_utf16_units()
    {
        // The emoji is one code point but two UTF-16 units: positions after it differ by one between the two counts.
        const string code = "var s = \"😀\"; Console.Wri";
        var codePoints = code.EnumerateRunes().Count();
        var (matches, start, end) = await engine.CompleteAsync(code, codePoints);
        Assert.Contains("WriteLine", matches);
        Assert.Equal(codePoints, end);
        Assert.Equal(codePoints - 3, start);
    }

    [Fact]
    public async Task Variables_of_earlier_cells_are_completed()
    {
        await engine.ExecuteAsync("var registrySize = 5;", new RecordingOutput());
        var (matches, _, _) = await engine.CompleteAsync("registryS", 9);
        Assert.Contains("registrySize", matches);
    }

    [Fact]
    public async Task Inspect_shows_the_xml_docs_of_our_types()
    {
        const string code = "ReidentificationAnalysis.Run";
        var text = await engine.InspectAsync(code, code.Length);
        Assert.NotNull(text);
        Assert.Contains("ReidentificationAnalysis.Run", text, StringComparison.Ordinal);
        Assert.True(text.Split("\n\n").Length >= 2, "no documentation: " + text);
    }

    [Theory]
    [InlineData("var x = 1;", "complete")]
    [InlineData("x + 1", "complete")]
    [InlineData("#!risk-help", "complete")]
    [InlineData("for (var i = 0; i < 3; i++) {", "incomplete")]
    [InlineData("var s = \"open", "incomplete")]
    [InlineData("int x = ;", "invalid")]
    public void Is_complete_tells_a_console_whether_to_run(string code, string status)
        => Assert.Equal(status, CodeCompleteness.Check(code).Status);
}
