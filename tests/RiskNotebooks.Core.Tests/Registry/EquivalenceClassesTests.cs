using RiskNotebooks.Data;
using RiskNotebooks.Registry;

namespace RiskNotebooks.Tests.Registry;

public sealed class EquivalenceClassesTests
{
    [Fact]
    public void Groups_records_with_equal_values_on_every_quasi_identifier()
    {
        var classes = EquivalenceClasses.Build(Tables.Small(), ["a", "b"]);
        Assert.Equal(7, classes.RecordCount);
        Assert.Equal(4, classes.ClassCount);
        Assert.Equal([0, 0, 1, 0, 2, 1, 3], classes.ClassOfRecord.ToArray());
        Assert.Equal([3, 2, 1, 1], classes.ClassSizes.ToArray());
        Assert.Equal([0, 2, 4, 6], classes.Representatives.ToArray());
        Assert.Equal(3, classes.ClassSizeOf(3));
    }

    [Fact]
    public void The_histogram_counts_classes_per_size()
    {
        var h = EquivalenceClasses.Build(Tables.Small(), ["a", "b"]).Histogram;
        Assert.Equal([1, 2, 3], h.Sizes);
        Assert.Equal([2L, 1L, 1L], h.Counts);
        Assert.Equal(7, h.RecordCount);
        Assert.Equal(4, h.ClassCount);
        Assert.Equal(1, h.MinClassSize);
        Assert.Equal(3, h.MaxClassSize);
        Assert.Equal(7d / 4d, h.AverageClassSize, 12);
    }

    [Fact]
    public void Missing_values_form_a_class_of_their_own()
    {
        var table = Tables.Of(("NA", "1"), ("", "1"), ("x", "1"));
        var classes = EquivalenceClasses.Build(table, ["a", "b"]);
        Assert.Equal([2, 1], classes.ClassSizes.ToArray());
    }

    [Fact]
    public void Handles_more_columns_than_fit_into_one_64_bit_key()
    {
        // 12 columns of 1,000 distinct values each: the product of cardinalities far exceeds 2^64.
        const int rows = 3000;
        var names = Enumerable.Range(0, 12).Select(i => $"c{i}").ToArray();
        var data = new List<IReadOnlyList<string?>>();
        for (var r = 0; r < rows; r++)
        {
            // The last column decides: rows r and r + 1000 and r + 2000 agree on all but... none: c11 = r % 1000 only
            // makes rows r, r+1000, r+2000 equal when all other columns agree too, which they do (they are r % 1000 as well).
            data.Add(names.Select(_ => (string?)(r % 1000).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        }

        var classes = EquivalenceClasses.Build(Table.FromRows("wide", names, data), names);
        Assert.Equal(1000, classes.ClassCount);
        Assert.All(classes.ClassSizes.ToArray(), size => Assert.Equal(3, size));
    }

    [Fact]
    public void Unknown_and_repeated_quasi_identifiers_are_errors()
    {
        var table = Tables.Small();
        Assert.Throws<UnknownColumnException>(() => EquivalenceClasses.Build(table, ["a", "zip"]));
        Assert.Equal("QuasiIdentifiers", Assert.Throws<InvalidOptionException>(() => EquivalenceClasses.Build(table, ["a", "a"])).OptionName);
        Assert.Equal("QuasiIdentifiers", Assert.Throws<InvalidOptionException>(() => EquivalenceClasses.Build(table, [])).OptionName);
    }

    [Fact]
    public void Column_names_match_ignoring_case_when_unambiguous()
    {
        var classes = EquivalenceClasses.Build(Tables.Small(), ["A", "B"]);
        Assert.Equal(["a", "b"], classes.QuasiIdentifiers);
    }
}
