using RiskNotebooks.Treatment;

namespace RiskNotebooks.Tests.Treatment;

public sealed class HierarchyBuilderTests
{
    private static string[] Chain(Hierarchy h, string value)
    {
        Assert.True(h.TryGetLeaf(value, out var leaf));
        return Enumerable.Range(0, h.Height).Select(l => h.LabelOf(l, h.GroupOf(l, leaf))).ToArray();
    }

    [Fact]
    public void Intervals_double_in_width_until_one_holds_all()
    {
        var h = HierarchyBuilder.Build("age", "interval:10", ["17", "23", "38", "64"]);
        Assert.Equal(["23", "20-29", "20-39", "0-39", "0-79", "*"], Chain(h, "23"));
        Assert.Equal(["64", "60-69", "60-79", "40-79", "0-79", "*"], Chain(h, "64"));
    }

    [Fact]
    public void Intervals_code_the_top_and_bottom()
    {
        var h = HierarchyBuilder.Build("age", "interval:10:bottom=20:top=80", ["17", "23", "85", "79"]);
        Assert.Equal("<20", Chain(h, "17")[1]);
        Assert.Equal(">=80", Chain(h, "85")[1]);
        Assert.Equal("70-79", Chain(h, "79")[1]);
    }

    [Fact]
    public void Bands_date_postcode_icd10_mask()
    {
        Assert.Equal(["29", "18-29", "*"], Chain(HierarchyBuilder.Build("age", "bands:18,30,50", ["12", "29", "50"]), "29"));
        Assert.Equal(["2021-08-30", "2021-08", "2021-Q3", "2021", "2020s", "*"], Chain(HierarchyBuilder.Build("d", "date", ["2021-08-30"]), "2021-08-30"));
        Assert.Equal(["123 45", "123", "12", "1", "*"], Chain(HierarchyBuilder.Build("p", "postcode-se", ["123 45"]), "123 45"));
        Assert.Equal(["C50.9", "C50", "C50-C50", "II", "*"], Chain(HierarchyBuilder.Build("dx", "icd10", ["C50.9", "J45"]), "C50.9"));
        Assert.Equal(["J45", "J45", "J40-J47", "X", "*"], Chain(HierarchyBuilder.Build("dx", "icd10", ["C50.9", "J45"]), "J45"));
        Assert.Equal(["S72.0", "S72", "S70-S79", "XIX", "*"], Chain(HierarchyBuilder.Build("dx", "icd10", ["S72.0"]), "S72.0"));
        Assert.Equal(["1234", "123*", "12**", "*"], Chain(HierarchyBuilder.Build("id", "mask:2", ["1234"]), "1234"));
    }

    [Fact]
    public void Values_that_do_not_fit_are_counted_not_shown()
    {
        var e = Assert.Throws<InvalidOptionException>(() => HierarchyBuilder.Build("p", "postcode-se", ["123 45", "ZZMARKER77"]));
        Assert.Contains("1 of 2", e.Message);
        Assert.DoesNotContain("ZZMARKER77", e.Message);
        Assert.Throws<InvalidOptionException>(() => HierarchyBuilder.Build("p", "nonsense", ["1"]));
    }
}
