using System.Text.Json.Nodes;
using RiskNotebooks.Location;
using RiskNotebooks.Reporting.Charts;

namespace RiskNotebooks.Reporting.Tests.Charts;

public sealed class LocationChartsTests
{
    [Theory]
    [InlineData(80, 0.0075)]
    [InlineData(33, 0.005)]
    public void Places_on_a_lattice_fill_every_map_bin_alike_so_there_are_no_stripes(int side, double spacing)
    {
        // Antennas on a regular grid, each singling out one user: a fair map shows the same value in every bin.
        var places = new List<PlaceContribution>();
        for (var r = 0; r < side; r++)
        {
            for (var c = 0; c < side; c++)
            {
                places.Add(new PlaceContribution(places.Count, null, 45.4 + (r * spacing), 9.05 + (c * spacing), Visitors: 10, SinglesOut: 1, AtRisk: 1));
            }
        }

        var figure = JsonNode.Parse(LocationCharts.PlaceRiskMap(places, "test").ToFigureJson())!;
        var values = figure["data"]![0]!["z"]!.AsArray().SelectMany(row => row!.AsArray()).Where(v => v is not null).Select(v => (double)v!).ToList();
        Assert.Equal(side * side, values.Sum());                 // every place in one bin
        var interior = values.Where(v => v > 0).GroupBy(v => v).OrderByDescending(g => g.Count()).First().Key;
        Assert.True(values.Count(v => v == interior) >= values.Count * 0.6, $"bins hold {string.Join(", ", values.Distinct().Order())} places");
        Assert.All(values, v => Assert.True(v <= interior, $"a bin holds {v} places, the usual bin {interior}"));
    }
}
