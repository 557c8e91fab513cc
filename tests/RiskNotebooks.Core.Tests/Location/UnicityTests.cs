using RiskNotebooks.Location;

namespace RiskNotebooks.Tests.Location;

public sealed class UnicityTests
{
    private static readonly UnicityOptions Exact = new() { Mode = UnicityMode.Exact, Points = [1, 2, 3] };

    [Fact]
    public void Identical_traces_are_never_unique()
    {
        (int, int)[] points = [(1, 1), (2, 2), (3, 3), (4, 1), (30, 5)];
        var traces = Traces.Of(("a", points), ("b", points), ("c", points));
        foreach (var options in new[] { Exact, new UnicityOptions { Points = [1, 2, 3], DrawsPerUser = 50 } })
        {
            var report = Unicity.Measure(traces, options);
            Assert.All(report.Results, r =>
            {
                Assert.Equal(3, r.EligibleUsers);
                Assert.Equal(0d, r.Unicity);
                Assert.Equal(0, r.UniqueUsers);
            });
        }
    }

    [Fact]
    public void Disjoint_traces_are_always_unique()
    {
        var traces = Traces.Of(("a", [(1, 1), (2, 2), (3, 3)]), ("b", [(1, 4), (2, 5), (3, 6)]), ("c", [(5, 1), (2, 7), (9, 3)]));
        // Same places as a at other hours are other points: c shares nothing with a at hourly resolution.
        var report = Unicity.Measure(traces, Exact);
        Assert.All(report.Results, r => Assert.Equal(1d, r.Unicity));
        var sampled = Unicity.Measure(traces, new UnicityOptions { Points = [1, 2, 3] });
        Assert.All(sampled.Results, r =>
        {
            Assert.Equal(1d, r.Unicity);
            Assert.True(r.Low < 1d && r.High == 1d);
        });
    }

    [Fact]
    public void One_shared_place_singles_nobody_out_and_the_private_places_single_everybody_out()
    {
        // Every user was at place 0 at 08:00 and at two places of their own.
        var traces = Traces.Of(("a", [(8, 0), (9, 1), (10, 2)]), ("b", [(8, 0), (9, 3), (10, 4)]), ("c", [(8, 0), (9, 5), (10, 6)]));
        var report = Unicity.Measure(traces, Exact);
        Assert.Equal(2d / 3d, report.At(1).Unicity, 12);
        Assert.Equal(1d, report.At(2).Unicity);
        Assert.Equal(1d, report.At(3).Unicity);
        Assert.Equal(2d / 3d, report.UniqueShareOf(1, 0), 12);

        // At the largest p (3) the one subset of each user is singled out by its rarest point, one of the user's own
        // places (the first of the two); the shared place singles out nobody.
        var shared = Assert.Single(report.PlaceContributions, c => c.Visitors == 3);
        Assert.Equal(0, shared.SinglesOut);
        Assert.Equal([1, 0, 1, 0, 1, 0], report.PlaceContributions.Where(c => c.Visitors == 1).Select(c => c.SinglesOut));
        Assert.Equal(45d, shared.Latitude, 9);
    }

    [Fact]
    public void Users_with_fewer_than_p_points_are_reported_apart_not_dropped()
    {
        var traces = Traces.Of(("a", [(1, 1), (2, 2), (3, 3)]), ("b", [(1, 1), (2, 2)]), ("c", [(5, 9)]));
        var report = Unicity.Measure(traces, Exact with { Points = [1, 2, 3, 4] });
        Assert.Equal((3, 0), (report.At(1).EligibleUsers, report.At(1).TooShortUsers));
        Assert.Equal((2, 1), (report.At(2).EligibleUsers, report.At(2).TooShortUsers));
        Assert.Equal((1, 2), (report.At(3).EligibleUsers, report.At(3).TooShortUsers));
        var none = report.At(4);
        Assert.Equal((0, 3), (none.EligibleUsers, none.TooShortUsers));
        Assert.True(double.IsNaN(none.Unicity));
        Assert.True(double.IsNaN(report.UniqueShareOf(3, 1)));
        // b's two points are both in a's trace: b is never unique with 2 points; a is, with 2 of its 3 pairs.
        Assert.Equal(((2d / 3d) + 0d) / 2d, report.At(2).Unicity, 12);
        Assert.Equal(3, report.MaxPointsPerUser);
        Assert.Equal(1, report.MinPointsPerUser);
    }

    [Fact]
    public void Coarser_time_merges_points()
    {
        // At hourly resolution a (08:10, 09:10) and b (08:50, 09:50) are the same; by the minute they differ.
        var traces = Traces.Of(
            Traces.At("a", 8, 1) with { Time = Traces.Monday.AddMinutes(490) },
            Traces.At("a", 9, 1) with { Time = Traces.Monday.AddMinutes(550) },
            Traces.At("b", 8, 1) with { Time = Traces.Monday.AddMinutes(530) },
            Traces.At("b", 9, 1) with { Time = Traces.Monday.AddMinutes(590) });
        Assert.Equal(1d, Unicity.Measure(traces, Exact with { Temporal = TemporalResolution.Minute, Points = [1] }).At(1).Unicity);
        Assert.Equal(0d, Unicity.Measure(traces, Exact with { Points = [1] }).At(1).Unicity);
        Assert.Equal(0d, Unicity.Measure(traces, Exact with { Temporal = TemporalResolution.None, Points = [1] }).At(1).Unicity);
        var day = Unicity.Measure(traces, Exact with { Temporal = TemporalResolution.Day, Points = [1] });
        Assert.Equal(1, day.MaxPointsPerUser);
    }

    [Fact]
    public void The_same_seed_gives_the_same_result_and_another_seed_another_draw()
    {
        var traces = Traces.Random(1, 60, 12, 15, 48);
        var a = Unicity.Measure(traces, new UnicityOptions { Seed = 7, DrawsPerUser = 20 });
        var b = Unicity.Measure(traces, new UnicityOptions { Seed = 7, DrawsPerUser = 20 });
        var c = Unicity.Measure(traces, new UnicityOptions { Seed = 8, DrawsPerUser = 20 });
        Assert.Equal(a.Results.Select(r => r.UniqueDraws), b.Results.Select(r => r.UniqueDraws));
        Assert.NotEqual(a.Results.Select(r => r.UniqueDraws), c.Results.Select(r => r.UniqueDraws));
    }

    [Fact]
    public void Automatic_draws_give_at_least_100000_draws_up_to_100_per_user()
    {
        Assert.Equal(100, UnicityOptions.Default.DrawsFor(100));
        Assert.Equal(50, UnicityOptions.Default.DrawsFor(2_000));
        Assert.Equal(1, UnicityOptions.Default.DrawsFor(1_500_000));
        Assert.Equal(3, new UnicityOptions { DrawsPerUser = 3 }.DrawsFor(10));
    }

    [Theory]
    [InlineData("4", new[] { 4 })]
    [InlineData("1..5", new[] { 1, 2, 3, 4, 5 })]
    [InlineData("4,1, 2", new[] { 1, 2, 4 })]
    public void Point_ranges_parse(string text, int[] expected)
        => Assert.Equal(expected, UnicityOptions.ParseRange(text, "--points"));

    [Theory]
    [InlineData("0")]
    [InlineData("3..1")]
    [InlineData("x")]
    [InlineData("65")]
    public void Bad_point_ranges_name_the_option(string text)
        => Assert.Equal("--points", Assert.Throws<InvalidOptionException>(() => UnicityOptions.ParseRange(text, "--points")).OptionName);

    [Fact]
    public void Bad_options_name_the_option()
    {
        Assert.Equal("DrawsPerUser", Assert.Throws<InvalidOptionException>(() => new UnicityOptions { DrawsPerUser = 0 }).OptionName);
        Assert.Equal("Points", Assert.Throws<InvalidOptionException>(() => new UnicityOptions { Points = [] }).OptionName);
        Assert.Equal("ExactLimit", Assert.Throws<InvalidOptionException>(() => new UnicityOptions { ExactLimit = 0 }).OptionName);
    }
}
