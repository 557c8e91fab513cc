using RiskNotebooks.Data;
using RiskNotebooks.Registry;
using RiskNotebooks.Registry.Attributes;

namespace RiskNotebooks.Tests.Registry.Attributes;

public sealed class AttributeRiskAnalysisTests
{
    [Fact]
    public void Matches_arx_published_hand_calculation()
    {
        // ARX's TestRiskQuasiIdentifiers: age, sex, state of five people, "calculated by hand".
        var table = Table.FromRows("arx", ["age", "sex", "state"],
            [["20", "Female", "CA"], ["30", "Female", "CA"], ["40", "Female", "TX"], ["20", "Male", "NY"], ["40", "Male", "CA"]]);
        var risks = AttributeRiskAnalysis.Run(table, ["age", "sex", "state"]).ToDictionary(r => string.Join(",", r.Attributes));
        (string Key, double Distinction, double Separation)[] expected =
        [
            ("sex", 0.4, 0.6), ("state", 0.6, 0.7), ("age", 0.6, 0.8), ("sex,state", 0.8, 0.9),
            ("age,sex", 1.0, 1.0), ("age,state", 1.0, 1.0), ("age,sex,state", 1.0, 1.0),
        ];
        Assert.Equal(7, risks.Count);
        foreach (var (key, distinction, separation) in expected)
        {
            Assert.Equal(distinction, risks[key].Distinction, 12);
            Assert.Equal(separation, risks[key].Separation, 12);
        }

        Assert.Equal(3, risks["sex,state"].SampleUniques); // (Female, TX), (Male, NY), (Male, CA)
    }

    [Fact]
    public void Subsets_come_in_order_of_size_then_table_order()
    {
        var table = Table.FromRows("t", ["a", "b", "c"], [["1", "1", "1"]]);
        var names = AttributeRiskAnalysis.Run(table, ["c", "a", "b"]).Select(r => string.Join(",", r.Attributes)).ToArray();
        Assert.Equal(["c", "a", "b", "c,a", "c,b", "a,b", "c,a,b"], names);
    }

    [Fact]
    public void A_size_limit_keeps_only_small_subsets()
    {
        var table = Tables.Small();
        var risks = AttributeRiskAnalysis.Run(table, ["a", "b", "other"], maxSubsetSize: 2);
        Assert.Equal(6, risks.Count);
        Assert.All(risks, r => Assert.True(r.Attributes.Count <= 2));
        Assert.Equal("MaxSubsetSize", Assert.Throws<InvalidOptionException>(() => AttributeRiskAnalysis.Run(table, ["a"], 0)).OptionName);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(11)]
    [InlineData(99)]
    public void Every_subset_matches_grouping_the_records_directly(int seed)
    {
        var random = new Random(seed);
        var names = new[] { "a", "b", "c", "d", "e" };
        var rows = Enumerable.Range(0, 150).Select(_ => (IReadOnlyList<string?>)names.Select(n => random.Next(n == "e" ? 40 : 4).ToString()).ToArray()).ToList();
        var table = Table.FromRows("r", names, rows);
        var risks = AttributeRiskAnalysis.Run(table, names);
        Assert.Equal(31, risks.Count);
        foreach (var risk in risks)
        {
            var classes = EquivalenceClasses.Build(table, risk.Attributes);
            Assert.Equal(classes.ClassCount, risk.Classes);
            Assert.Equal((double)classes.ClassCount / 150, risk.Distinction, 12);
            Assert.Equal(classes.Histogram.ClassesOfSize(1), risk.SampleUniques);

            // Separation by counting the pairs that differ.
            var of = classes.ClassOfRecord.ToArray();
            long differ = 0;
            for (var i = 0; i < 150; i++)
            {
                for (var j = i + 1; j < 150; j++)
                {
                    if (of[i] != of[j])
                    {
                        differ++;
                    }
                }
            }

            Assert.Equal(differ / (150 * 149 / 2d), risk.Separation, 12);
        }
    }

    [Theory]
    [InlineData(1, null)]
    [InlineData(2, null)]
    [InlineData(3, 3)]
    [InlineData(4, 1)]
    public void High_cardinality_subsets_with_repeated_records_match_grouping_the_records_directly(int seed, int? maxSubsetSize)
    {
        // Uniques are common here, so most subsets are counted over what their parent left non-unique.
        var random = new Random(seed);
        var names = new[] { "sex", "county", "postcode", "birth", "visit", "ward" };
        var cardinality = new[] { 2, 21, 300, 900, 5000, 7 };
        var rows = Enumerable.Range(0, 400).Select(_ => (IReadOnlyList<string?>)cardinality.Select(c => random.Next(c).ToString()).ToArray()).ToList();
        rows.AddRange(Enumerable.Range(0, 120).Select(_ => rows[random.Next(rows.Count)])); // whole records repeated
        var table = Table.FromRows("r", names, rows);
        var risks = AttributeRiskAnalysis.Run(table, names, maxSubsetSize);
        Assert.Equal(Enumerable.Range(1, maxSubsetSize ?? 6).Sum(k => Binomial(6, k)), risks.Count);
        foreach (var risk in risks)
        {
            var classes = EquivalenceClasses.Build(table, risk.Attributes);
            Assert.Equal(classes.ClassCount, risk.Classes);
            Assert.Equal(classes.Histogram.ClassesOfSize(1), risk.SampleUniques);
            var squares = classes.ClassSizes.ToArray().Sum(f => (double)f * f);
            Assert.Equal((520d * 520 - squares) / 2 / (520 * 519 / 2d), risk.Separation, 12);
        }

        static int Binomial(int n, int k) => k == 0 ? 1 : Binomial(n - 1, k - 1) * n / k;
    }

    [Fact]
    public void Large_tables_counted_in_cache_sized_buckets_match_grouping_the_records_directly()
    {
        // Tens of thousands of classes with keys too wide for a dense counter: the bucketed count and the residuals.
        var random = new Random(8);
        var names = new[] { "id", "area", "sex", "age" };
        var cardinality = new[] { 60_000, 400, 3, 30 };
        var rows = Enumerable.Range(0, 70_000).Select(_ => (IReadOnlyList<string?>)cardinality.Select(c => random.Next(c).ToString()).ToArray()).ToList();
        rows.AddRange(Enumerable.Range(0, 5_000).Select(_ => rows[random.Next(rows.Count)]));
        var table = Table.FromRows("large", names, rows);
        var risks = AttributeRiskAnalysis.Run(table, names);
        Assert.Equal(15, risks.Count);
        foreach (var risk in risks)
        {
            var classes = EquivalenceClasses.Build(table, risk.Attributes);
            Assert.Equal(classes.ClassCount, risk.Classes);
            Assert.Equal(classes.Histogram.ClassesOfSize(1), risk.SampleUniques);
            var squares = classes.ClassSizes.ToArray().Sum(f => (double)f * f);
            Assert.Equal((75_000d * 75_000 - squares) / 2 / (75_000d * 74_999 / 2), risk.Separation, 12);
        }
    }

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    public void A_superset_never_has_fewer_sample_uniques(int seed)
    {
        var random = new Random(seed);
        var names = new[] { "a", "b", "c", "d" };
        var rows = Enumerable.Range(0, 300).Select(_ => (IReadOnlyList<string?>)names.Select(_ => random.Next(5).ToString()).ToArray()).ToList();
        var risks = AttributeRiskAnalysis.Run(Table.FromRows("r", names, rows), names).ToDictionary(r => string.Join(",", r.Attributes));
        foreach (var small in risks.Values)
        {
            foreach (var large in risks.Values.Where(l => small.Attributes.All(l.Attributes.Contains)))
            {
                Assert.True(large.SampleUniques >= small.SampleUniques);
                Assert.True(large.Distinction >= small.Distinction);
                Assert.True(large.Separation >= small.Separation - 1e-15);
            }
        }
    }

    [Fact]
    public void Handles_twenty_quasi_identifiers_with_a_size_limit()
    {
        var names = Enumerable.Range(0, 20).Select(i => $"q{i}").ToArray();
        var random = new Random(3);
        var rows = Enumerable.Range(0, 50).Select(_ => (IReadOnlyList<string?>)names.Select(_ => random.Next(3).ToString()).ToArray()).ToList();
        var risks = AttributeRiskAnalysis.Run(Table.FromRows("wide", names, rows), names, maxSubsetSize: 2);
        Assert.Equal(20 + 190, risks.Count);
    }

    [Fact]
    public void One_record_has_zero_separation()
    {
        var risks = AttributeRiskAnalysis.Run(Table.FromRows("one", ["a"], [["x"]]), ["a"]);
        Assert.Equal(0d, risks[0].Separation);
        Assert.Equal(1d, risks[0].Distinction);
    }
}
