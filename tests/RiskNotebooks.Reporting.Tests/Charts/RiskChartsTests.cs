using System.Text.Json.Nodes;
using RiskNotebooks.Data;
using RiskNotebooks.Registry;
using RiskNotebooks.Registry.Attributes;
using RiskNotebooks.Reporting.Charts;

namespace RiskNotebooks.Reporting.Tests.Charts;

public sealed class RiskChartsTests
{
    // a, b, c of six people: unique on a alone: 2 (x3, x4 ... see below).
    private static readonly Table People = Table.FromRows("people", ["a", "b", "c"],
    [
        ["1", "x", "p"], ["1", "x", "q"], ["1", "y", "p"], ["2", "y", "p"], ["3", "y", "q"], ["3", "y", "q"],
    ]);

    private static JsonObject Figure(RiskChart chart) => JsonNode.Parse(chart.ToFigureJson())!.AsObject();

    [Fact]
    public void The_pair_heatmap_holds_the_share_of_records_each_pair_makes_unique()
    {
        var risks = AttributeRiskAnalysis.Run(People, ["a", "b", "c"], 2);
        var figure = Figure(RiskCharts.QuasiIdentifierPairs(risks, ["a", "b", "c"], 6));
        var z = figure["data"]![0]!["z"]!.AsArray();
        // a alone: value 2 is unique -> 1/6. (a, b): (1,x)x2, (1,y), (2,y), (3,y)x2 -> 2 uniques -> 2/6.
        Assert.Equal(1d / 6, (double)z[0]![0]!, 12);
        Assert.Equal(2d / 6, (double)z[0]![1]!, 12);
        Assert.Equal(2d / 6, (double)z[1]![0]!, 12);
        Assert.Equal(0d, (double)figure["data"]![0]!["zmin"]!);
        Assert.Equal(1d, (double)figure["data"]![0]!["zmax"]!);
        Assert.Equal(".0%", (string?)figure["data"]![0]!["colorbar"]!["tickformat"]);
    }

    [Fact]
    public void Figures_have_a_title_and_fit_their_box()
    {
        var classes = EquivalenceClasses.Build(People, ["a", "b"]);
        var figure = Figure(RiskCharts.Classes(classes.Histogram, 0.2));
        Assert.Equal("Share of records by equivalence-class size", (string?)figure["layout"]!["title"]!["text"]);
        Assert.Null(figure["layout"]!["width"]);
        Assert.Equal(RiskChart.Height, (int)figure["layout"]!["height"]!);
        Assert.Equal("stack", (string?)figure["layout"]!["barmode"]);
    }

    [Fact]
    public void The_class_chart_splits_records_by_risk_and_sums_to_one()
    {
        var classes = EquivalenceClasses.Build(People, ["a", "b"]);
        var data = Figure(RiskCharts.Classes(classes.Histogram, 0.2))["data"]!.AsArray();
        var atRisk = data[0]!["y"]!.AsArray().Select(v => (double)v!).ToArray();
        var safe = data[1]!["y"]!.AsArray().Select(v => (double)v!).ToArray();
        Assert.Equal(1d, atRisk.Sum() + safe.Sum(), 12);
        Assert.Equal(1d, atRisk.Sum(), 12); // every class is smaller than 5
        Assert.Equal(2d / 6, atRisk[0], 12); // two unique records
    }

    [Fact]
    public void The_subset_heatmap_counts_every_subset_once()
    {
        var risks = AttributeRiskAnalysis.Run(People, ["a", "b", "c"]);
        var z = Figure(RiskCharts.Subsets(risks))["data"]![0]!["z"]!.AsArray();
        var total = z.Sum(row => row!.AsArray().Sum(v => (double)v!));
        Assert.Equal(7, total);
        var bySize = Enumerable.Range(0, 3).Select(size => z.Sum(row => (double)row![size]!)).ToArray();
        Assert.Equal([3d, 3d, 1d], bySize);
    }

    [Fact]
    public void The_html_fragment_draws_with_the_page_plotly_and_loads_nothing()
    {
        var risks = AttributeRiskAnalysis.Run(People, ["a", "b"], 2);
        var html = RiskCharts.QuasiIdentifierPairs(risks, ["a", "b"], 6).ToHtmlFragment();
        Assert.Contains("window.Plotly.newPlot", html);
        Assert.DoesNotContain("<script src", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("cdn", html, StringComparison.OrdinalIgnoreCase);
    }
}
