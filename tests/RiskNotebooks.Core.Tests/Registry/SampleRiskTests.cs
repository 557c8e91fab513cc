using RiskNotebooks.Data;
using RiskNotebooks.Registry;

namespace RiskNotebooks.Tests.Registry;

public sealed class SampleRiskTests
{
    private static ReidentificationReport Run(Table table, IReadOnlyList<string> qis, double threshold = 0.2, Table? population = null)
        => ReidentificationAnalysis.Run(table, new ReidentificationOptions { QuasiIdentifiers = qis, Threshold = threshold, PopulationTable = population });

    [Fact]
    public void Prosecutor_risk_of_a_small_table_by_hand()
    {
        // Classes 3, 1, 2, 1 of n = 7.
        var r = Run(Tables.Small(), ["a", "b"]);
        Assert.Equal(7, r.RecordCount);
        Assert.Equal(4, r.ClassCount);
        Assert.Equal(1, r.MinClassSize);
        Assert.Equal(3, r.MaxClassSize);
        Assert.Equal(1d, r.Prosecutor.HighestRisk);
        Assert.Equal(1d / 3d, r.Prosecutor.LowestRisk, 12);
        Assert.Equal(4d / 7d, r.Prosecutor.AverageRisk, 12);
        Assert.Equal(2d / 7d, r.Prosecutor.RecordsAtHighestRisk, 12);
        Assert.Equal(1d, r.Prosecutor.RecordsAtRisk, 12);       // every class is smaller than 5
        Assert.Equal(2d / 7d, r.SampleUniqueness, 12);
        Assert.Equal(4d / 7d, r.Marketer.AverageRisk, 12);
    }

    [Theory]
    [InlineData(0.4, 4d / 7d)]  // 1/3 is not > 0.4; 1/2 and 1 are
    [InlineData(0.5, 2d / 7d)]  // 1/2 is not strictly greater than 0.5
    [InlineData(1.0, 0d)]
    [InlineData(0.0, 1d)]
    public void Records_at_risk_counts_risks_strictly_above_the_threshold(double threshold, double expected)
        => Assert.Equal(expected, Run(Tables.Small(), ["a", "b"], threshold).Prosecutor.RecordsAtRisk, 12);

    [Fact]
    public void A_class_exactly_at_the_threshold_is_not_at_risk()
    {
        var r = Run(Tables.WithClassSizes(5, 5), ["q"], 0.2);
        Assert.Equal(0d, r.Prosecutor.RecordsAtRisk);
        Assert.Equal(0.2, r.Prosecutor.HighestRisk, 12);
        Assert.Equal(1d, r.Prosecutor.RecordsAtHighestRisk);
    }

    [Fact]
    public void Ties_at_the_smallest_size_all_count_as_highest_risk()
    {
        var r = Run(Tables.WithClassSizes(2, 2, 3, 2, 10), ["q"]);
        Tolerance.AssertClose(0.5, r.Prosecutor.HighestRisk);
        Assert.Equal(6d / 19d, r.Prosecutor.RecordsAtHighestRisk, 12);
        Assert.Equal(0.1, r.Prosecutor.LowestRisk, 12);
    }

    [Fact]
    public void One_row()
    {
        var r = Run(Tables.WithClassSizes(1), ["q"]);
        Assert.Equal(1d, r.Prosecutor.HighestRisk);
        Assert.Equal(1d, r.Prosecutor.LowestRisk);
        Assert.Equal(1d, r.Prosecutor.AverageRisk);
        Assert.Equal(1d, r.SampleUniqueness);
    }

    [Fact]
    public void All_unique()
    {
        var r = Run(Tables.WithClassSizes(1, 1, 1, 1), ["q"]);
        Assert.Equal(1d, r.Prosecutor.AverageRisk);
        Assert.Equal(1d, r.Prosecutor.RecordsAtHighestRisk);
        Assert.Equal(1d, r.SampleUniqueness);
    }

    [Fact]
    public void All_equal()
    {
        var r = Run(Tables.WithClassSizes(8), ["q"]);
        Assert.Equal(1, r.ClassCount);
        Tolerance.AssertClose(0.125, r.Prosecutor.HighestRisk);
        Tolerance.AssertClose(0.125, r.Prosecutor.AverageRisk);
        Assert.Equal(0d, r.Prosecutor.RecordsAtRisk);
        Assert.Equal(0d, r.SampleUniqueness);
    }

    [Fact]
    public void An_empty_table_has_zero_risk()
    {
        var r = Run(Table.FromRows("empty", ["q"], []), ["q"]);
        Assert.Equal(0, r.RecordCount);
        Assert.Equal(0d, r.Prosecutor.HighestRisk);
        Assert.Equal(0d, r.SampleUniqueness);
    }

    [Fact]
    public void Missing_values_are_grouped_as_equal()
    {
        var r = Run(Tables.Of(("", "1"), ("NA", "1"), ("x", "2")), ["a", "b"]);
        Assert.Equal(2, r.ClassCount);
        Assert.Equal(1d / 3d, r.SampleUniqueness, 12);
    }

    [Fact]
    public void Without_a_population_table_journalist_equals_prosecutor()
    {
        var r = Run(Tables.Small(), ["a", "b"]);
        Assert.False(r.HasPopulationTable);
        Assert.Equal(r.Prosecutor.HighestRisk, r.Journalist.HighestRisk);
        Assert.Equal(r.Prosecutor.AverageRisk, r.Journalist.AverageRisk);
        Assert.Equal(r.Prosecutor.RecordsAtRisk, r.Journalist.RecordsAtRisk);
        Assert.Equal(r.Prosecutor.RecordsAtHighestRisk, r.Journalist.RecordsAtHighestRisk);
    }

    [Fact]
    public void Journalist_and_marketer_risk_with_a_population_table_by_hand()
    {
        // Sample: A×1, B×2. Population: A×4, B×10, C×6.
        var sample = Tables.Of(("A", "1"), ("B", "1"), ("B", "1"));
        var rows = new List<(string, string)>();
        rows.AddRange(Enumerable.Repeat(("A", "1"), 4));
        rows.AddRange(Enumerable.Repeat(("B", "1"), 10));
        rows.AddRange(Enumerable.Repeat(("C", "1"), 6));
        var population = Tables.Of(rows.ToArray());
        var r = Run(sample, ["a", "b"], 0.2, population);
        Assert.True(r.HasPopulationTable);
        Assert.Equal(0.25, r.Journalist.HighestRisk, 12);
        Assert.Equal(0.1, r.Journalist.LowestRisk, 12);
        Assert.Equal(1d / 3d, r.Journalist.RecordsAtRisk, 12);
        Assert.Equal(1d / 3d, r.Journalist.RecordsAtHighestRisk, 12);
        // marketer = (1/n) Σ f_c/F_c = (1/4 + 2/10) / 3 = 0.15; journalist average = max(C/ΣF = 2/14, 0.15)
        Assert.Equal(0.15, r.Marketer.AverageRisk, 12);
        Assert.Equal(0.15, r.Journalist.AverageRisk, 12);
        // Prosecutor is unchanged by the population.
        Assert.Equal(1d, r.Prosecutor.HighestRisk);
        // N defaults to the population table's size.
        Assert.Equal(20, r.PopulationUniqueness.PopulationSize);
    }

    [Fact]
    public void A_population_table_that_lacks_sample_records_is_an_error()
    {
        var sample = Tables.Of(("A", "1"), ("Q", "1"), ("R", "1"));
        var population = Tables.Of(("A", "1"), ("A", "1"));
        var e = Assert.Throws<InvalidOptionException>(() => Run(sample, ["a", "b"], 0.2, population));
        Assert.Equal("PopulationTable", e.OptionName);
        Assert.Contains("2 of the sample's 3 classes", e.Message);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void A_bad_threshold_is_an_option_error(double threshold)
        => Assert.Equal("Threshold", Assert.Throws<InvalidOptionException>(() => new ReidentificationOptions { QuasiIdentifiers = ["a"], Threshold = threshold }).OptionName);
}
