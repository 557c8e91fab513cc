using RiskNotebooks.Commands;
using RiskNotebooks.Reporting.Notebook;

namespace RiskNotebooks.Reporting.Tests.Notebook;

public sealed class MagicLineTests
{
    [Fact]
    public void A_line_binds_to_the_same_request_as_the_other_hosts()
    {
        var line = MagicLine.Parse("#!risk-location \"my traces.csv\" --top-n 0 --grid --grid-spatial raw,2km --name loc");
        Assert.Equal("#!risk-location", line.Command);
        var values = line.Values(LocationRequest.Table, "--name");
        var request = LocationRequest.Table.Bind(values.Where(v => v.Key != "--name"));
        Assert.Equal("my traces.csv", request.Path);
        Assert.Empty(request.TopN);
        Assert.True(request.Grid);
        Assert.Equal(2, request.GridSpatial.Count);
        Assert.Contains(new KeyValuePair<string, string>("--name", "loc"), values);
    }

    [Fact]
    public void Quotes_group_and_escape()
        => Assert.Equal(["a b", "say \"hi\"", ""], MagicLine.Parse("#!x \"a b\" \"say \\\"hi\\\"\" \"\"").Tokens);

    [Theory]
    [InlineData("#!risk-location --teleport 1", "--teleport: is not an option of #!risk-location.")]
    [InlineData("#!risk-location --points", "--points: needs a value.")]
    [InlineData("#!risk-location a.csv b.csv", "#!risk-location: 'b.csv' is not an option; options start with --.")]
    public void Errors_name_the_option(string text, string message)
        => Assert.Equal(message, Assert.Throws<InvalidOptionException>(() => MagicLine.Parse(text).Values(LocationRequest.Table)).Message);

    [Fact]
    public void Cross_option_checks_are_the_requests()
        => Assert.Equal(
            "--compat: only applies with --attack.",
            Assert.Throws<InvalidOptionException>(() => LocationRequest.Table.Bind(MagicLine.Parse("#!risk-location --compat skmob").Values(LocationRequest.Table))).Message);
}
