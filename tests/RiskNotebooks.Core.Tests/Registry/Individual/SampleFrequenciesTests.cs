using RiskNotebooks.Data;
using RiskNotebooks.Registry.Individual;

namespace RiskNotebooks.Tests.Registry.Individual;

public sealed class SampleFrequenciesTests
{
    [Fact]
    public void Without_missing_values_fk_counts_and_Fk_sums_weights()
    {
        // francdat: (1,2,5,1) rows 1 and 8 (w 18 + 92); (1,2,1,1) rows 2 and 3 (45.5 + 39); every other pattern once.
        var f = SampleFrequencies.Compute(SdcFixtures.Load("francdat.csv"), SdcFixtures.FrancdatKeys, "w");
        Assert.Equal([2d, 2, 2, 1, 1, 1, 1, 2], f.Fk.ToArray());
        Assert.Equal([110d, 84.5, 84.5, 17, 541, 8, 5, 110], f.WeightedFk.ToArray());
        Assert.Equal(4, f.ViolationsOfKAnonymity(2));
        Assert.Equal(8, f.ViolationsOfKAnonymity(3));
    }

    [Fact]
    public void Without_weights_Fk_equals_fk()
    {
        var f = SampleFrequencies.Compute(SdcFixtures.Load("francdat.csv"), SdcFixtures.FrancdatKeys);
        Assert.False(f.HasWeights);
        Assert.Equal(f.Fk.ToArray(), f.WeightedFk.ToArray());
    }

    [Fact]
    public void Missing_keys_match_as_wildcards_by_hand()
    {
        // Worked by hand from the definition (see the test file's comments in SampleFrequencies' remarks):
        // complete A=(1,2,5,1)×2, B=(1,2,1,1), C=(6,2,1,5); with missing P3=(1,2,NA,1), P4=(NA,NA,1,5), P5=(4,3,1,NA), P6=(NA,3,1,1).
        // P3~A,B; P4~C,P5; P5~P4,P6; P6~P5.
        var f = SampleFrequencies.Compute(SdcFixtures.Load("francdat_na.csv"), SdcFixtures.FrancdatKeys, "w");
        Assert.Equal([3d, 2, 4, 3, 3, 2, 2, 3], f.Fk.ToArray());
        Assert.Equal([149d, 84.5, 194.5, 563, 566, 549, 22, 149], f.WeightedFk.ToArray());
    }

    [Fact]
    public void Alpha_weighs_patterns_with_missing_keys()
    {
        var f = SampleFrequencies.Compute(SdcFixtures.Load("francdat_na.csv"), SdcFixtures.FrancdatKeys, "w", alpha: 0.5);
        Assert.Equal([2.5, 1.5, 4, 2.5, 2, 1.5, 1.5, 2.5], f.Fk.ToArray());
        Assert.Equal([129.5, 65, 194.5, 292.5, 553.5, 278.5, 13.5, 129.5], f.WeightedFk.ToArray());
    }

    [Fact]
    public void A_record_with_every_key_missing_matches_every_record()
    {
        var table = Table.FromRows("t", ["a", "b"], [["1", "x"], ["NA", "NA"], ["2", "y"], ["1", "NA"]]);
        var f = SampleFrequencies.Compute(table, ["a", "b"]);
        // (1,x): itself + (1,NA) -> 2 (the all-missing record is not counted for complete patterns).
        // (NA,NA): n = 4. (2,y): 1. (1,NA): itself + (NA,NA) (α) + (1,x) -> 3.
        Assert.Equal([2d, 4, 1, 3], f.Fk.ToArray());
    }

    [Fact]
    public void With_one_key_complete_values_count_every_missing_one()
    {
        var table = Table.FromRows("t", ["a"], [["1"], ["1"], ["NA"], ["2"]]);
        var f = SampleFrequencies.Compute(table, ["a"], alpha: 0.5);
        Assert.Equal([2.5, 2.5, 4, 1.5], f.Fk.ToArray());
    }

    [Theory]
    [InlineData(1, 1.0)]
    [InlineData(2, 0.5)]
    [InlineData(3, 1.0)]
    public void Testdata_with_missing_keys_matches_a_brute_force_count(int seed, double alpha)
    {
        // sdcMicro's testdata with ~8% of key values set missing at random; weights from sampling_weight scaled per row.
        var source = SdcFixtures.Load("testdata.csv");
        var keys = SdcFixtures.TestdataKeys;
        var random = new Random(seed);
        var rows = new List<IReadOnlyList<string?>>();
        var weights = new double[1500];
        // The first 1,500 records keep the O(n²) brute force fast.
        for (var r = 0; r < 1500; r++)
        {
            var cells = keys.Select(k => random.NextDouble() < 0.08 ? null : source[k].GetValue(r)).ToList();
            weights[r] = 100 + random.Next(50);
            cells.Add(weights[r].ToString(System.Globalization.CultureInfo.InvariantCulture));
            rows.Add(cells);
        }

        var table = Table.FromRows("testdata-na", [.. keys, "w"], rows);
        var f = SampleFrequencies.Compute(table, keys, "w", alpha);
        var (fk, Fk) = SdcFixtures.BruteForce(table, keys, weights, alpha);
        for (var r = 0; r < table.RowCount; r++)
        {
            Assert.Equal(fk[r], f.Fk[r], 9);
            Assert.Equal(Fk[r], f.WeightedFk[r], 6);
        }
    }

    [Fact]
    public void Forty_keys_without_missing_values_are_counted_not_refused()
    {
        // Regression: with 32 or more keys the mask 1 << q wrapped, every pattern looked incomplete and the count failed
        // with "at most 30 keys". 40 keys, each constant but the last, which splits the rows 3 + 2.
        var keys = Enumerable.Range(0, 40).Select(q => $"k{q}").ToArray();
        var rows = Enumerable.Range(0, 5).Select(r => (IReadOnlyList<string?>)keys.Select((_, q) => q == 39 ? (r < 3 ? "a" : "b") : "c").ToArray());
        var f = SampleFrequencies.Compute(Table.FromRows("wide", keys, rows), keys);
        Assert.False(f.HasMissingKeys);
        Assert.Equal([3d, 3, 3, 2, 2], f.Fk.ToArray());
    }

    [Theory]
    [InlineData(1, 1.0)]
    [InlineData(2, 0.5)]
    public void Forty_keys_with_missing_values_beyond_the_32nd_match_a_brute_force_count(int seed, double alpha)
    {
        // Missing values on keys 33 to 40 exercise the bits a 32-bit mask could not hold.
        var keys = Enumerable.Range(0, 40).Select(q => $"k{q}").ToArray();
        var random = new Random(seed);
        var rows = new List<IReadOnlyList<string?>>();
        var weights = new double[300];
        for (var r = 0; r < weights.Length; r++)
        {
            var cells = keys.Select((_, q) => q < 32
                ? (q % 8 == 0 ? random.Next(2).ToString(System.Globalization.CultureInfo.InvariantCulture) : "c")
                : random.NextDouble() < 0.2 ? null : random.Next(2).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            weights[r] = 1 + random.Next(9);
            cells.Add(weights[r].ToString(System.Globalization.CultureInfo.InvariantCulture));
            rows.Add(cells);
        }

        var table = Table.FromRows("wide-na", [.. keys, "w"], rows);
        var f = SampleFrequencies.Compute(table, keys, "w", alpha);
        Assert.True(f.HasMissingKeys);
        var (fk, Fk) = SdcFixtures.BruteForce(table, keys, weights, alpha);
        for (var r = 0; r < table.RowCount; r++)
        {
            Assert.Equal(fk[r], f.Fk[r], 9);
            Assert.Equal(Fk[r], f.WeightedFk[r], 6);
        }
    }

    [Fact]
    public void Bad_weights_and_alpha_are_named()
    {
        var table = Table.FromRows("t", ["a", "w"], [["1", "2.5"], ["2", "abc"]]);
        var e = Assert.Throws<InputFormatException>(() => SampleFrequencies.Compute(table, ["a"], "w"));
        Assert.Contains("the value of WeightColumn is not a usable weight", e.Message);
        Assert.Contains("the value of --weight is not a usable weight", Commands.OptionSpellings.ForHost(e).Message);
        Assert.Contains("row 2", e.Message);
        Assert.DoesNotContain("abc", e.Message);
        Assert.Equal("MissingWeight", Assert.Throws<InvalidOptionException>(() => SampleFrequencies.Compute(table, ["a"], alpha: 2)).OptionName);
        Assert.Equal("WeightColumn", Assert.Throws<InvalidOptionException>(() => SampleFrequencies.Compute(table, ["a", "w"], "w")).OptionName);
    }
}
