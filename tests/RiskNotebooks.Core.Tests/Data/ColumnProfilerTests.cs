using RiskNotebooks.Data;

namespace RiskNotebooks.Tests.Data;

public sealed class ColumnProfilerTests
{
    private static IReadOnlyDictionary<string, ColumnProfile> Profiles(string[] names, params string?[][] rows)
        => ColumnProfiler.Profile(Table.FromRows("t", names, rows)).ToDictionary(p => p.Name);

    [Fact]
    public void Recognises_direct_identifiers_by_their_values()
    {
        var p = Profiles(["a", "b", "c"],
            ["19121212-1212", "anna@example.se", "070-123 45 67"],
            ["850709-9805", "bo@example.com", "+46 70 123 45 68"],
            ["200001011234", "cy@example.org", "08-123 456 78"]);
        Assert.Equal(ColumnRole.DirectIdentifier, p["a"].SuggestedRole);
        Assert.Equal("personal identity number", p["a"].Kind);
        Assert.Equal("e-mail", p["b"].Kind);
        Assert.Equal(ColumnRole.DirectIdentifier, p["c"].SuggestedRole);
    }

    [Fact]
    public void Suggests_quasi_identifiers_and_sensitive_attributes_by_name_and_shape()
    {
        var p = Profiles(["birth_date", "kön", "postnummer", "diagnos", "weight", "x"],
            ["1950-01-02", "F", "123 45", "I21.9", "100.5", "1"],
            ["1961-03-04", "M", "754 31", "J18", "99", "2"],
            ["1972-05-06", "F", "123 45", "C50.9", "101", "1"]);
        Assert.Equal(ColumnRole.QuasiIdentifier, p["birth_date"].SuggestedRole);
        Assert.Equal("date", p["birth_date"].Kind);
        Assert.Equal(ColumnRole.QuasiIdentifier, p["kön"].SuggestedRole);
        Assert.Equal(ColumnRole.QuasiIdentifier, p["postnummer"].SuggestedRole);
        Assert.Equal(ColumnRole.Sensitive, p["diagnos"].SuggestedRole);
        Assert.Equal("ICD-10 code", p["diagnos"].Kind);
        Assert.Equal(ColumnRole.Weight, p["weight"].SuggestedRole);
        Assert.Equal(ColumnRole.Insensitive, p["x"].SuggestedRole);
        Assert.Equal("number", p["x"].Kind);
    }

    [Fact]
    public void Counts_distinct_and_missing_values()
    {
        var p = Profiles(["a"], ["x"], ["NA"], ["x"], [""]);
        Assert.Equal(1, p["a"].DistinctCount);
        Assert.Equal(2, p["a"].MissingCount);
        Tolerance.AssertClose(0.5, p["a"].MissingShare);
    }
}
