using RiskNotebooks.Kernel.Magic;

namespace RiskNotebooks.Kernel.Tests.Magic;

public sealed class CellProgressTests
{
    [Fact]
    public void A_long_command_shows_one_display_and_updates_it_in_place()
    {
        var output = new RecordingOutput();
        var progress = new CellProgress(output, delay: TimeSpan.Zero);

        progress.Report(new AnalysisProgress("unicity", 0, 200));
        progress.Report(new AnalysisProgress("unicity", 200, 200));

        Assert.Collection(
            output.Items,
            first =>
            {
                Assert.Equal("display", first.Kind);
                Assert.Equal("unicity: 0%", first.Bundle!.Text);
            },
            last =>
            {
                Assert.Equal("update", last.Kind);
                Assert.Equal(output.Items[0].Text, last.Text); // the same display id
                Assert.Equal("unicity: 100%", last.Bundle!.Text);
            });
    }

    [Fact]
    public void A_quick_command_shows_no_progress()
    {
        var output = new RecordingOutput();
        var progress = new CellProgress(output);

        progress.Report(new AnalysisProgress("unicity", 0, 200));
        progress.Report(new AnalysisProgress("unicity", 200, 200));

        Assert.Empty(output.Items);
    }
}
