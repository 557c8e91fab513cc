using RiskNotebooks.Location;

namespace RiskNotebooks.Tests.Location;

public sealed class TopLocationsTests
{
    [Fact]
    public void Users_are_unique_by_their_top_places_when_nobody_else_has_the_same_set()
    {
        // Everybody's most visited place is 1 (home town). Second: a → 2, b → 2, c → 3. Third: a → 4, b → 5; c has two places.
        var traces = Traces.Of(
            ("a", [(0, 1), (1, 1), (2, 1), (3, 2), (4, 2), (5, 4)]),
            ("b", [(0, 1), (1, 1), (2, 1), (3, 2), (4, 2), (5, 5)]),
            ("c", [(0, 1), (1, 1), (3, 3)]));
        var results = TopLocations.Measure(traces, [1, 2, 3]);
        Assert.Equal((3, 0, 0), (results[0].EligibleUsers, results[0].TooFewPlacesUsers, results[0].UniqueUsers));
        Assert.Equal((3, 0, 1), (results[1].EligibleUsers, results[1].TooFewPlacesUsers, results[1].UniqueUsers));
        Assert.Equal(1d / 3d, results[1].Uniqueness, 12);
        Assert.Equal(2, results[1].AnonymitySetOf(0));
        Assert.Equal((2, 1, 2), (results[2].EligibleUsers, results[2].TooFewPlacesUsers, results[2].UniqueUsers));
        Assert.Equal(0, results[2].AnonymitySetOf(2));
    }

    [Fact]
    public void The_set_not_the_order_counts_and_ties_break_by_latitude()
    {
        // a: 1 then 2; b: 2 then 1 — the same set. c visits 3 and 4 once each: its top 1 is the southern one, 3.
        var traces = Traces.Of(("a", [(0, 1), (1, 1), (2, 2)]), ("b", [(0, 2), (1, 2), (2, 1)]), ("c", [(0, 4), (1, 3)]), ("d", [(0, 3)]));
        var results = TopLocations.Measure(traces, [1, 2]);
        Assert.Equal(1, results[1].UniqueUsers); // a and b share {1, 2}; c's {3, 4} is its own
        Assert.Equal(2, results[0].AnonymitySetOf(2)); // c's top place is 3, as d's
    }

    [Fact]
    public void Top_two_uniqueness_is_the_share_unique_under_the_documented_home_work_attack()
    {
        var traces = Traces.Random(5, 200, 12, 20, 48);
        var top2 = TopLocations.Measure(traces, [2])[0];
        var homeWork = MobilityAttacks.Run(traces, new AttackOptions { Attack = MobilityAttack.HomeWork });
        var uniqueWithTwoPlaces = Enumerable.Range(0, traces.UserCount).Count(u => top2.AnonymitySetOf(u) > 0 && homeWork.Risks[u] == 1d);
        Assert.Equal(top2.UniqueUsers, uniqueWithTwoPlaces);
    }

    [Fact]
    public void N_out_of_range_names_the_option()
        => Assert.Equal("TopN", Assert.Throws<InvalidOptionException>(() => TopLocations.Measure(Traces.Random(1, 3, 2, 2, 2), [0])).OptionName);
}
