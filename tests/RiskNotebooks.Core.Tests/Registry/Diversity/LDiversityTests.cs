using RiskNotebooks.Registry.Diversity;
using static RiskNotebooks.Tests.Registry.Diversity.DiversityTables;

namespace RiskNotebooks.Tests.Registry.Diversity;

public sealed class LDiversityTests
{
    private const double Tolerance = 1e-12;

    /// <summary>Class a: x,x,x,y; class b: x,y,z; class c: y. n = 8.</summary>
    private static SensitiveAttributeDiversity ThreeClasses(DiversityOptions? options = null) => Measure(
        Of(("a", "x"), ("b", "x"), ("a", "x"), ("c", "y"), ("a", "x"), ("b", "y"), ("a", "y"), ("b", "z")),
        options);

    [Fact]
    public void Distinct_l_of_a_class_is_its_number_of_distinct_values()
    {
        var d = ThreeClasses().Distinct;
        Assert.Equal([2d, 3d, 1d], d.PerClass);
        Assert.Equal(1d, d.Minimum);
        Assert.Equal(2d, d.Average, Tolerance);
    }

    [Fact]
    public void Entropy_l_is_exp_of_the_shannon_entropy_in_nats()
    {
        var e = ThreeClasses().Entropy;
        var h = -((0.75 * Math.Log(0.75)) + (0.25 * Math.Log(0.25)));
        Assert.Equal(Math.Exp(h), e.PerClass[0], Tolerance);
        Assert.Equal(1.7547654, e.PerClass[0], 6);
        Assert.Equal(1d, e.Minimum);
        Assert.Equal((Math.Exp(h) + 3d + 1d) / 3d, e.Average, Tolerance);
    }

    [Fact]
    public void Entropy_l_of_equally_frequent_values_is_exactly_their_number()
    {
        var e = Measure(Of(("a", "x"), ("a", "y"), ("a", "z"), ("a", "x"), ("a", "y"), ("a", "z"), ("b", "u"), ("b", "v"))).Entropy;
        Assert.Equal(3d, e.PerClass[0]);
        Assert.Equal(2d, e.PerClass[1]);
        Assert.Equal(0, e.ClassesBelowRequiredL);
    }

    [Fact]
    public void Recursive_l_is_the_largest_l_with_r1_below_c_times_the_tail()
    {
        // a: counts (3, 1): l = 2 needs 3 < c * 1. b: (1, 1, 1): l = 3 needs 1 < c * 1. c: (1): l = 1 needs 1 < c * 1.
        Assert.Equal([1d, 3d, 1d], ThreeClasses(new DiversityOptions { RecursiveC = 2 }).Recursive.PerClass);
        Assert.Equal([2d, 3d, 1d], ThreeClasses(new DiversityOptions { RecursiveC = 4 }).Recursive.PerClass);
    }

    [Fact]
    public void Recursive_condition_is_strict_at_the_boundary()
    {
        // counts (3, 1) with c = 3: 3 < 3 * 1 fails, so l = 1; just above c = 3 it holds.
        Assert.Equal(1d, ThreeClasses(new DiversityOptions { RecursiveC = 3 }).Recursive.PerClass[0]);
        Assert.Equal(2d, ThreeClasses(new DiversityOptions { RecursiveC = 3.0001 }).Recursive.PerClass[0]);

        // counts (4, 2, 2): l = 3 needs 4 < c * 2, so it fails at c = 2 and holds at c = 2.5.
        var table = Of(("a", "x"), ("a", "x"), ("a", "x"), ("a", "x"), ("a", "y"), ("a", "y"), ("a", "z"), ("a", "z"));
        Assert.Equal(2d, Measure(table, new DiversityOptions { RecursiveC = 2 }).Recursive.Minimum);
        Assert.Equal(3d, Measure(table, new DiversityOptions { RecursiveC = 2.5 }).Recursive.Minimum);
    }

    [Fact]
    public void Recursive_l_is_zero_when_even_l_1_fails()
    {
        // A class with one value satisfies r1 < c * r1 only for c > 1.
        var r = ThreeClasses(new DiversityOptions { RecursiveC = 1 }).Recursive;
        Assert.Equal(0d, r.PerClass[2]);
        Assert.Equal(0d, r.Minimum);
        Assert.Equal(new LDiversityBucket(0, 1, 1), r.Distribution[0]);
    }

    [Fact]
    public void Recursive_requirement_holds_only_when_every_class_satisfies_c_l()
    {
        var options = new DiversityOptions { RecursiveC = 4, RequiredL = 2 };
        var r = ThreeClasses(options).Recursive;
        Assert.False(r.IsSatisfied);
        Assert.Equal(1, r.ClassesBelowRequiredL);
        Assert.Equal(1, r.RecordsBelowRequiredL);

        var withoutC = Measure(Of(("a", "x"), ("a", "x"), ("a", "x"), ("a", "y"), ("b", "x"), ("b", "y"), ("b", "z")), options).Recursive;
        Assert.True(withoutC.IsSatisfied);
    }

    [Fact]
    public void Distribution_counts_classes_and_records_by_l()
    {
        var d = ThreeClasses().Distinct;
        Assert.Equal([new LDiversityBucket(1, 1, 1), new LDiversityBucket(2, 1, 4), new LDiversityBucket(3, 1, 3)], d.Distribution);

        // Entropy bars hold the classes by the integer part of l: 1.75 falls in bar 1.
        var e = ThreeClasses().Entropy;
        Assert.Equal([new LDiversityBucket(1, 2, 5), new LDiversityBucket(3, 1, 3)], e.Distribution);
    }

    [Fact]
    public void Records_below_two_and_below_the_required_l_are_counted_and_shared()
    {
        var s = ThreeClasses(new DiversityOptions { RequiredL = 3 });
        Assert.Equal(1, s.Distinct.RecordsBelowL2);
        Assert.Equal(1d / 8d, s.Distinct.ShareBelowL2, Tolerance);
        Assert.Equal(5, s.Distinct.RecordsBelowRequiredL);
        Assert.Equal(5d / 8d, s.Distinct.ShareBelowRequiredL, Tolerance);
        Assert.Equal(2, s.Distinct.ClassesBelowRequiredL);
        Assert.False(s.Distinct.IsSatisfied);

        // Entropy l of class a is 1.75: below 2 though it has two distinct values.
        Assert.Equal(5, s.Entropy.RecordsBelowL2);
        Assert.Equal(3, s.Distinct.RequiredL);
    }

    [Fact]
    public void A_missing_sensitive_value_counts_as_a_value_of_its_own()
    {
        var s = Measure(Of(("a", "x"), ("a", null), ("a", null), ("b", null), ("b", null)));
        Assert.Equal([2d, 1d], s.Distinct.PerClass);
        Assert.Equal(Math.Exp(-((Math.Log(1d / 3d) / 3d) + (2d / 3d * Math.Log(2d / 3d)))), s.Entropy.PerClass[0], Tolerance);
        Assert.Equal(1d, s.Entropy.PerClass[1]);
        Assert.Equal(4, s.MissingCount);
    }

    [Fact]
    public void One_class_holds_the_whole_table()
    {
        var s = Measure(Of(("a", "x"), ("a", "y"), ("a", "y"), ("a", "z")));
        Assert.Equal(3d, s.Distinct.Minimum);
        Assert.Equal(3d, s.Distinct.Average);
        Assert.Equal(0d, s.TCloseness.Maximum);
    }

    [Fact]
    public void Li_et_al_table_3_is_3_diverse_on_disease()
    {
        var s = Measure(LiEtAl(), ["zip_3", "age_band"], "disease", new DiversityOptions { RequiredL = 3 });
        Assert.Equal(3d, s.Distinct.Minimum);
        Assert.Equal(3d, s.Entropy.Minimum);
        Assert.True(s.Distinct.IsSatisfied);
        Assert.True(s.Entropy.IsSatisfied);
    }

    [Fact]
    public void Matches_sdcMicro_distinct_l_on_its_own_test_with_missing_keys()
    {
        // sdcMicro tests/testthat/test_ldiversity.R: keys sex, occupation (missing in the first three rows), ethnicity.
        var table = RiskNotebooks.Data.Table.FromRows("sdc", ["sex", "occupation", "ethnicity", "sensitive"],
        [
            ["female", null, "other", "1"], ["female", null, "other", "0"], ["female", null, "other", "2"],
            ["male", "teacher", "other", "1"], ["male", "teacher", "other", "0"],
            ["female", "nurse", "majority", "0"], ["female", "nurse", "majority", "1"],
        ]);
        var s = Measure(table, ["sex", "occupation", "ethnicity"], "sensitive");
        Assert.Equal([3d, 2d, 2d], s.Distinct.PerClass);
    }

    [Fact]
    public void An_empty_table_has_no_classes_and_all_figures_zero()
    {
        var s = Measure(RiskNotebooks.Data.Table.FromRows("empty", ["q", "s"], []));
        Assert.Empty(s.Distinct.PerClass);
        Assert.Equal(0d, s.Distinct.Minimum);
        Assert.Equal(0d, s.Entropy.Average);
        Assert.Equal(0d, s.Distinct.ShareBelowL2);
        Assert.True(s.Recursive.IsSatisfied);
        Assert.Equal(0d, s.TCloseness.Maximum);
        Assert.Empty(s.Distinct.Distribution);
    }
}
