using RiskNotebooks.Commands;
using RiskNotebooks.Location;
using RiskNotebooks.Registry;

namespace RiskNotebooks.Core.Tests.Commands;

public sealed class OptionSpellingsTests
{
    [Fact]
    public void The_engine_names_the_property_and_a_host_shows_the_flag()
    {
        var e = Assert.Throws<InvalidOptionException>(() => new ReidentificationOptions { QuasiIdentifiers = ["a"], Threshold = 2 });

        Assert.Equal("Threshold: must be a number in [0, 1].", e.Message);
        var shown = OptionSpellings.ForHost(e);
        Assert.Equal("--threshold: must be a number in [0, 1].", shown.Message);
        Assert.Same(e, shown.InnerException);
    }

    [Fact]
    public void Options_named_in_the_problem_are_spelled_too()
    {
        var e = Assert.Throws<InvalidOptionException>(() => PopulationModel.FromOptions(100, 0.5));

        Assert.Equal("Population: give either Population or SamplingFraction, not both.", e.Message);
        Assert.Equal("--population: give either --population or --sampling-fraction, not both.", OptionSpellings.ForHost(e).Message);
    }

    [Fact]
    public void A_name_inside_a_longer_word_is_left_alone()
    {
        var e = new InvalidOptionException("Population", "PopulationTable and Population differ.", "Population");

        Assert.Equal("--population: PopulationTable and --population differ.", e.Respell(OptionSpellings.FlagOf).Message);
    }

    [Fact]
    public void A_flag_or_an_unknown_name_is_shown_as_it_is()
    {
        var flag = new InvalidOptionException("--report", "the folder does not exist.");
        var unknown = new InvalidOptionException("ChunkSize", "must be at least 1 KiB.");

        Assert.Same(flag, OptionSpellings.ForHost(flag));
        Assert.Same(unknown, OptionSpellings.ForHost(unknown));
    }

    [Fact]
    public void The_command_layer_binds_with_flags_whatever_the_engine_names()
    {
        var e = Assert.Throws<InvalidOptionException>(() => LocationRequest.Table.Bind([new("--path", "traces.csv"), new("--grid-points", "0")]));

        Assert.StartsWith("--grid-points: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_spelled_flag_is_an_option_of_some_command()
    {
        var flags = CommandTables.All.SelectMany(t => t.Options).Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var name in new[] { "Threshold", "QuasiIdentifiers", "KnowledgeLength", "MaxSubsetSize", "Key", "K", "transformation", "specification" })
        {
            var flag = OptionSpellings.FlagOf(name);
            Assert.NotNull(flag);
            Assert.Contains(flag, flags);
        }
    }

    [Fact]
    public void Options_that_no_host_offers_keep_their_property_names()
    {
        // l-diversity's l, t-closeness's t, ground distances and value orders are set only through the API.
        Assert.Null(OptionSpellings.FlagOf("RequiredL"));
        Assert.Null(OptionSpellings.FlagOf("TThreshold"));
        Assert.Null(OptionSpellings.FlagOf("ValueOrders"));
    }
}
