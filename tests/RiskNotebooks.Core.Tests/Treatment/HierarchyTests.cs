using RiskNotebooks.Treatment;
using RiskNotebooks.Tests;

namespace RiskNotebooks.Tests.Treatment;

public sealed class HierarchyTests
{
    private const string Marker = "ZZMARKER77";

    [Fact]
    public void Reads_ARX_format_with_levels_groups_and_leaf_counts()
    {
        var h = HierarchyFile.Parse("age.csv", "age", "1;0-4;*\n2;0-4;*\n5;5-9;*\n");
        Assert.Equal(3, h.Height);
        Assert.Equal(3, h.LeafCount);
        Assert.Equal(2, h.GroupCount(1));
        Assert.Equal(1, h.GroupCount(2));
        Assert.True(h.TryGetLeaf("2", out var leaf));
        Assert.Equal("0-4", h.LabelOf(1, h.GroupOf(1, leaf)));
        Assert.Equal(2, h.LeafCountOf(1, h.GroupOf(1, leaf)));
        Assert.Equal(3, h.LeafCountOf(2, 0));
    }

    [Fact]
    public void Adult_hierarchies_are_valid()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "arx"), "adult_hierarchy_*.csv"))
        {
            var h = HierarchyFile.Read(file, Path.GetFileNameWithoutExtension(file));
            Assert.True(h.Height >= 2);
            Assert.Equal(1, h.GroupCount(h.Height - 1));
        }
    }

    [Theory]
    [InlineData("ZZMARKER77a;x;*\nZZMARKER77b;x\n", "line 2", "levels where the first row has 3")]
    [InlineData("ZZMARKER77a;x;*\nZZMARKER77a;y;*\n", "line 2, column 1", "listed before, on line 1")]
    [InlineData("a;ZZMARKER77x;*\nb;ZZMARKER77x;ZZMARKER77+\n", "line 2, column 3", "level 2 is not a function of level 1")]
    [InlineData("ZZMARKER77a;;*\n", "line 1, column 2", "empty")]
    public void Invalid_hierarchies_name_the_line_and_level_never_a_value(string text, string place, string problem)
    {
        var e = Assert.Throws<InputFormatException>(() => HierarchyFile.Parse("h.csv", "attr", text));
        Assert.Contains(place, e.Message);
        Assert.Contains(problem, e.Message);
        Assert.DoesNotContain(Marker, e.Message);
    }

    [Fact]
    public void An_empty_file_is_an_error_naming_the_attribute()
    {
        var e = Assert.Throws<InputFormatException>(() => HierarchyFile.Parse("h.csv", "age", "\n\n"));
        Assert.Contains("'age'", e.Message);
    }

    [Fact]
    public void Written_hierarchies_read_back_equal_and_quote_delimiters()
    {
        using var files = new TempFiles();
        var h = Hierarchy.FromRows("x", "test", [["a;1", "A", "*"], ["b", "A", "*"], ["c \"q\"", "C", "*"]]);
        var path = Path.Combine(files.Folder, "x.csv");
        HierarchyFile.Write(path, h);
        var back = HierarchyFile.Read(path, "x");
        Assert.Equal(h.Rows().Select(r => string.Join("|", r)), back.Rows().Select(r => string.Join("|", r)));
    }

    [Fact]
    public void A_column_value_missing_from_the_hierarchy_is_an_error_naming_column_and_line_not_value()
    {
        var table = RiskNotebooks.Data.CsvTableReader.LoadFromText("t.csv", $"age,sex\n1,m\n{Marker},f\n");
        var settings = new AnonymizationSettings
        {
            QuasiIdentifiers = ["age"],
            Hierarchies = new Dictionary<string, Hierarchy> { ["age"] = HierarchyFile.Parse("age.csv", "age", "1;*\n") },
            Targets = [new KAnonymity(2)],
        };
        var e = Assert.Throws<InputFormatException>(() => { OptimalSearch.Run(table, settings); });
        Assert.Contains("'age'", e.Message);
        Assert.Contains("line 3", e.Message);
        Assert.DoesNotContain(Marker, e.Message);
    }
}
