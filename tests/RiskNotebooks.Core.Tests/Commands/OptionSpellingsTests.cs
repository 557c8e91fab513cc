using RiskNotebooks.Commands;
using RiskNotebooks.Data;
using RiskNotebooks.Location;
using RiskNotebooks.Registry;
using RiskNotebooks.Registry.Individual;

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
    public void A_file_error_that_mentions_an_option_is_spelled_for_the_host()
    {
        var weights = Table.FromRows("t", ["a", "w"], [["1", "2.5"], ["2", ""]]);
        var e = Assert.Throws<InputFormatException>(() => SampleFrequencies.Compute(weights, ["a"], "w"));

        Assert.Equal("t, column 'w': the value of WeightColumn is missing (row 2).", e.Message);
        var shown = Assert.IsType<InputFormatException>(OptionSpellings.ForHost(e));
        Assert.Equal("t, column 'w': the value of --weight is missing (row 2).", shown.Message);
        Assert.Same(e, shown.InnerException);
    }

    [Fact]
    public void An_unknown_column_names_the_delimiter_option_as_the_host_spells_it()
    {
        var e = new UnknownColumnException("sex", "f.csv", ["age;sex"], ';', delimiterDetected: true);

        Assert.EndsWith("give it with Delimiter.", e.Message, StringComparison.Ordinal);
        var shown = Assert.IsType<UnknownColumnException>(OptionSpellings.ForHost(e));
        Assert.Equal(e.Message[..^"Delimiter.".Length] + "--delimiter.", shown.Message);
        Assert.Equal("sex", shown.ColumnName);
        var given = new UnknownColumnException("sex", "f.csv", ["age;sex"], ';');
        Assert.Same(given, OptionSpellings.ForHost(given));
    }

    [Fact]
    public void The_output_file_and_the_minimum_cell_size_are_named_by_the_engine_and_spelled_by_the_hosts()
    {
        var output = Assert.Throws<InvalidOptionException>(() => AtomicFile.Write(Path.GetTempPath(), _ => { }));
        var minimum = Assert.Throws<InvalidOptionException>(() => MinimumCellSize.Parse("0"));

        Assert.Equal("Output", output.OptionName);
        Assert.StartsWith("--output: ", OptionSpellings.ForHost(output).Message, StringComparison.Ordinal);
        Assert.Equal("MinimumCellSize", minimum.OptionName);
        Assert.Equal("--min-cell-size: give a whole number of people of at least 1, e.g. 5 or 10.", OptionSpellings.ForHost(minimum).Message);
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
