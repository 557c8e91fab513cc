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

    [Fact]
    public void A_lone_far_away_place_with_one_visitor_does_not_stretch_the_map()
    {
        // Regression: the blanked place was hidden but the axes still ran from 45.4 to 59.37, revealing where it is.
        var places = new List<PlaceContribution>();
        for (var r = 0; r < 20; r++)
        {
            for (var c = 0; c < 20; c++)
            {
                places.Add(new PlaceContribution(places.Count, null, 45.40 + (r * 0.01), 9.05 + (c * 0.01), Visitors: 10, SinglesOut: 1, AtRisk: 1));
            }
        }

        places.Add(new PlaceContribution(places.Count, null, 59.37, 18.06, Visitors: 1, SinglesOut: 1, AtRisk: 1));
        var figure = JsonNode.Parse(LocationCharts.PlaceRiskMap(places, "test").ToFigureJson())!;
        var x = figure["data"]![0]!["x"]!.AsArray().Select(v => (double)v!).ToList();
        var y = figure["data"]![0]!["y"]!.AsArray().Select(v => (double)v!).ToList();
        Assert.InRange(y.Min(), 45.35, 45.45);
        Assert.InRange(y.Max(), 45.55, 45.65);
        Assert.InRange(x.Min(), 9.0, 9.1);
        Assert.InRange(x.Max(), 9.2, 9.3);
        var shown = figure["data"]![0]!["z"]!.AsArray().SelectMany(row => row!.AsArray()).Where(v => v is not null).Sum(v => (double)v!);
        Assert.Equal(400, shown);
        Assert.DoesNotContain("59.3", figure.ToJsonString());
        Assert.DoesNotContain("18.0", figure.ToJsonString());
    }

    [Fact]
    public void A_map_without_any_area_to_show_reveals_no_coordinate()
    {
        PlaceContribution[] places = [new(0, null, 59.37, 18.06, Visitors: 1, SinglesOut: 1, AtRisk: 1), new(1, null, 45.47, 9.19, Visitors: 2, SinglesOut: 1, AtRisk: 1)];
        var chart = LocationCharts.PlaceRiskMap(places, "test");
        var json = chart.ToFigureJson();
        Assert.DoesNotContain("59.3", json);
        Assert.DoesNotContain("45.4", json);
        Assert.Contains("no area is shown", chart.Explanation);
    }
}
