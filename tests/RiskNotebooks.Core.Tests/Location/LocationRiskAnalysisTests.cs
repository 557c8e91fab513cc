using RiskNotebooks.Location;

namespace RiskNotebooks.Tests.Location;

public sealed class LocationRiskAnalysisTests
{
    private static readonly string Traces100 = Path.Combine(AppContext.BaseDirectory, "TestData", "mobility", "traces_100.csv");

    [Fact]
    public void The_facade_measures_unicity_the_grid_attacks_and_top_places_on_the_bundled_traces()
    {
        var traces = TraceReader.Load(Traces100);
        var report = LocationRiskAnalysis.Run(traces, new LocationRiskOptions
        {
            Grid = true,
            GridSpatial = [SpatialResolution.Raw, SpatialResolution.Grid(2000)],
            GridTemporal = [TemporalResolution.Hour, TemporalResolution.Day],
            GridPoints = 2,
            Attacks = [new AttackOptions { Attack = MobilityAttack.HomeWork }, new AttackOptions { Attack = MobilityAttack.Location, KnowledgeLength = 2 }],
        });
        Assert.Equal(100, report.UserCount);
        Assert.Equal([1, 2, 3, 4], report.Unicity.Results.Select(r => r.Points));
        Assert.True(report.Unicity.At(4).Unicity > 0.95);
        Assert.True(report.Unicity.At(1).Unicity < report.Unicity.At(2).Unicity);
        var grid = report.Grid!;
        Assert.Equal(2, grid.Points);
        Assert.True(grid[0, 0].Unicity >= grid[1, 1].Unicity);
        Assert.Equal(2, report.Attacks.Count);
        Assert.Equal(3, report.TopLocations.Count);
        Assert.Equal("attack home-work", report.PlaceContributionsBasis);
        Assert.Equal(report.Attacks[0].PlaceContributions, report.PlaceContributions);
        Assert.All(report.PlaceContributions, p => Assert.True(p.Visitors >= Math.Max(p.SinglesOut, p.AtRisk)));
        // The place index of the contributions covers every place with a record.
        Assert.Equal(traces.PlaceCount, report.PlaceContributions.Count);
    }

    [Fact]
    public void Attacks_follow_the_analysis_resolution()
    {
        var traces = Traces.Of(("a", [(1, 1)]), ("b", [(1, 2)]));
        var report = LocationRiskAnalysis.Run(traces, new LocationRiskOptions
        {
            Unicity = new UnicityOptions { Spatial = SpatialResolution.Grid(4000), Points = [1] },
            Attacks = [new AttackOptions { KnowledgeLength = 1 }],
        });
        Assert.Equal([0.5, 0.5], report.Attacks[0].Risks);
        Assert.Equal(SpatialResolution.Grid(4000), report.Attacks[0].Options.Spatial);
    }
}
