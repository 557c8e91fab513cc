using RiskNotebooks.Synthetic.Registry;
using RiskNotebooks.Text.Lexicons;

namespace RiskNotebooks.Tests.Synthetic;

/// <summary>The text lexicon reads places from its gazetteer files; the registry generator keeps its own table with populations.</summary>
public sealed class SwedishReferenceDataTests
{
    [Fact]
    public void The_municipality_gazetteer_names_the_generators_municipalities_in_the_same_order()
        => Assert.Equal(SwedishReferenceData.Municipalities.Select(m => m.Name), Lexicon.Lines("municipalities.sv.txt"));

    [Fact]
    public void The_county_gazetteer_names_the_generators_counties_in_the_same_order()
        => Assert.Equal(SwedishReferenceData.Counties, Lexicon.Lines("counties.sv.txt"));
}
