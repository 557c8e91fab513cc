using RiskNotebooks.Kernel.Display;
using RiskNotebooks.Kernel.Execution;

namespace RiskNotebooks.Kernel.Tests.Execution;

public sealed class MagicSeamTests
{
    private readonly FakeMagicCommands magics = new();
    private readonly ExecutionEngine engine;

    public MagicSeamTests() => engine = new ExecutionEngine(magics);

    private async Task<(CellResult Result, RecordingOutput Output)> Run(string code)
    {
        var output = new RecordingOutput();
        return (await engine.ExecuteAsync(code, output), output);
    }

    [Fact]
    public async Task A_magic_cell_goes_to_the_magic_commands_and_its_displays_are_shown()
    {
        var (result, output) = await Run("#r \"nuget: RiskNotebooks, 0.1.0\"\n#!fake-help");
        Assert.True(result.Succeeded);
        Assert.Equal("<b>help</b>", output.Displays.Last().Data[MimeBundle.Html]);
    }

    [Fact]
    public async Task A_published_variable_is_usable_as_its_declared_type_in_later_cells()
    {
        var (result, output) = await Run("#!fake-load numbers");
        Assert.True(result.Succeeded, result.Error?.Value);
        Assert.Equal("loaded", output.Displays.Single().Text);
        var (sum, _) = await Run("numbers.Sum()");
        Assert.True(sum.Succeeded, sum.Error?.Name + ": " + sum.Error?.Value);
        Assert.Equal("6", sum.Value!.Text);
        await Run("#!fake-help");
        Assert.True(magics.LastContext!.TryGetVariable("numbers", out var value));
        Assert.Equal(new List<int> { 1, 2, 3 }, value);
    }

    [Fact]
    public async Task A_failing_magic_command_is_a_jupyter_error_with_its_message()
    {
        var (result, _) = await Run("#!fake-fail");
        Assert.Equal("MagicCommandError", result.Error!.Name);
        Assert.Equal("--option: not a number.", result.Error.Value);
    }

    [Fact]
    public async Task An_interrupt_cancels_a_magic_command()
    {
        var running = Run("#!fake-wait");
        await Task.Delay(200);
        engine.Interrupt();
        var (result, _) = await running.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal("OperationCanceledException", result.Error!.Name);
    }

    [Fact]
    public async Task Magic_completions_replace_the_word_at_the_cursor()
    {
        var (matches, start, end) = await engine.CompleteAsync("#!fake-", 7);
        Assert.Equal(["#!fake-help", "#!fake-load", "#!fake-fail"], matches);
        Assert.Equal((0, 7), (start, end));
    }

    [Fact]
    public async Task Without_magic_commands_a_magic_cell_says_they_are_not_available()
    {
        var plain = new ExecutionEngine();
        var result = await plain.ExecuteAsync("#!risk-help", new RecordingOutput());
        Assert.Contains("not available", result.Error!.Value, StringComparison.Ordinal);
    }
}
