using System.Text.Json.Nodes;
using RiskNotebooks.Data;
using RiskNotebooks.Location;
using RiskNotebooks.Registry;
using RiskNotebooks.Registry.Attributes;
using RiskNotebooks.Reporting.Charts;
using RiskNotebooks.Text;

namespace RiskNotebooks.Reporting.Tests.Charts;

/// <summary>
/// The fast figure JSON (the chart serialised without its template, the template's JSON made once and put back) equals
/// what Plotly.NET serialises whole, for every kind of chart we draw, and is made once per chart.
/// </summary>
public sealed class FigureJsonTests
{
    public static TheoryData<string> Kinds => ["classes", "qi-pairs", "subsets", "unicity-points", "unicity-grid", "place-risk-map", "document-categories"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_fast_figure_json_equals_plotly_nets_whole_serialisation(string kind)
    {
        _ = Chart(kind).ToFigureJson(); // the first chart with a template serialises it whole and keeps its JSON
        var chart = Chart(kind);
        var fast = JsonNode.Parse(chart.ToFigureJson())!;
        var plotly = JsonNode.Parse(chart.ToFigureJsonThroughPlotly())!;
        Assert.True(JsonNode.DeepEquals(fast, plotly), $"{kind}: the figures differ");
        Assert.NotNull(fast["layout"]!["template"]); // the template is there, not dropped
        Assert.Same(chart.ToFigureJson(), chart.ToFigureJson()); // made once
    }

    private static RiskChart Chart(string kind)
    {
        var rows = Enumerable.Range(0, 60).Select(i => (IReadOnlyList<string?>)[$"name{i % 9}", i % 2 == 0 ? "F" : "M", $"1{i % 13:00}"]).ToList();
        var table = Table.FromRows("people.csv", ["nickname", "sex", "ward"], rows);
        string[] qis = ["nickname", "sex", "ward"];
        switch (kind)
        {
            case "classes":
                return RiskCharts.Classes(ReidentificationAnalysis.Run(table, new ReidentificationOptions { QuasiIdentifiers = qis }).Histogram, 0.2);
            case "qi-pairs":
                return RiskCharts.QuasiIdentifierPairs(AttributeRiskAnalysis.Run(table, qis, 2), qis, table.RowCount);
            case "subsets":
                return RiskCharts.Subsets(AttributeRiskAnalysis.Run(table, qis, null));
            case "document-categories":
                var scanner = new TextScanner();
                return TextRiskCharts.DocumentCategories([scanner.Analyze("a", "Anna Berg, 19800101-1234, has diabetes and lives in Uppsala."), scanner.Analyze("b", "Nothing here.")]);
        }

        var records = new List<TraceRecord>();
        for (var u = 0; u < 12; u++)
        {
            for (var h = 0; h < 6; h++)
            {
                records.Add(new TraceRecord($"u{u}", new DateTime(2023, 3, 6).AddHours(h + u), 45 + ((u + h) % 5 / 100d), 9 + (h % 3 / 100d)));
            }
        }

        var report = LocationRiskAnalysis.Run(TraceSet.FromRecords("traces.csv", records), new LocationRiskOptions { Grid = true, GridSpatial = [SpatialResolution.Raw, SpatialResolution.Grid(2000)], GridTemporal = [TemporalResolution.Parse("hour"), TemporalResolution.Parse("day")], GridPoints = 2 });
        return kind switch
        {
            "unicity-points" => LocationCharts.UnicityByPoints(report.Unicity),
            "unicity-grid" => LocationCharts.UnicityByResolution(report.Grid!),
            _ => LocationCharts.PlaceRiskMap(report.PlaceContributions, report.PlaceContributionsBasis, 1),
        };
    }
}
