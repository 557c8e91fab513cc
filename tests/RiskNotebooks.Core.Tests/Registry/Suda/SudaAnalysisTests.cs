using RiskNotebooks.Data;
using RiskNotebooks.Registry.Suda;

namespace RiskNotebooks.Tests.Registry.Suda;

/// <summary>SUDA on tables small enough to enumerate every MSU by hand.</summary>
public sealed class SudaAnalysisTests
{
    private static readonly string[] BookKeys = ["age", "gender", "income", "education"];

    /// <summary>
    /// The example of Templ (2017), also in sdcMicro's tests/testthat/test_suda2.R ("suda2 book example"):
    /// <code>
    /// row  age  gender  income  education
    ///  0   20s  male    50k+    highschool    pair with row 1
    ///  1   20s  male    50k+    highschool
    ///  2   20s  male    50k-    highschool    pair with row 3
    ///  3   20s  male    50k-    highschool
    ///  4   20s  female  50k-    university    MSUs {gender, education}, {age, education}
    ///  5   20s  female  50k-    highschool    MSU  {gender, education}
    ///  6   20s  female  50k-    middleschool  MSU  {education}
    ///  7   60s  male    50k-    university    MSUs {age}, {gender, education}
    /// </code>
    /// </summary>
    internal static Table Book() => Table.FromRows("book", BookKeys,
    [
        ["20s", "male", "50k+", "highschool"], ["20s", "male", "50k+", "highschool"],
        ["20s", "male", "50k-", "highschool"], ["20s", "male", "50k-", "highschool"],
        ["20s", "female", "50k-", "university"], ["20s", "female", "50k-", "highschool"],
        ["20s", "female", "50k-", "middleschool"], ["60s", "male", "50k-", "university"],
    ]);

    private static uint Keys(params int[] indices) => indices.Aggregate(0u, (mask, i) => mask | (1u << i));

    [Fact]
    public void Each_msu_of_size_k_among_m_keys_adds_m_minus_k_factorial_to_the_score()
    {
        var r = SudaAnalysis.Run(Book(), BookKeys);

        // M = 4: an MSU of size 1 weighs 3! = 6, of size 2 weighs 2! = 2.
        Assert.Equal([6d, 2d, 1d, 1d], r.MsuWeights);
        Assert.Equal([0d, 0d, 0d, 0d, 2 + 2, 2, 6, 6 + 2], r.Scores.ToArray());
        Assert.Equal([Keys(0, 3), Keys(1, 3)], r.GetMsus(4).ToArray());
        Assert.Equal([Keys(1, 3)], r.GetMsus(5).ToArray());
        Assert.Equal([Keys(3)], r.GetMsus(6).ToArray());
        Assert.Equal([Keys(0), Keys(1, 3)], r.GetMsus(7).ToArray());
        Assert.True(r.GetMsus(0).IsEmpty);
        Assert.Equal([2L, 4L, 0L, 0L], r.MsuCountsBySize);
        Assert.Equal(6, r.MsuCount);
        Assert.Equal(4, r.SampleUniqueCount);
        Assert.Equal(4, r.PairedRecordCount);
        Assert.Equal(4, r.ScoredRecordCount);
    }

    [Fact]
    public void The_contribution_share_of_a_key_is_the_weight_of_the_msus_containing_it_over_the_score()
    {
        var r = SudaAnalysis.Run(Book(), BookKeys);

        // Row 7: MSUs {age} (6) and {gender, education} (2), score 8.
        Assert.Equal(6d / 8, r.ContributionShare(7, 0), 12);
        Assert.Equal(2d / 8, r.ContributionShare(7, 1), 12);
        Assert.Equal(0d, r.ContributionShare(7, 2), 12);
        Assert.Equal(2d / 8, r.ContributionShare(7, 3), 12);
        Assert.Equal(0d, r.ContributionShare(0, 0));

        // Over all records: age 2 + 6, gender 2 + 2 + 2, income 0, education 4 + 2 + 6 + 2, of a total score of 20.
        Assert.Equal(["age", "gender", "income", "education"], r.Contributions.Select(c => c.Key));
        Assert.Equal(100d * 8 / 20, r.Contributions[0].Percent, 10);
        Assert.Equal(100d * 6 / 20, r.Contributions[1].Percent, 10);
        Assert.Equal(0d, r.Contributions[2].Percent, 10);
        Assert.Equal(100d * 14 / 20, r.Contributions[3].Percent, 10);
    }

    [Fact]
    public void Level_contributions_split_a_keys_contribution_by_the_records_value()
    {
        var table = Book();
        var r = SudaAnalysis.Run(table, BookKeys);
        var education = r.Contributions[3];
        Assert.True(table["education"].TryGetCode("university", out var university));
        Assert.True(table["education"].TryGetCode("middleschool", out var middle));
        Assert.True(table["education"].TryGetCode("highschool", out var high));

        // Education contributes 4 (row 4) + 2 (row 7) with university, 6 with middleschool, 2 with highschool, of 14.
        Assert.Equal(100d * 6 / 14, education.LevelPercents[university], 10);
        Assert.Equal(100d * 6 / 14, education.LevelPercents[middle], 10);
        Assert.Equal(100d * 2 / 14, education.LevelPercents[high], 10);
        Assert.Equal(0d, education.LevelPercents[Column.MissingCode]);
        Assert.All(r.Contributions[2].LevelPercents, p => Assert.Equal(0d, p));
    }

    [Fact]
    public void Dis_suda_follows_sdcMicros_formula()
    {
        var r = SudaAnalysis.Run(Book(), BookKeys);

        // P = 4 records in pairs, f = 0.01, Q = 1 + (8 - 4) / 20 = 1.2, A = sum of s^-Q over the scored records.
        const double p = 4, f = 0.01, q = 1.2;
        double[] scores = [4, 2, 6, 8];
        var a = scores.Sum(s => Math.Pow(s, -q));
        for (var i = 0; i < scores.Length; i++)
        {
            var expected = 1 / (1 + (p * (1 - f) / (f * Math.Pow(scores[i], q) * a)));
            Assert.Equal(expected, r.DisScores[4 + i], expected * 1e-6); // sdcMicro rounds parts of it to single precision
        }

        Assert.Equal([0d, 0d, 0d, 0d], r.DisScores[..4].ToArray());
    }

    [Fact]
    public void Without_records_in_pairs_every_scored_record_gets_a_dis_score_of_one()
    {
        // Rows 0-3 of the book example as one class of four: U = 4, P = 0, so Dis = 1.
        var rows = Enumerable.Repeat<IReadOnlyList<string?>>(["20s", "male", "50k+", "highschool"], 4)
            .Concat(Enumerable.Range(4, 4).Select(i => (IReadOnlyList<string?>)BookRow(i)));
        var r = SudaAnalysis.Run(Table.FromRows("t", BookKeys, rows), BookKeys);
        Assert.Equal(0, r.PairedRecordCount);
        Assert.Equal([0d, 0d, 0d, 0d, 1d, 1d, 1d, 1d], r.DisScores.ToArray());

        static string?[] BookRow(int i) => BookKeys.Select(k => Book()[k].GetValue(i)).ToArray();
    }

    [Fact]
    public void Dis_bands_count_records_as_print_suda2_shows_them()
    {
        var r = SudaAnalysis.Run(Book(), BookKeys);
        Assert.Equal(["== 0", "(0.0, 0.1]", "(0.1, 0.2]", "(0.2, 0.3]", "(0.3, 0.4]", "(0.4, 0.5]", "(0.5, 0.6]", "(0.6, 0.7]", "> 0.7"],
            r.DisBands.Select(b => b.Interval));
        Assert.Equal(r.RecordCount, r.DisBands.Sum(b => b.RecordCount));
        Assert.Equal(4, r.DisBands[0].RecordCount);
        for (var i = 0; i < 4; i++)
        {
            var dis = r.DisScores[4 + i];
            var band = dis > 0.7 ? 8 : (int)Math.Ceiling(dis * 10);
            Assert.True(r.DisBands[band].RecordCount >= 1, $"band {band}");
        }
    }

    [Fact]
    public void The_sdc_guideline_example_scores_as_sdcMicro_tests_publish()
    {
        // sdcMicro tests/testthat/test_suda2.R, "suda2 sdc guideline": expect_equal(su$score, c(0,0,6,0,12,0,6,10,0,0)).
        string[] keys = ["Residence", "Gender", "Education", "Labor"];
        var table = Table.FromRows("guideline", keys,
        [
            ["Urban", "Female", "Secondary incomplete", "Employed"], ["Urban", "Female", "Secondary incomplete", "Employed"],
            ["Urban", "Female", "Primary incomplete", "Non-LF"], ["Urban", "Male", "Secondary complete", "Employed"],
            ["Rural", "Female", "Secondary complete", "Unemployed"], ["Urban", "Male", "Secondary complete", "Employed"],
            ["Urban", "Female", "Primary complete", "Non-LF"], ["Urban", "Male", "Post-secondary", "Unemployed"],
            ["Urban", "Female", "Secondary incomplete", "Non-LF"], ["Urban", "Female", "Secondary incomplete", "Non-LF"],
        ]);
        Assert.Equal([0d, 0, 6, 0, 12, 0, 6, 10, 0, 0], SudaAnalysis.Run(table, keys).Scores.ToArray());
    }

    [Theory]
    [InlineData(new[] { "a", "b", "c" }, new[] { 50d, 37.5, 37.5 })]
    [InlineData(new[] { "a", "c", "b" }, new[] { 50d, 37.5, 37.5 })]
    [InlineData(new[] { "c", "a", "b" }, new[] { 37.5, 50d, 37.5 })]
    [InlineData(new[] { "c", "b", "a" }, new[] { 37.5, 37.5, 50d })]
    public void Key_contributions_match_sdcMicros_published_example_in_any_key_order(string[] keys, double[] expected)
    {
        // sdcMicro tests/testthat/test_suda2.R, "suda2 simple example contribution" 1-4: a = (2,1,1), b = (0,3,0), c = (0,6,0).
        // Row 0: {a} (2). Row 1: {b} (2), {c} (2). Row 2: {a,b} (1), {a,c} (1). Total 8: a 4, b 3, c 3.
        var table = Table.FromRows("simple", ["a", "b", "c"], [["2", "0", "0"], ["1", "3", "6"], ["1", "0", "0"]]);
        var r = SudaAnalysis.Run(table, keys);
        Assert.Equal(expected, r.Contributions.Select(c => c.Percent), new Tolerance(1e-10));
    }

    [Fact]
    public void A_missing_value_matches_nothing_and_a_records_own_missing_keys_never_form_an_msu()
    {
        // M = 3, weights 2, 1, 1.
        var table = Table.FromRows("na", ["k1", "k2", "k3"],
        [
            ["1", "1", "1"],   // {k1,k3} = (1,1) is unique: row 1 lacks k3, and its missing value is no wildcard
            ["1", "1", null],  // unique on all keys only through its missing k3; (1,1) on {k1,k2} is shared: no MSU
            ["2", "1", "1"],   // {k1,k2}
            ["2", "2", "1"],   // {k2}
        ]);
        var r = SudaAnalysis.Run(table, ["k1", "k2", "k3"]);
        Assert.Equal([1d, 0d, 1d, 2d], r.Scores.ToArray());
        Assert.Equal([Keys(0, 2)], r.GetMsus(0).ToArray());
        Assert.True(r.GetMsus(1).IsEmpty);
        Assert.Equal(4, r.SampleUniqueCount);
        Assert.Equal(3, r.ScoredRecordCount);
    }

    [Fact]
    public void Fewer_than_three_keys_are_weighted_as_three_because_sdcMicro_pads_them()
    {
        var table = Table.FromRows("two", ["a", "b"], [["x", "1"], ["x", "2"], ["y", "1"], ["x", "1"]]);
        var r = SudaAnalysis.Run(table, ["a", "b"]);
        Assert.Equal([2d, 1d], r.MsuWeights);
        Assert.Equal([0d, 2d, 2d, 0d], r.Scores.ToArray());
        Assert.Equal([2d], SudaAnalysis.Run(table, ["a"]).MsuWeights);
    }

    [Fact]
    public void The_ihsn_weights_are_two_to_the_m_minus_k_minus_one_over_m_choose_k()
    {
        var r = SudaAnalysis.Run(Book(), BookKeys, new SudaOptions { OriginalScores = false });

        // M = 4: size 1: 7/4, size 2: 3/6, size 3: 1/4, size 4: 0.
        Assert.Equal([1.75, 0.5, 0.25, 0d], r.MsuWeights);
        Assert.Equal([0d, 0d, 0d, 0d, 1d, 0.5, 1.75, 2.25], r.Scores.ToArray());
    }

    [Fact]
    public void A_maximum_msu_size_drops_larger_msus_and_keeps_the_weights()
    {
        var r = SudaAnalysis.Run(Book(), BookKeys, new SudaOptions { MaxMsuSize = 1 });
        Assert.Equal([6d, 2d, 1d, 1d], r.MsuWeights);
        Assert.Equal([0d, 0d, 0d, 0d, 0d, 0d, 6d, 6d], r.Scores.ToArray());
        Assert.Equal([Keys(0)], r.GetMsus(7).ToArray());
        Assert.Equal(2, r.ScoredRecordCount);
        Assert.Equal(4, r.SampleUniqueCount);

        var all = SudaAnalysis.Run(Book(), BookKeys, new SudaOptions { MaxMsuSize = 99 });
        Assert.Equal(SudaAnalysis.Run(Book(), BookKeys).Scores.ToArray(), all.Scores.ToArray());
    }

    [Fact]
    public void A_table_without_records_scores_nothing()
    {
        var r = SudaAnalysis.Run(Table.FromRows("empty", ["a", "b", "c"], []), ["a", "b", "c"]);
        Assert.Equal(0, r.RecordCount);
        Assert.Equal(0, r.ScoredRecordCount);
        Assert.All(r.Contributions, c => Assert.Equal(0d, c.Percent));
        Assert.All(r.DisBands, b => Assert.Equal(0, b.RecordCount));
    }

    [Fact]
    public void A_single_record_is_unique_on_every_key()
    {
        var r = SudaAnalysis.Run(Table.FromRows("one", ["a", "b", "c"], [["x", "y", "z"]]), ["a", "b", "c"]);
        Assert.Equal([Keys(0), Keys(1), Keys(2)], r.GetMsus(0).ToArray());
        Assert.Equal(6d, r.Scores[0]);
        Assert.Equal(1d, r.DisScores[0]);
    }

    [Theory]
    [InlineData(0d)]
    [InlineData(-0.5)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void A_dis_fraction_outside_zero_to_one_is_rejected(double fraction)
    {
        var e = Assert.Throws<InvalidOptionException>(() => new SudaOptions { DisFraction = fraction });
        Assert.Equal("DisFraction", e.OptionName);
        Assert.Equal("DisFraction: must be a sampling fraction in (0, 1].", e.Message);
    }

    [Fact]
    public void A_census_dis_fraction_of_one_is_accepted()
        => Assert.Equal(1d, new SudaOptions { DisFraction = 1 }.DisFraction);

    [Fact]
    public void A_maximum_msu_size_below_one_is_rejected()
        => Assert.Equal("MaxMsuSize", Assert.Throws<InvalidOptionException>(() => new SudaOptions { MaxMsuSize = 0 }).OptionName);

    [Fact]
    public void Unknown_repeated_missing_and_too_many_keys_are_errors_that_name_no_value()
    {
        var table = Book();
        Assert.Throws<UnknownColumnException>(() => SudaAnalysis.Run(table, ["age", "zip"]));
        Assert.Equal("QuasiIdentifiers", Assert.Throws<InvalidOptionException>(() => SudaAnalysis.Run(table, ["age", "age"])).OptionName);
        Assert.Equal("QuasiIdentifiers", Assert.Throws<InvalidOptionException>(() => SudaAnalysis.Run(table, [])).OptionName);

        var names = Enumerable.Range(0, 32).Select(i => $"k{i}").ToArray();
        var wide = Table.FromRows("wide", names, [names.Select(_ => (string?)"secret").ToArray()]);
        var e = Assert.Throws<InvalidOptionException>(() => SudaAnalysis.Run(wide, names));
        Assert.Equal("QuasiIdentifiers", e.OptionName);
        Assert.DoesNotContain("secret", e.Message);
    }

    [Fact]
    public void Row_and_key_indices_outside_the_table_are_rejected()
    {
        var r = SudaAnalysis.Run(Book(), BookKeys);
        Assert.Throws<ArgumentOutOfRangeException>(() => r.GetMsus(8));
        Assert.Throws<ArgumentOutOfRangeException>(() => r.GetMsus(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => r.ContributionShare(0, 4));
    }

    [Fact]
    public void A_cancelled_token_stops_the_search()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => SudaAnalysis.Run(Book(), BookKeys, cancellationToken: cts.Token));
    }
}
