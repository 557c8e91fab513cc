using RiskNotebooks.Data;
using RiskNotebooks.Registry.Suda;

namespace RiskNotebooks.Tests.Registry.Suda;

/// <summary>
/// SUDA on sdcMicro's own example data (TestData/sdcmicro, see its README). Expected figures: where sdcMicro's
/// tests/testthat/test_suda2.R publishes one, that one; the rest computed by sdcMicro's C++ code (src/Suda2.h,
/// compiled outside R) with DisFraction 0.01 and printed with 17 digits; and every score is also checked against the
/// brute-force enumeration of <see cref="BruteForceSuda"/>.
/// </summary>
public sealed class SudaAnalysisSdcMicroTests
{
    private static readonly string[] FrancdatKeys = ["Key1", "Key2", "Key3", "Key4"];
    private static readonly string[] TestdataKeys = ["urbrur", "roof", "walls", "water", "electcon", "relat", "sex"];
    private static readonly Lazy<Table> Testdata = new(() => Load("testdata.csv"));

    private static Table Load(string name) => CsvTableReader.Load(Path.Combine(AppContext.BaseDirectory, "TestData", "sdcmicro", name));

    [Fact]
    public void Francdat_scores_and_dis_scores_match_sdcMicro()
    {
        var r = SudaAnalysis.Run(Load("francdat.csv"), FrancdatKeys);
        Assert.Equal([0d, 0, 0, 8, 6, 4, 8, 0], r.Scores.ToArray());
        AssertClose([0, 0, 0, 0.014213486324587171, 0.010106015012089345, 0.0062368403504082697, 0.014213486324587171, 0], r.DisScores);
        Assert.Equal([0.75, 0.25, 0, 0.25], Enumerable.Range(0, 4).Select(k => r.ContributionShare(3, k)));
    }

    [Fact]
    public void Francdat_with_missing_keys_matches_sdcMicro()
    {
        var table = Load("francdat_na.csv");
        var r = SudaAnalysis.Run(table, FrancdatKeys);
        Assert.Equal([0d, 3, 0, 0, 6, 2, 8, 0], r.Scores.ToArray());
        AssertClose([0, 0.016736272976782703, 0, 0, 0.037632718447909164, 0.010355201631741015, 0.052336581034167252, 0], r.DisScores);

        // Row 3 (NA, NA, 1, 5) is unique on all keys only through its missing values: sdcMicro scores it 0.
        Assert.True(table["Key1"].IsMissing(3));
        Assert.Equal(0d, r.Scores[3]);
        Assert.Equal(BruteForceSuda.Of(table, FrancdatKeys).Scores, r.Scores.ToArray());
    }

    [Fact]
    public void Testdata2_first_record_scores_as_sdcMicros_tests_publish()
    {
        // test_suda2.R: "suda2 sdcObject original scores" expects 180, "... non original scores" 2.73 (rounded),
        // and "suda2 data frame" with keys urbrur, roof, walls, water, sex expects 2.
        var table = Load("testdata2.csv");
        Assert.Equal(180d, SudaAnalysis.Run(table, TestdataKeys).Scores[0]);
        Assert.Equal(2.7333333333333334, SudaAnalysis.Run(table, TestdataKeys, new SudaOptions { OriginalScores = false }).Scores[0], 1e-12);
        Assert.Equal(2d, SudaAnalysis.Run(table, ["urbrur", "roof", "walls", "water", "sex"]).Scores[0]);
    }

    [Fact]
    public void Testdata_scores_equal_the_brute_force_enumeration()
    {
        var r = SudaAnalysis.Run(Testdata.Value, TestdataKeys);
        var expected = BruteForceSuda.Of(Testdata.Value, TestdataKeys);
        Assert.Equal(expected.Scores, r.Scores.ToArray());
        for (var row = 0; row < r.RecordCount; row++)
        {
            Assert.Equal(expected.Msus[row].Select(s => (uint)s), r.GetMsus(row).ToArray().Order());
        }
    }

    [Fact]
    public void Testdata_summary_matches_sdcMicro()
    {
        var r = SudaAnalysis.Run(Testdata.Value, TestdataKeys);
        Assert.Equal(4580, r.RecordCount);
        Assert.Equal(157, r.ScoredRecordCount);
        Assert.Equal(4890d, r.Scores.ToArray().Sum());
        Assert.Equal(720d, r.Scores[3824]);
        Assert.Equal(0.6781425537429996, r.DisScores[3824], 1e-12);
        Assert.Equal(2d, r.Scores[42]);
        Assert.Equal(0.0043416048363729151, r.DisScores[42], 1e-14);
        Assert.Equal(9.8310909212751021, r.DisScores.ToArray().Sum(), 1e-9);

        // attribute_contributions$contribution
        double[] contributions = [12.044989775051125, 33.86503067484663, 18.098159509202453, 53.41513292433538, 22.515337423312882, 92.59713701431492, 24.948875255623722];
        Assert.Equal(TestdataKeys, r.Contributions.Select(c => c.Key));
        for (var k = 0; k < contributions.Length; k++)
        {
            Assert.Equal(contributions[k], r.Contributions[k].Percent, 1e-9);
        }

        // print.suda2's table of DIS scores
        Assert.Equal([4423, 122, 22, 12, 0, 0, 0, 1, 0], r.DisBands.Select(b => b.RecordCount));
    }

    [Fact]
    public void Testdata_ihsn_scores_match_sdcMicro()
    {
        var r = SudaAnalysis.Run(Testdata.Value, TestdataKeys, new SudaOptions { OriginalScores = false });
        Assert.Equal(88.723809523809592, r.Scores.ToArray().Sum(), 1e-9);
        Assert.Equal(0.14285714285714285, r.Scores[42], 1e-15);
    }

    [Fact]
    public void Contribution_shares_count_every_msu_even_where_sdcMicro_undercounts_keys_with_the_same_records()
    {
        // Keys k2 = 2 and k3 = 2 hold the same records (1, 2, 3). sdcMicro's search merges such "correlated" values and,
        // for MSUs of size 3 or more, credits only one of them: for row 2 it reports shares 1/9 for k3 and k5. By its
        // documented meaning (the share of the score from MSUs containing the key) both are 2/9.
        string[] keys = ["k0", "k1", "k2", "k3", "k4", "k5"];
        var table = Table.FromRows("correlated", keys,
            [["4", "2", "1", "1", "4", "3"], ["4", "3", "2", "2", "4", "2"], ["4", "2", "2", "2", "2", "3"], ["1", "4", "2", "2", "3", "1"]]);
        var r = SudaAnalysis.Run(table, keys);

        // Row 2: MSUs {k4} (5! = 120) and {k1,k2}, {k1,k3}, {k2,k5}, {k3,k5} (4! = 24 each): score 216.
        Assert.Equal(216d, r.Scores[2]);
        Assert.Equal(48d / 216, r.ContributionShare(2, 3), 12);
        Assert.Equal(48d / 216, r.ContributionShare(2, 5), 12);
    }

    private static void AssertClose(double[] expected, ReadOnlySpan<double> actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], actual[i], Math.Max(expected[i] * 1e-12, 1e-15));
        }
    }
}
