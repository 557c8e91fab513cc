using System.Globalization;
using RiskNotebooks.Data;
using RiskNotebooks.Registry.Individual;
using RiskNotebooks.Tests.Registry.Individual;
using RiskNotebooks.Treatment;

namespace RiskNotebooks.Tests.Treatment;

public sealed class LocalSuppressionTests
{
    [Fact]
    public void Equals_sdcMicro_cell_for_cell_on_testdata_with_five_keys_and_k_3()
    {
        // sdcMicro's own output: localSuppression(testdata, keyVars = c(urbrur, roof, walls, water, sex), k = 3).
        string[] keys = ["urbrur", "roof", "walls", "water", "sex"];
        var result = LocalSuppression.Apply(SdcFixtures.Load("testdata.csv"), keys, 3);
        var expected = SdcFixtures.Load("testdata_k5_after_localSupp_k3.csv");

        Assert.Equal(expected.RowCount, result.Table!.RowCount);
        var differences = 0;
        foreach (var key in keys)
        {
            for (var r = 0; r < expected.RowCount; r++)
            {
                differences += expected[key].GetValue(r) == result.Table![key].GetValue(r) ? 0 : 1;
            }
        }

        Assert.Equal(0, differences);
        Assert.Equal(keys.Sum(key => expected[key].MissingCount), result.TotalNewSuppressions);
        Assert.True(result.TotalNewSuppressions > 0);
    }

    [Fact]
    public void Makes_97_suppressions_on_testdata2_with_seven_keys_and_k_2_as_sdcMicro_test_suite_publishes()
    {
        var result = LocalSuppression.Apply(SdcFixtures.Load("testdata2.csv"), SdcFixtures.TestdataKeys, 2);

        Assert.Equal(97, result.TotalNewSuppressions);
        AssertKAnonymous(result.Table!, SdcFixtures.TestdataKeys, 2);
    }

    [Fact]
    public void Makes_109_suppressions_on_testdata2_within_five_age_strata_as_sdcMicro_test_suite_publishes()
    {
        // ageG = cut(age, 5): ages 0..80, breaks 0 - 0.08, 16, 32, 48, 64, 80.08, intervals closed on the right.
        var source = SdcFixtures.Load("testdata2.csv");
        var age = source["age"];
        var rows = new List<IReadOnlyList<string?>>();
        for (var r = 0; r < source.RowCount; r++)
        {
            var years = int.Parse(age.GetValue(r)!, CultureInfo.InvariantCulture);
            var group = years <= 16 ? 1 : years <= 32 ? 2 : years <= 48 ? 3 : years <= 64 ? 4 : 5;
            rows.Add([.. SdcFixtures.TestdataKeys.Select(k => source[k].GetValue(r)), $"AG{group}"]);
        }

        var table = Table.FromRows("testdata2-strata", [.. SdcFixtures.TestdataKeys, "ageG"], rows);
        var result = LocalSuppression.Apply(table, SdcFixtures.TestdataKeys, 2, strata: "ageG");

        Assert.Equal(109, result.TotalNewSuppressions);
    }

    [Fact]
    public void Suppresses_the_key_with_more_values_first_and_follows_a_user_order()
    {
        // Patterns (a,x) ×2, (a,y) ×1, (b,y) ×2, (c,z) ×2 with k = 2: only (a,y) has fk = 1. Its nearest patterns are (a,x)
        // and (b,y), at distance 1. By default the key with more distinct values goes first: c2 (x, y, z) before
        // c1 (a, b, c) would tie at 3, so the later column, c2, is suppressed: (a, NA) matches (a,x) ×2, fk = 3.
        var table = Table.FromRows("hand", ["c1", "c2"], [["a", "x"], ["a", "x"], ["a", "y"], ["b", "y"], ["b", "y"], ["c", "z"], ["c", "z"]]);

        var byDefault = LocalSuppression.Apply(table, ["c1", "c2"], 2);
        Assert.Equal(["c2", "c1"], byDefault.SuppressionOrder);
        Assert.Equal([0, 1], byDefault.NewSuppressions);
        Assert.True(byDefault.Table!["c2"].IsMissing(2));
        Assert.Equal(1, byDefault.RecordsChanged);
        Assert.Equal(1, byDefault.Passes);

        // c2 most important: c1 is suppressed instead, (NA, y) matches (b,y) ×2.
        var ordered = LocalSuppression.Apply(table, ["c1", "c2"], 2, importance: ["c2", "c1"]);
        Assert.Equal([1, 0], ordered.NewSuppressions);
        Assert.True(ordered.Table!["c1"].IsMissing(2));
        Assert.False(table["c1"].IsMissing(2)); // the input is untouched
    }

    [Fact]
    public void Treats_every_problem_of_a_pass_before_counting_again_as_sdcMicro_does()
    {
        // (a,x) and (a,y) are both unique with k = 2 against (b,z) ×2. Pass 1 takes (a,x) first (row order): its nearest
        // pattern is (a,y) at distance 1 (key c2). Suppressing c2 makes (a,NA), which matches (a,y): fk = 2 for both.
        // sdcMicro still treats (a,y) in the same pass, with fk from before: nearest (a,NA)? distance 0 — not above zero —
        // so its nearest is (b,z) at distance 2, and the first key in the order on which they differ, c2, is suppressed.
        var table = Table.FromRows("hand", ["c1", "c2"], [["a", "x"], ["a", "y"], ["b", "z"], ["b", "z"]]);

        var result = LocalSuppression.Apply(table, ["c1", "c2"], 2);

        Assert.Equal([0, 2], result.NewSuppressions);
        Assert.Equal(1, result.Passes);
    }

    [Fact]
    public void Reaches_k_on_a_generated_table_and_keeps_present_cells()
    {
        var random = new Random(7);
        var rows = Enumerable.Range(0, 400).Select(_ => (IReadOnlyList<string?>)[$"{random.Next(6)}", $"{random.Next(4)}", $"{random.Next(9)}", random.Next(20) == 0 ? null : $"{random.Next(3)}"]).ToList();
        var table = Table.FromRows("generated", ["a", "b", "c", "d"], rows);

        var result = LocalSuppression.Apply(table, ["a", "b", "c", "d"], 5);

        AssertKAnonymous(result.Table!, ["a", "b", "c", "d"], 5);
        foreach (var key in new[] { "a", "b", "c", "d" })
        {
            for (var r = 0; r < table.RowCount; r++)
            {
                Assert.True(result.Table![key].IsMissing(r) || result.Table![key].GetValue(r) == table[key].GetValue(r));
            }
        }
    }

    [Fact]
    public void Refuses_a_k_larger_than_the_table_and_a_bad_importance_list_without_echoing_values()
    {
        var table = Table.FromRows("hand", ["c1", "c2"], [["SECRET-1", "x"], ["SECRET-2", "y"]]);

        var tooLarge = Assert.Throws<InvalidOptionException>(() => LocalSuppression.Apply(table, ["c1", "c2"], 3));
        Assert.Equal("K", tooLarge.OptionName);
        var partial = Assert.Throws<InvalidOptionException>(() => LocalSuppression.Apply(table, ["c1", "c2"], 2, importance: ["c1"]));
        Assert.Contains("'c2'", partial.Message, StringComparison.Ordinal);
        var unknown = Assert.Throws<InvalidOptionException>(() => LocalSuppression.Apply(table, ["c1", "c2"], 2, importance: ["c1", "nope"]));
        Assert.DoesNotContain("SECRET", tooLarge.Message + partial.Message + unknown.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 3)]
    [InlineData(3, 5)]
    [InlineData(4, 4)]
    public void Equals_a_literal_row_by_row_reading_of_sdcMicros_steps_on_generated_tables(int seed, int k)
    {
        var random = new Random(seed);
        string[] keys = ["a", "b", "c", "d"];
        var rows = Enumerable.Range(0, 150).Select(_ => keys.Select((_, q) => random.Next(12) == 0 ? null : $"{random.Next(2 + (3 * q))}").ToArray()).ToList();
        var table = Table.FromRows("generated", keys, rows.Select(r => (IReadOnlyList<string?>)r));

        var result = LocalSuppression.Apply(table, keys, k);

        var expected = Literal(rows, keys, k);
        for (var r = 0; r < rows.Count; r++)
        {
            for (var q = 0; q < keys.Length; q++)
            {
                Assert.Equal(expected[r][q], result.Table![keys[q]].GetValue(r));
            }
        }
    }

    /// <summary>sdcMicro's loop read literally: every row against every row, fk from the brute-force freqCalc.</summary>
    private static string?[][] Literal(List<string?[]> input, string[] keys, int k)
    {
        var x = input.Select(r => (string?[])r.Clone()).ToList();
        var m = keys.Length;
        // Default order: more distinct values first, ties the later column first.
        var distinct = Enumerable.Range(0, m).Select(q => x.Select(r => r[q]).Where(v => v is not null).Distinct().Count()).ToArray();
        var order = Enumerable.Range(0, m).OrderBy(q => distinct[q]).Reverse().ToArray();
        while (true)
        {
            var table = Table.FromRows("literal", keys, x.Select(r => (IReadOnlyList<string?>)r));
            var (fk, _) = SdcFixtures.BruteForce(table, keys, Enumerable.Repeat(1d, x.Count).ToArray(), 1d);
            var problems = Enumerable.Range(0, x.Count).Where(i => fk[i] < k).OrderBy(i => fk[i]).ToList();
            if (problems.Count == 0)
            {
                return [.. x];
            }

            foreach (var p in problems)
            {
                var dist = x.Select(t => Enumerable.Range(0, m).Count(q => x[p][q] is not null && t[q] is not null && x[p][q] != t[q])).ToArray();
                var min = dist.Where(d => d > 0).DefaultIfEmpty(m).Min();
                var nearest = Enumerable.Range(0, x.Count).Where(t => dist[t] == min).ToList();
                var key = order.First(q => x[p][q] is not null && nearest.Any(t => x[t][q] is not null && x[t][q] != x[p][q]));
                x[p][key] = null;
            }
        }
    }

    private static void AssertKAnonymous(Table table, IReadOnlyList<string> keys, int k)
    {
        var fk = SampleFrequencies.Compute(table, keys).Fk.ToArray();
        Assert.All(fk, f => Assert.True(f >= k));
    }
}
