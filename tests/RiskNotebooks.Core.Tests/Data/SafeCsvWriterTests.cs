using RiskNotebooks.Data;

namespace RiskNotebooks.Tests.Data;

public sealed class SafeCsvWriterTests
{
    private static string Cell(string text)
    {
        var output = new StringWriter();
        var csv = new SafeCsvWriter(output);
        csv.WriteText(text);
        return output.ToString();
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("@sum", "'@sum")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("'=1+1", "''=1+1")]
    [InlineData(" =1+1", " =1+1")]
    [InlineData("plain", "plain")]
    public void Formula_cells_are_escaped_reversibly(string text, string written) => Assert.Equal(written, Cell(text));

    [Fact]
    public void Distinct_values_stay_distinct_after_escaping()
    {
        // Regression: escaping by a leading quote alone wrote "=1+1" and "'=1+1" as the same cell.
        string[] values = ["=1+1", "'=1+1", "''=1+1", " =1+1", "\t=1+1", "'\t=1+1", "-1", "'-1"];
        Assert.Equal(values.Length, values.Select(Cell).Distinct(StringComparer.Ordinal).Count());
    }
}
