using RiskNotebooks.Commands;

namespace RiskNotebooks.Core.Tests.Commands;

public sealed class CommandTableTests
{
    [Fact]
    public void Every_default_shown_in_help_reads_back_as_a_valid_request()
    {
        foreach (var table in CommandTables.All)
        {
            foreach (var option in table.Options.Where(o => o.DefaultValue is not null))
            {
                var request = table.BindRequest([new(option.Name, option.DefaultValue!)]);
                Assert.NotNull(request);
            }
        }
    }

    [Fact]
    public void Option_names_are_unique_and_spelled_with_dashes()
    {
        foreach (var table in CommandTables.All)
        {
            Assert.Equal(table.Options.Count, table.Options.Select(o => o.Name).Distinct().Count());
            Assert.All(table.Options, o => Assert.Matches("^--[a-z][a-z0-9-]*$", o.Name));
            Assert.All(table.Options, o => Assert.False(string.IsNullOrWhiteSpace(o.Description)));
        }
    }

    [Theory]
    [InlineData("--top-n", "0")]
    [InlineData("--top-n", "none")]
    public void Top_n_0_or_none_skips_top_n(string option, string value)
        => Assert.Empty(LocationRequest.Table.Bind([new(option, value)]).ToOptions().TopN);

    [Fact]
    public void Numbers_take_percentages_and_exponents_and_name_the_option()
    {
        Assert.Equal(0.05, ReidRequest.Table.Bind([new("--threshold", "5%")]).Threshold, 12);
        Assert.Equal(1_000_000, LocationRequest.Table.Bind([new("--exact-limit", "1e6")]).ExactLimit);
        Assert.StartsWith("--draws: 'many' is not a whole number", Assert.Throws<InvalidOptionException>(() => LocationRequest.Table.Bind([new("--draws", "many")])).Message);
    }

    [Theory]
    [InlineData("--key-file", "k", "--key-file: only applies with --redact.")]
    [InlineData("--redact", "out", "--key-file: --redact needs a key file")]
    public void Redaction_needs_both_options(string option, string value, string message)
        => Assert.StartsWith(message, Assert.Throws<InvalidOptionException>(() => TextRequest.Table.Bind([new("--path", "x"), new(option, value)])).Message);

    [Fact]
    public void An_unknown_option_is_named()
        => Assert.Equal("--teleport: is not an option of reid.", Assert.Throws<InvalidOptionException>(() => ReidRequest.Table.Bind([new("--teleport", "1")])).Message);
}
