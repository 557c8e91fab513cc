using System.Numerics;
using RiskNotebooks.Data;
using RiskNotebooks.Registry;
using RiskNotebooks.Registry.Suda;

namespace RiskNotebooks.Tests.Registry.Suda;

/// <summary>Properties of SUDA that must hold for any table: checked on seeded random tables.</summary>
public sealed class SudaAnalysisPropertyTests
{
    public static TheoryData<int> Seeds => new() { 1, 2, 3, 42, 2024, 77, 31337 };

    /// <summary>1 to 6 keys of 1 to 5 values, 1 to 120 records, some missing cells; duplicates are common.</summary>
    private static (string[] Keys, Table Table) RandomTable(int seed, int? keyCount = null)
    {
        var random = new Random(seed);
        var m = keyCount ?? random.Next(1, 7);
        var cardinalities = Enumerable.Range(0, m).Select(_ => random.Next(1, 6)).ToArray();
        var missingShare = random.Next(3) == 0 ? 0.1 : 0;
        var rows = Enumerable.Range(0, random.Next(1, 121))
            .Select(_ => (IReadOnlyList<string?>)cardinalities
                .Select(c => random.NextDouble() < missingShare ? null : random.Next(c).ToString(System.Globalization.CultureInfo.InvariantCulture))
                .ToArray())
            .ToList();
        var keys = Enumerable.Range(0, m).Select(j => $"k{j}").ToArray();
        return (keys, Table.FromRows($"random-{seed}", keys, rows));
    }

    private static string?[][] Values(Table table, string[] keys)
        => keys.Select(k => Enumerable.Range(0, table.RowCount).Select(r => table[k].GetValue(r)).ToArray()).ToArray();

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Scores_msus_and_shares_equal_the_brute_force_enumeration(int seed)
    {
        var (keys, table) = RandomTable(seed);
        var r = SudaAnalysis.Run(table, keys);
        var expected = BruteForceSuda.Of(table, keys);
        for (var row = 0; row < table.RowCount; row++)
        {
            Assert.Equal(expected.Scores[row], r.Scores[row]);
            Assert.Equal(expected.Msus[row].Select(s => (uint)s), r.GetMsus(row).ToArray().Order());
            for (var k = 0; k < keys.Length; k++)
            {
                Assert.Equal(expected.ContributionShare(row, k), r.ContributionShare(row, k), 1e-12);
            }
        }

        Assert.Equal(expected.Msus.Sum(l => l.Count), r.MsuCount);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_record_that_shares_its_values_on_all_keys_scores_zero(int seed)
    {
        var (keys, table) = RandomTable(seed);
        var r = SudaAnalysis.Run(table, keys);
        var classes = EquivalenceClasses.Build(table, keys);
        for (var row = 0; row < table.RowCount; row++)
        {
            if (classes.ClassSizeOf(row) > 1)
            {
                Assert.Equal(0d, r.Scores[row]);
                Assert.Equal(0d, r.DisScores[row]);
                Assert.True(r.GetMsus(row).IsEmpty);
            }
        }

        Assert.Equal(classes.Histogram.ClassesOfSize(1), r.SampleUniqueCount);
        Assert.Equal(2 * classes.Histogram.ClassesOfSize(2), r.PairedRecordCount);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_msu_is_unique_and_minimal(int seed)
    {
        var (keys, table) = RandomTable(seed);
        var values = Values(table, keys);
        var r = SudaAnalysis.Run(table, keys);
        for (var row = 0; row < table.RowCount; row++)
        {
            foreach (var msu in r.GetMsus(row))
            {
                Assert.True(BruteForceSuda.IsUniqueOn(values, row, (int)msu), $"row {row}: not unique");
                foreach (var key in Enumerable.Range(0, keys.Length).Where(j => (msu & (1u << j)) != 0))
                {
                    var smaller = (int)msu & ~(1 << key);
                    Assert.False(smaller != 0 && BruteForceSuda.IsUniqueOn(values, row, smaller), $"row {row}: not minimal");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Adding_a_key_never_lowers_the_sample_uniques_or_the_scored_records(int seed)
    {
        var (keys, table) = RandomTable(seed, keyCount: 6);
        var previous = SudaAnalysis.Run(table, keys[..1]);
        for (var m = 2; m <= keys.Length; m++)
        {
            var next = SudaAnalysis.Run(table, keys[..m]);
            Assert.True(next.SampleUniqueCount >= previous.SampleUniqueCount);
            Assert.True(next.ScoredRecordCount >= previous.ScoredRecordCount);
            for (var row = 0; row < table.RowCount; row++)
            {
                Assert.True(previous.Scores[row] == 0 || next.Scores[row] > 0, $"row {row} lost its MSUs");
            }

            previous = next;
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Row_order_does_not_change_any_records_result(int seed)
    {
        var (keys, table) = RandomTable(seed);
        var order = Enumerable.Range(0, table.RowCount).ToArray();
        new Random(seed).Shuffle(order);
        var values = Values(table, keys);
        var shuffled = Table.FromRows("shuffled", keys, order.Select(i => (IReadOnlyList<string?>)values.Select(v => v[i]).ToArray()));
        var a = SudaAnalysis.Run(table, keys);
        var b = SudaAnalysis.Run(shuffled, keys);
        for (var i = 0; i < order.Length; i++)
        {
            Assert.Equal(a.Scores[order[i]], b.Scores[i]);
            Assert.Equal(a.DisScores[order[i]], b.DisScores[i], 1e-12);
            Assert.Equal(a.GetMsus(order[i]).ToArray(), b.GetMsus(i).ToArray());
        }

        Assert.Equal(a.Contributions.Select(c => c.Percent), b.Contributions.Select(c => c.Percent), new Tolerance(1e-9));
        Assert.Equal(a.DisBands, b.DisBands);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_maximum_msu_size_keeps_exactly_the_msus_up_to_that_size(int seed)
    {
        var (keys, table) = RandomTable(seed, keyCount: 5);
        var all = SudaAnalysis.Run(table, keys);
        var limited = SudaAnalysis.Run(table, keys, new SudaOptions { MaxMsuSize = 2 });
        for (var row = 0; row < table.RowCount; row++)
        {
            var kept = all.GetMsus(row).ToArray().Where(s => BitOperations.PopCount(s) <= 2).ToArray();
            Assert.Equal(kept, limited.GetMsus(row).ToArray());
            Assert.Equal(kept.Sum(s => all.MsuWeights[BitOperations.PopCount(s) - 1]), limited.Scores[row], 1e-12);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Hashed_counting_finds_the_same_msus_as_dense_counting(int seed)
    {
        var (keys, table) = RandomTable(seed);
        var columns = keys.Select(k => table[k]).ToArray();
        var dense = MsuSearch.Find(columns, table.RowCount, keys.Length, CancellationToken.None);
        var hashed = MsuSearch.Find(columns, table.RowCount, keys.Length, CancellationToken.None, denseLimitBits: 0);
        Assert.Equal(dense.Candidates, hashed.Candidates);
        Assert.Equal(dense.PairedRecords, hashed.PairedRecords);
        for (var c = 0; c < dense.Candidates.Length; c++)
        {
            Assert.Equal(dense.Of(c).ToArray(), hashed.Of(c).ToArray());
        }
    }

    [Fact]
    public void Keys_too_wide_to_pack_into_64_bits_are_grouped_and_give_the_same_msus()
    {
        // 8 keys of up to 600 distinct values need 10 bits each: 80 bits, more than one word.
        var random = new Random(5);
        var keys = Enumerable.Range(0, 8).Select(j => $"w{j}").ToArray();
        var rows = Enumerable.Range(0, 80)
            .Select(_ => (IReadOnlyList<string?>)keys.Select(_ => random.Next(3).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray())
            .Concat(Enumerable.Range(0, 600).Select(i => (IReadOnlyList<string?>)keys.Select(_ => $"v{i}").ToArray()))
            .ToList();
        var table = Table.FromRows("wide", keys, rows);
        Assert.False(new KeyPatterns(keys.Select(k => table[k]).ToArray(), table.RowCount).IsPacked);

        var r = SudaAnalysis.Run(table, keys);
        var expected = BruteForceSuda.Of(table, keys);
        Assert.Equal(expected.Scores, r.Scores.ToArray());
    }

    [Fact]
    public void Extracting_a_pattern_without_bmi2_gives_the_same_number()
    {
        var random = new Random(9);
        for (var i = 0; i < 1000; i++)
        {
            var packed = (ulong)random.NextInt64() ^ ((ulong)random.Next() << 33);
            var mask = (ulong)random.NextInt64() & (ulong)random.NextInt64();
            var expected = 0UL;
            var bit = 0;
            for (var j = 0; j < 64; j++)
            {
                if ((mask & (1UL << j)) != 0)
                {
                    expected |= ((packed >> j) & 1UL) << bit++;
                }
            }

            Assert.Equal(expected, KeyPatterns.ExtractBySoftware(packed, mask));
            Assert.Equal(expected, KeyPatterns.Extract(packed, mask));
        }
    }
}
