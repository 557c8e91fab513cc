using RiskNotebooks.Location;

namespace RiskNotebooks.Tests.Location;

public sealed class MobilityAttacksTests
{
    private static readonly string Toy = Path.Combine(AppContext.BaseDirectory, "TestData", "skmob", "privacy_toy.csv");

    [Theory]
    [InlineData(MobilityAttack.Location, 2, new[] { 3, 2, 3, 3, 4, 4, 2 })]
    [InlineData(MobilityAttack.Location, 3, new[] { 2, 1, 2, 3, 3, 4, 1 })]
    [InlineData(MobilityAttack.LocationSequence, 2, new[] { 2, 2, 1, 2, 1, 3, 2 })]
    [InlineData(MobilityAttack.LocationSequence, 3, new[] { 1, 1, 1, 1, 1, 3, 1 })]
    public void Reproduces_the_risks_scikit_mobility_publishes_for_its_privacy_example(MobilityAttack attack, int k, int[] compatibleUsers)
    {
        // From the docstrings of LocationAttack and LocationSequenceAttack in skmob/privacy/attacks.py.
        var traces = TraceReader.Load(Toy);
        var options = new AttackOptions { Attack = attack, KnowledgeLength = k };
        var result = MobilityAttacks.Run(traces, options);
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7"], traces.UserIds);
        Tolerance.AssertClose(compatibleUsers.Select(c => 1d / c), result.Risks);
        Assert.Equal(compatibleUsers, result.CompatibleUsers);
        Tolerance.AssertClose(compatibleUsers.Select(c => 1d / c), SkmobReference.Risks(traces, options));
    }

    [Fact]
    public void Every_attack_equals_the_literal_scikit_mobility_computation_on_random_traces()
    {
        int checks = 0, below = 0;
        for (var seed = 1; seed <= 12; seed++)
        {
            // Few places and hours, so that users share a lot and risks below 1 are common.
            var traces = Traces.Random(seed, 14, 4 + (seed % 3), 7, 6 + (seed % 4));
            foreach (var attack in AttackOptions.All)
            {
                foreach (var k in attack == MobilityAttack.HomeWork ? [1] : new[] { 1, 2, 3, 4 })
                {
                    foreach (var compatibility in new[] { AttackCompatibility.Documented, AttackCompatibility.ScikitMobility })
                    {
                        foreach (var tolerance in attack is MobilityAttack.LocationFrequency or MobilityAttack.LocationProbability or MobilityAttack.LocationProportion ? new[] { 0d, 0.25, 0.5, 1d } : [0d])
                        {
                            foreach (var precision in attack == MobilityAttack.LocationTime ? new[] { TimePrecision.Hour, TimePrecision.Day, TimePrecision.Minute } : [TimePrecision.Hour])
                            {
                                var options = new AttackOptions { Attack = attack, KnowledgeLength = k, Compatibility = compatibility, Tolerance = tolerance, TimePrecision = precision };
                                var expected = SkmobReference.Risks(traces, options);
                                foreach (var mode in new[] { AttackSearchMode.Automatic, AttackSearchMode.Lists, AttackSearchMode.Groups, AttackSearchMode.Neighbours })
                                {
                                    var actual = MobilityAttacks.Run(traces, [options], mode, default)[0].Risks;
                                    Assert.True(expected.SequenceEqual(actual), $"{options} {mode} seed {seed}: expected {string.Join(" ", expected.Select(x => x.ToString("0.###")))}, got {string.Join(" ", actual.Select(x => x.ToString("0.###")))}");
                                    checks++;
                                    below += actual.Count(r => r < 1d);
                                }
                            }
                        }
                    }
                }
            }
        }

        Assert.True(checks > 1000);
        Assert.True(below > checks * 3, $"{below} risks below 1 in {checks} runs of 14 users"); // the traces share a lot
    }

    [Fact]
    public void Antennas_on_one_site_and_times_over_a_year_agree_with_the_literal_computation_in_both_modes()
    {
        int checks = 0, merged = 0;
        for (var seed = 1; seed <= 6; seed++)
        {
            var traces = Traces.RandomWithAntennas(seed, 12, 6 + (seed % 3), 7, 5 + (seed % 3));
            foreach (var attack in AttackOptions.All)
            {
                foreach (var k in attack == MobilityAttack.HomeWork ? [1] : new[] { 1, 2, 3 })
                {
                    foreach (var precision in attack == MobilityAttack.LocationTime ? new[] { TimePrecision.Year, TimePrecision.Month, TimePrecision.Day, TimePrecision.Hour, TimePrecision.Minute, TimePrecision.Second } : [TimePrecision.Hour])
                    {
                        var risks = new Dictionary<AttackCompatibility, double[]>();
                        foreach (var compatibility in new[] { AttackCompatibility.Documented, AttackCompatibility.ScikitMobility })
                        {
                            var options = new AttackOptions { Attack = attack, KnowledgeLength = k, Compatibility = compatibility, Tolerance = attack == MobilityAttack.LocationFrequency ? 0.5 : 0, TimePrecision = precision };
                            var expected = SkmobReference.Risks(traces, options);
                            foreach (var mode in new[] { AttackSearchMode.Automatic, AttackSearchMode.Lists, AttackSearchMode.Neighbours })
                            {
                                var actual = MobilityAttacks.Run(traces, [options], mode, default)[0].Risks;
                                Assert.True(expected.SequenceEqual(actual), $"{options} {mode} seed {seed}: expected {string.Join(" ", expected.Select(x => x.ToString("0.###")))}, got {string.Join(" ", actual.Select(x => x.ToString("0.###")))}");
                                checks++;
                            }

                            risks[compatibility] = expected;
                        }

                        merged += attack != MobilityAttack.HomeWork && !risks[AttackCompatibility.Documented].SequenceEqual(risks[AttackCompatibility.ScikitMobility]) ? 1 : 0;
                    }
                }
            }
        }

        Assert.True(checks > 500);
        Assert.True(merged > 20, $"only {merged} runs differ between antennas and sites"); // the shared sites matter
    }

    [Fact]
    public void With_the_compatibility_switch_a_site_is_one_place_named_by_all_its_antennas()
    {
        var antennas = AntennaTable.LoadFromText("antennas.csv", "antenna_id,lat,lng\nN,45.5,9.2\nS,45.5,9.2\nE,45.6,9.3\n");
        var traces = TraceReader.LoadFromText("t.csv", "uid,datetime,antenna_id\na,2023-03-06 08:00:00,N\na,2023-03-06 09:00:00,N\nb,2023-03-06 08:00:00,S\nb,2023-03-06 09:00:00,S\nc,2023-03-06 08:00:00,E\n", new TraceLoadOptions { Antennas = antennas });
        var documented = MobilityAttacks.Run(traces, new AttackOptions { Attack = MobilityAttack.Location, KnowledgeLength = 1 });
        var skmob = MobilityAttacks.Run(traces, new AttackOptions { Attack = MobilityAttack.Location, KnowledgeLength = 1, Compatibility = AttackCompatibility.ScikitMobility });
        Assert.Equal([1d, 1d, 1d], documented.Risks);    // antennas N and S tell a and b apart
        Assert.Equal([0.5, 0.5, 1d], skmob.Risks);       // one site: a and b look alike, as in scikit-mobility's frame
        Assert.Contains(skmob.PlaceContributions, p => p.Label == "N+S");
    }

    [Fact]
    public void Compatibility_compares_exact_coordinates_only()
    {
        var traces = Traces.Random(1, 5, 3, 4, 4);
        var e = Assert.Throws<InvalidOptionException>(() => MobilityAttacks.Run(traces, new AttackOptions { Compatibility = AttackCompatibility.ScikitMobility, Spatial = SpatialResolution.Grid(2000) }));
        Assert.Equal("Compatibility", e.OptionName);
    }

    [Fact]
    public void Identical_users_are_each_compatible_with_all_and_disjoint_users_with_themselves()
    {
        (int, int)[] points = [(1, 1), (2, 2), (3, 1), (30, 3)];
        var same = Traces.Of(("a", points), ("b", points), ("c", points), ("d", points));
        var disjoint = Traces.Of(("a", [(1, 1), (2, 2)]), ("b", [(1, 3), (2, 4), (5, 3)]), ("c", [(7, 5)]));
        foreach (var attack in AttackOptions.All)
        {
            foreach (var k in new[] { 1, 3 })
            {
                var options = new AttackOptions { Attack = attack, KnowledgeLength = k };
                Assert.All(MobilityAttacks.Run(same, options).Risks, r => Tolerance.AssertClose(0.25, r));
                var d = MobilityAttacks.Run(disjoint, options);
                Assert.All(d.Risks, r => Assert.Equal(1d, r));
                Assert.Equal(3, d.UniqueUsers);
            }
        }
    }

    [Fact]
    public void Home_work_uses_the_two_most_visited_places_and_the_compatibility_switch_the_two_least()
    {
        // Home 1 and work 2 for everybody; a and b also went once to places of their own (3, 4 and 5, 6).
        var traces = Traces.Of(
            ("a", [(0, 1), (1, 1), (2, 1), (8, 2), (9, 2), (20, 3), (21, 4)]),
            ("b", [(0, 1), (1, 1), (2, 1), (8, 2), (9, 2), (20, 5), (21, 6)]),
            ("c", [(0, 1), (1, 1), (8, 2)]));
        var documented = MobilityAttacks.Run(traces, new AttackOptions { Attack = MobilityAttack.HomeWork });
        Tolerance.AssertClose([1d / 3, 1d / 3, 1d / 3], documented.Risks);
        var compat = MobilityAttacks.Run(traces, new AttackOptions { Attack = MobilityAttack.HomeWork, Compatibility = AttackCompatibility.ScikitMobility });
        // scikit-mobility: a's two least visited are 3 and 4, nobody else's; c's are 2 (once) and 1 (twice), as a's and b's are not.
        Assert.Equal([1d, 1d, 1d], compat.Risks);
        Assert.Equal(3, compat.UniqueUsers);
        Assert.Equal(0, documented.UniqueUsers);
    }

    [Fact]
    public void Location_time_keys_are_proper_dates_unless_compatibility_asks_for_scikit_mobilitys()
    {
        // a and b were at place 1 on 2023-01-11 and 2023-11-01; c on two days in March at different hours.
        var traces = Traces.Of(
            new TraceRecord("a", new DateTime(2023, 1, 11, 8, 0, 0), 45, 9),
            new TraceRecord("b", new DateTime(2023, 11, 1, 8, 0, 0), 45, 9),
            new TraceRecord("c", new DateTime(2023, 3, 6, 8, 0, 0), 45, 9),
            new TraceRecord("d", new DateTime(2023, 3, 6, 17, 0, 0), 45, 9));
        AttackResult Run(TimePrecision precision, AttackCompatibility compatibility) => MobilityAttacks.Run(traces, new AttackOptions
        {
            Attack = MobilityAttack.LocationTime, KnowledgeLength = 1, TimePrecision = precision, Compatibility = compatibility,
        });

        Assert.Equal([1d, 1d, 1d, 1d], Run(TimePrecision.Hour, AttackCompatibility.Documented).Risks);
        Assert.Equal([1d, 1d, 0.5, 0.5], Run(TimePrecision.Day, AttackCompatibility.Documented).Risks);
        // scikit-mobility's "Hour" has no hour in it: c and d (same day) collide.
        Assert.Equal([1d, 1d, 0.5, 0.5], Run(TimePrecision.Hour, AttackCompatibility.ScikitMobility).Risks);
        // Its "Day" key is "2023" + "1" + "11" = "2023" + "11" + "1": January 11 and November 1 collide.
        Assert.Equal([0.5, 0.5, 0.5, 0.5], Run(TimePrecision.Day, AttackCompatibility.ScikitMobility).Risks);
    }

    [Fact]
    public void Users_with_fewer_records_than_k_are_attacked_with_all_they_have()
    {
        var traces = Traces.Of(("a", [(1, 1)]), ("b", [(1, 1), (2, 2), (3, 3)]), ("c", [(1, 1), (2, 2)]));
        var result = MobilityAttacks.Run(traces, new AttackOptions { Attack = MobilityAttack.Location, KnowledgeLength = 4 });
        Tolerance.AssertClose([1d / 3, 1d, 0.5], result.Risks);
    }

    [Fact]
    public void Place_contributions_count_the_users_each_place_singles_out()
    {
        // Place 9 is visited by a alone; place 1 by everybody.
        var traces = Traces.Of(("a", [(1, 1), (2, 9)]), ("b", [(1, 1), (2, 2)]), ("c", [(1, 1), (2, 2)]), ("d", [(1, 1), (3, 2)]));
        var result = MobilityAttacks.Run(traces, new AttackOptions { Attack = MobilityAttack.UniqueLocation, KnowledgeLength = 1, Threshold = 0.3 });
        Tolerance.AssertClose([1d, 1d / 3, 1d / 3, 1d / 3], result.Risks);
        var byLatitude = result.PlaceContributions.ToDictionary(p => Math.Round((p.Latitude - 45) * 100));
        Assert.Equal((1, 1, 1), (byLatitude[9].Visitors, byLatitude[9].SinglesOut, byLatitude[9].AtRisk));
        Assert.Equal((3, 0, 3), (byLatitude[2].Visitors, byLatitude[2].SinglesOut, byLatitude[2].AtRisk));
        Assert.Equal((4, 0, 0), (byLatitude[1].Visitors, byLatitude[1].SinglesOut, byLatitude[1].AtRisk));
        Assert.Equal(1, result.UniqueUsers);
        Assert.Equal(4, result.AtRiskUsers);
        Assert.Equal([new("1", 1), new("2", 0), new("3-4", 3), new("5-9", 0), new("10-19", 0), new("20-99", 0), new("100+", 0)], result.CompatibleUsersHistogram);
    }

    [Fact]
    public void Attacks_can_compare_places_on_a_coarser_grid()
    {
        // Places 1 and 2 are 1.1 km apart: different raw places, the same 4 km cell.
        var traces = Traces.Of(("a", [(1, 1)]), ("b", [(1, 2)]));
        Assert.Equal([1d, 1d], MobilityAttacks.Run(traces, new AttackOptions { KnowledgeLength = 1 }).Risks);
        Assert.Equal([0.5, 0.5], MobilityAttacks.Run(traces, new AttackOptions { KnowledgeLength = 1, Spatial = SpatialResolution.Grid(4000) }).Risks);
    }

    [Theory]
    [InlineData("all", 8)]
    [InlineData("location,home-work", 2)]
    [InlineData("LocationSequenceAttack, unique_location", 2)]
    public void Attack_names_parse(string text, int count) => Assert.Equal(count, AttackOptions.ParseAttacks(text).Count);

    [Fact]
    public void Bad_attack_options_name_the_option()
    {
        Assert.Equal("Attack", Assert.Throws<InvalidOptionException>(() => AttackOptions.ParseAttacks("teleport")).OptionName);
        Assert.Equal("KnowledgeLength", Assert.Throws<InvalidOptionException>(() => new AttackOptions { KnowledgeLength = 0 }).OptionName);
        Assert.Equal("Tolerance", Assert.Throws<InvalidOptionException>(() => new AttackOptions { Tolerance = 1.5 }).OptionName);
        Assert.Equal("TimePrecision", Assert.Throws<InvalidOptionException>(() => AttackOptions.ParseTimePrecision("fortnight")).OptionName);
        Assert.Equal("Compatibility", Assert.Throws<InvalidOptionException>(() => AttackOptions.ParseCompatibility("pandas")).OptionName);
        Assert.Equal(AttackCompatibility.ScikitMobility, AttackOptions.ParseCompatibility("skmob"));
    }
}
