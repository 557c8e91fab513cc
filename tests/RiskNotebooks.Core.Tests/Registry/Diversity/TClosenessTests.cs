using RiskNotebooks.Registry.Diversity;
using static RiskNotebooks.Tests.Registry.Diversity.DiversityTables;

namespace RiskNotebooks.Tests.Registry.Diversity;

public sealed class TClosenessTests
{
    private const double Tolerance = 1e-12;

    private static void AssertClose(double[] expected, IReadOnlyList<double> actual)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], actual[i], Tolerance);
        }
    }

    [Fact]
    public void Equal_distance_is_half_the_total_variation()
    {
        // Table: x 2/4, y 1/4, z 1/4. a = (1, 0, 0): ½ (0.5 + 0.25 + 0.25); b = (0, ½, ½): ½ (0.5 + 0.25 + 0.25).
        var t = Measure(Of(("a", "x"), ("a", "x"), ("b", "y"), ("b", "z"))).TCloseness;
        Assert.Equal(GroundDistance.Equal, t.GroundDistance);
        Assert.Equal(3, t.ValueCount);
        Assert.Equal([0.5, 0.5], t.PerClass);
        Assert.Equal(0.5, t.Maximum, Tolerance);
        Assert.Equal(0.5, t.Average, Tolerance);
    }

    [Fact]
    public void Equal_distance_counts_the_table_values_a_class_lacks()
    {
        // Table: x 3/6, y 2/6, z 1/6. Class a = x, x, y: ½ (|2/3 − 1/2| + |1/3 − 1/3| + 1/6) = 1/6.
        var t = Measure(Of(("a", "x"), ("a", "x"), ("a", "y"), ("b", "x"), ("b", "y"), ("b", "z"))).TCloseness;
        Assert.Equal(1d / 6d, t.PerClass[0], Tolerance);
        Assert.Equal(1d / 6d, t.PerClass[1], Tolerance);
    }

    [Fact]
    public void Li_et_al_table_3_has_the_papers_ordered_salary_distances()
    {
        // Li et al. 2007, section on EMD with ordered distance: {3k, 4k, 5k} is at 0.375 and {6k, 8k, 11k} at 0.167.
        var t = Measure(LiEtAl(), ["zip_3", "age_band"], "salary").TCloseness;
        Assert.Equal(GroundDistance.Ordered, t.GroundDistance);
        Assert.Equal(9, t.ValueCount);
        Assert.Equal(0.375, t.PerClass[0], Tolerance);
        Assert.Equal(1d / 6d, t.PerClass[1], Tolerance);
        Assert.Equal(17d / 72d, t.PerClass[2], Tolerance);
        Assert.Equal(0.375, t.Maximum, Tolerance);
    }

    [Fact]
    public void Li_et_al_table_4_is_0_167_close_on_salary()
    {
        var s = Measure(LiEtAl(), ["zip_4"], "salary", new DiversityOptions { TThreshold = 0.167 });
        AssertClose([1d / 6d, 1d / 12d, 1d / 6d], s.TCloseness.PerClass);
        Assert.Equal(1d / 6d, s.TCloseness.Maximum, Tolerance);
        Assert.True(s.TCloseness.IsSatisfied);
        Assert.True(s.IsNumeric);
    }

    [Fact]
    public void Li_et_al_table_4_disease_under_equal_distance()
    {
        // Class 4767* holds gastric ulcer, stomach cancer, pneumonia; the table has gastritis, stomach cancer and bronchitis
        // twice and the rest once: ½ (2/9 + 1/9 + 2/9 + 2/9 + 1/9 + 2/9) = 5/9.
        var t = Measure(LiEtAl(), ["zip_4"], "disease").TCloseness;
        Assert.Equal(GroundDistance.Equal, t.GroundDistance);
        Assert.Equal(5d / 9d, t.PerClass[0], Tolerance);
    }

    [Fact]
    public void Ordered_distance_over_a_numeric_attribute_with_four_values()
    {
        // Values 10, 20, 30, 40; class a = 10, 10 and class b = 20, 30, 30, 40.
        var table = Of(("a", "10"), ("a", "10"), ("b", "20"), ("b", "30"), ("b", "30"), ("b", "40"));
        var t = Measure(table).TCloseness;

        // Table: 10 2/6, 20 1/6, 30 2/6, 40 1/6; cumulative Q = (2/6, 3/6, 5/6, 1).
        // a: P = (1, 1, 1, 1): (4/6 + 3/6 + 1/6 + 0) / 3 = 4/9.
        // b: P = (0, 1/4, 3/4, 1): (2/6 + 1/4 + 1/12 + 0) / 3 = 2/9.
        Assert.Equal(GroundDistance.Ordered, t.GroundDistance);
        Assert.Equal(4, t.ValueCount);
        Assert.Equal(4d / 9d, t.PerClass[0], Tolerance);
        Assert.Equal(2d / 9d, t.PerClass[1], Tolerance);
    }

    [Fact]
    public void Numbers_are_ordered_by_value_not_by_text()
    {
        // As text "100" < "20" < "3"; as numbers 3 < 20 < 100. Class a = 3, b = 20, c = 100, one record each:
        // Q = (1/3, 2/3, 1); a: P = (1, 1, 1): (2/3 + 1/3) / 2 = ½; b: (1/3 + 1/3) / 2 = 1/3; c: (1/3 + 2/3) / 2 = ½.
        var t = Measure(Of(("a", "3"), ("b", "20"), ("c", "100"))).TCloseness;
        AssertClose([0.5, 1d / 3d, 0.5], t.PerClass);
    }

    [Fact]
    public void Values_equal_as_numbers_share_a_rank()
    {
        // "1" and "1.0" are one number: both classes hold (1, 2) and match the table exactly.
        var table = Of(("a", "1"), ("a", "2"), ("b", "1.0"), ("b", "2"));
        var ordered = Measure(table).TCloseness;
        Assert.Equal(2, ordered.ValueCount);
        Assert.Equal(0d, ordered.Maximum);

        // The equal distance compares values as text: "1" and "1.0" differ.
        var equal = Measure(table, new DiversityOptions { GroundDistances = new Dictionary<string, GroundDistance> { ["s"] = GroundDistance.Equal } }).TCloseness;
        Assert.Equal(0.25, equal.Maximum, Tolerance);
    }

    [Fact]
    public void All_equal_values_give_t_zero()
    {
        var s = Measure(Of(("a", "7"), ("b", "7"), ("b", "7"), ("c", "7")));
        Assert.Equal(0d, s.TCloseness.Maximum);
        Assert.Equal(0d, s.TCloseness.Average);
        Assert.Equal(1, s.TCloseness.ValueCount);
        var equal = Measure(Of(("a", "x"), ("b", "x")));
        Assert.Equal(0d, equal.TCloseness.Maximum);
    }

    [Fact]
    public void The_whole_table_as_one_class_has_t_zero_under_both_distances()
    {
        var table = Of(("a", "1"), ("a", "5"), ("a", "5"), ("a", "9"), ("a", null), ("a", "2.5"));
        Assert.Equal(0d, Measure(table).TCloseness.Maximum);
        var equal = new DiversityOptions { GroundDistances = new Dictionary<string, GroundDistance> { ["s"] = GroundDistance.Equal } };
        Assert.Equal(0d, Measure(table, equal).TCloseness.Maximum);
    }

    [Fact]
    public void A_missing_value_ranks_after_every_number()
    {
        // Ranks: 1, 2, missing. Table 1/3 each; class a = 1 and 2, class b = missing.
        // a: P = (½, 1, 1), Q = (1/3, 2/3, 1): (1/6 + 1/3) / 2 = ¼. b: P = (0, 0, 1): (1/3 + 2/3) / 2 = ½.
        var s = Measure(Of(("a", "1"), ("a", "2"), ("b", null)));
        Assert.True(s.IsNumeric);
        Assert.Equal(3, s.TCloseness.ValueCount);
        Assert.Equal(0.25, s.TCloseness.PerClass[0], Tolerance);
        Assert.Equal(0.5, s.TCloseness.PerClass[1], Tolerance);
    }

    [Fact]
    public void A_given_value_order_makes_an_ordinal_attribute_ordered()
    {
        // Order low < medium < high; table (½, ¼, ¼), cumulative (½, ¾, 1).
        // a = low, low: P = (1, 1, 1): (½ + ¼) / 2 = 0.375. b = medium, high: P = (0, ½, 1): (½ + ¼) / 2 = 0.375.
        var table = Of(("a", "low"), ("a", "low"), ("b", "medium"), ("b", "high"));
        var options = new DiversityOptions { ValueOrders = new Dictionary<string, IReadOnlyList<string>> { ["s"] = ["low", "medium", "high", "unused"] } };
        var t = Measure(table, options).TCloseness;
        Assert.Equal(GroundDistance.Ordered, t.GroundDistance);
        Assert.Equal(3, t.ValueCount);
        Assert.Equal(0.375, t.PerClass[0], Tolerance);
        Assert.Equal(0.375, t.PerClass[1], Tolerance);
    }

    [Fact]
    public void An_ordered_text_attribute_without_an_order_is_ranked_by_ordinal_comparison_as_in_arx()
    {
        // Ordinal text order: high < low < medium; table (¼, ½, ¼), cumulative (¼, ¾, 1).
        // a = low, low: P = (0, 1, 1): (¼ + ¼) / 2 = ¼. b = medium, high: P = (½, ½, 1): (¼ + ¼) / 2 = ¼.
        var table = Of(("a", "low"), ("a", "low"), ("b", "medium"), ("b", "high"));
        var options = new DiversityOptions { GroundDistances = new Dictionary<string, GroundDistance> { ["s"] = GroundDistance.Ordered } };
        var s = Measure(table, options);
        Assert.False(s.IsNumeric);
        AssertClose([0.25, 0.25], s.TCloseness.PerClass);
    }

    [Theory]
    [InlineData("1e3", true)]
    [InlineData("-2.5", true)]
    [InlineData(" 4 ", true)]
    [InlineData("1,5", false)]
    [InlineData("NaN", false)]
    [InlineData("Infinity", false)]
    [InlineData("0x10", false)]
    public void A_column_is_numeric_when_every_value_parses_as_a_finite_invariant_number(string value, bool numeric)
    {
        var s = Measure(Of(("a", "1"), ("b", value), ("b", null)));
        Assert.Equal(numeric, s.IsNumeric);
        Assert.Equal(numeric ? GroundDistance.Ordered : GroundDistance.Equal, s.TCloseness.GroundDistance);
    }

    [Fact]
    public void A_column_with_only_missing_values_is_not_numeric()
    {
        var s = Measure(Of(("a", null), ("b", null)));
        Assert.False(s.IsNumeric);
        Assert.Equal(0d, s.TCloseness.Maximum);
    }

    [Fact]
    public void Records_above_the_threshold_are_those_of_classes_strictly_above_it()
    {
        // Distances 0.5 (a, 2 records) and 0.5 (b, 2 records): at t = 0.5 none is above; below it all are.
        var table = Of(("a", "x"), ("a", "x"), ("b", "y"), ("b", "z"));
        var atHalf = Measure(table, new DiversityOptions { TThreshold = 0.5 }).TCloseness;
        Assert.Equal(0, atHalf.RecordsAboveThreshold);
        Assert.True(atHalf.IsSatisfied);
        var below = Measure(table, new DiversityOptions { TThreshold = 0.4 }).TCloseness;
        Assert.Equal(4, below.RecordsAboveThreshold);
        Assert.Equal(1d, below.ShareAboveThreshold);
        Assert.Equal(2, below.ClassesAboveThreshold);
        Assert.Equal(0.4, below.Threshold);
    }
}
