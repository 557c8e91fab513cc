using System.Globalization;
using RiskNotebooks.Data;
using RiskNotebooks.Registry;
using RiskNotebooks.Registry.Diversity;

namespace RiskNotebooks.Tests.Registry.Diversity;

/// <summary>Properties that must hold for any table, checked on seeded random tables against plain reference formulas.</summary>
public sealed class DiversityAnalysisPropertyTests
{
    private const double Tolerance = 1e-12;

    public static TheoryData<int> Seeds => new() { 1, 2, 3, 42, 2024, 77777 };

    private static readonly DiversityOptions EqualForAll = new()
    {
        GroundDistances = new Dictionary<string, GroundDistance> { ["num"] = GroundDistance.Equal, ["cat"] = GroundDistance.Equal },
    };

    /// <summary>Keys a (3 values) and b (6); a numeric attribute with ties ("2" and "2.0") and missing values; a categorical one.</summary>
    private static Table RandomTable(int seed)
    {
        var random = new Random(seed);
        string?[] numbers = ["0.5", "1", "2", "2.0", "3", "10", "-4", null];
        string?[] categories = ["p", "q", "r", "s", null];
        var rows = new List<IReadOnlyList<string?>>();
        var count = random.Next(1, 500);
        for (var i = 0; i < count; i++)
        {
            rows.Add([random.Next(3).ToString(CultureInfo.InvariantCulture), random.Next(6).ToString(CultureInfo.InvariantCulture),
                numbers[random.Next(numbers.Length)], categories[Math.Min(random.Next(7), categories.Length - 1)]]);
        }

        return Table.FromRows("random", ["a", "b", "num", "cat"], rows);
    }

    private static DiversityReport Run(Table table, string[] quasiIdentifiers, DiversityOptions? options = null)
        => DiversityAnalysis.Run(table, EquivalenceClasses.Build(table, quasiIdentifiers), ["num", "cat"], options);

    /// <summary>The values of a column in each class, read as text (null = missing).</summary>
    private static List<string?>[] ValuesByClass(Table table, string[] quasiIdentifiers, string attribute)
    {
        var classes = EquivalenceClasses.Build(table, quasiIdentifiers);
        var column = table[attribute];
        var lists = Enumerable.Range(0, classes.ClassCount).Select(_ => new List<string?>()).ToArray();
        for (var r = 0; r < table.RowCount; r++)
        {
            lists[classes.ClassOfRecord[r]].Add(column.GetValue(r));
        }

        return lists;
    }

    private static double ReferenceEqual(IReadOnlyList<string?> inClass, IReadOnlyList<string?> all)
    {
        var sum = 0d;
        foreach (var value in all.Distinct())
        {
            var p = (double)inClass.Count(v => v == value) / inClass.Count;
            var q = (double)all.Count(v => v == value) / all.Count;
            sum += Math.Abs(p - q);
        }

        return sum / 2d;
    }

    private static double ReferenceOrdered(IReadOnlyList<string?> inClass, IReadOnlyList<string?> all)
    {
        static double Key(string? v) => v is null ? double.PositiveInfinity : double.Parse(v, CultureInfo.InvariantCulture);
        var ranks = all.Select(Key).Distinct().Order().ToArray();
        if (ranks.Length < 2)
        {
            return 0d;
        }

        double distance = 0, p = 0, q = 0;
        foreach (var rank in ranks)
        {
            p += (double)inClass.Count(v => Key(v) == rank) / inClass.Count;
            q += (double)all.Count(v => Key(v) == rank) / all.Count;
            distance += Math.Abs(p - q);
        }

        return distance / (ranks.Length - 1);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Ordered_distance_equals_the_textbook_formula(int seed)
    {
        var table = RandomTable(seed);
        var all = table["num"].Codes.ToArray().Select((_, r) => table["num"].GetValue(r)).ToArray();
        var expected = ValuesByClass(table, ["a", "b"], "num").Select(c => ReferenceOrdered(c, all)).ToArray();
        var actual = Run(table, ["a", "b"])["num"].TCloseness;
        Assert.Equal(GroundDistance.Ordered, actual.GroundDistance);
        Assert.Equal(expected.Length, actual.PerClass.Count);
        for (var c = 0; c < expected.Length; c++)
        {
            Assert.Equal(expected[c], actual.PerClass[c], Tolerance);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Equal_distance_equals_the_textbook_formula(int seed)
    {
        var table = RandomTable(seed);
        var report = Run(table, ["a", "b"], EqualForAll);
        foreach (var name in new[] { "num", "cat" })
        {
            var all = Enumerable.Range(0, table.RowCount).Select(r => table[name].GetValue(r)).ToArray();
            var expected = ValuesByClass(table, ["a", "b"], name).Select(c => ReferenceEqual(c, all)).ToArray();
            for (var c = 0; c < expected.Length; c++)
            {
                Assert.Equal(expected[c], report[name].TCloseness.PerClass[c], Tolerance);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_whole_table_as_one_class_has_t_zero_and_the_tables_own_l(int seed)
    {
        var table = RandomTable(seed);
        var rows = Enumerable.Range(0, table.RowCount).Select(r => (IReadOnlyList<string?>)[
            "all", table["num"].GetValue(r), table["cat"].GetValue(r)]);
        var single = Table.FromRows("single", ["k", "num", "cat"], rows);
        foreach (var options in new[] { DiversityOptions.Default, EqualForAll })
        {
            var report = DiversityAnalysis.Run(single, EquivalenceClasses.Build(single, ["k"]), ["num", "cat"], options);
            foreach (var attribute in report.Attributes)
            {
                Assert.Equal(0d, attribute.TCloseness.Maximum);
                Assert.Equal(single[attribute.Name].Cardinality - (single[attribute.Name].MissingCount == 0 ? 1 : 0), attribute.Distinct.Minimum);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_coarser_grouping_never_lowers_the_data_sets_l_nor_raises_its_t(int seed)
    {
        // Each coarse class is a union of fine ones: its distinct count and entropy are at least those of any part (entropy
        // is concave), recursive (c, l) is preserved by unions (Machanavajjhala et al.), and the distance is convex in the
        // class's distribution. Averages carry no such guarantee.
        var table = RandomTable(seed);
        foreach (var options in new[] { DiversityOptions.Default, EqualForAll, new DiversityOptions { RecursiveC = 0.8 } })
        {
            var fine = Run(table, ["a", "b"], options);
            var coarse = Run(table, ["a"], options);
            foreach (var name in new[] { "num", "cat" })
            {
                Assert.True(coarse[name].Distinct.Minimum >= fine[name].Distinct.Minimum);
                Assert.True(coarse[name].Entropy.Minimum >= fine[name].Entropy.Minimum - Tolerance);
                Assert.True(coarse[name].Recursive.Minimum >= fine[name].Recursive.Minimum);
                Assert.True(coarse[name].TCloseness.Maximum <= fine[name].TCloseness.Maximum + Tolerance);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Entropy_and_recursive_l_never_exceed_distinct_l(int seed)
    {
        var report = Run(RandomTable(seed), ["a", "b"]);
        foreach (var attribute in report.Attributes)
        {
            for (var c = 0; c < report.ClassCount; c++)
            {
                Assert.InRange(attribute.Entropy.PerClass[c], 1d, attribute.Distinct.PerClass[c] + Tolerance);
                Assert.InRange(attribute.Recursive.PerClass[c], 0d, attribute.Distinct.PerClass[c]);
                Assert.InRange(attribute.TCloseness.PerClass[c], 0d, 1d);
            }

            Assert.Equal(report.ClassCount, attribute.Distinct.Distribution.Sum(b => b.Classes));
            Assert.Equal(report.RecordCount, attribute.Entropy.Distribution.Sum(b => b.Records));
            Assert.InRange(attribute.Distinct.ShareBelowL2, 0d, 1d);
            Assert.InRange(attribute.TCloseness.ShareAboveThreshold, 0d, 1d);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Row_order_does_not_change_the_summaries(int seed)
    {
        var table = RandomTable(seed);
        var rows = Enumerable.Range(0, table.RowCount)
            .Select(r => (IReadOnlyList<string?>)table.ColumnNames.Select(n => table[n].GetValue(r)).ToArray()).ToArray();
        new Random(seed + 1).Shuffle(rows);
        var a = Run(table, ["a", "b"]);
        var b = Run(Table.FromRows("shuffled", table.ColumnNames, rows), ["a", "b"]);
        foreach (var name in new[] { "num", "cat" })
        {
            Assert.Equal(a[name].Distinct.Distribution, b[name].Distinct.Distribution);
            Assert.Equal(a[name].Recursive.Distribution, b[name].Recursive.Distribution);
            Assert.Equal(a[name].Entropy.Average, b[name].Entropy.Average, Tolerance);
            Assert.Equal(a[name].TCloseness.Maximum, b[name].TCloseness.Maximum, Tolerance);
            Assert.Equal(a[name].TCloseness.Average, b[name].TCloseness.Average, Tolerance);
        }
    }
}
