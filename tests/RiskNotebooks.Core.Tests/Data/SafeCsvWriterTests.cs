using RiskNotebooks.Data;

namespace RiskNotebooks.Tests.Data;

public sealed class SafeCsvWriterTests
{
    /// <summary>
    /// One row as written (without its line end), and its one cell as a CSV reader reads it back (RFC 4180: quotes
    /// removed, doubled quotes single).
    /// </summary>
    private static (string Written, string Read) Written(Action<SafeCsvWriter> write)
    {
        var output = new StringWriter();
        using (var csv = new SafeCsvWriter(output))
        {
            write(csv);
            csv.EndRow();
        }

        var written = output.ToString()[..^1];
        var read = written is ['"', .., '"'] ? written[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : written;
        return (written, read);
    }

    private static string Cell(string text) => Written(csv => csv.WriteText(text)).Read;

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
    public void Distinct_values_stay_distinct_after_escaping_as_a_reader_reads_them()
    {
        // Regression: escaping by a leading quote alone wrote "=1+1" and "'=1+1" as the same cell.
        string[] values = ["=1+1", "'=1+1", "''=1+1", " =1+1", "\t=1+1", "'\t=1+1", "-1", "'-1"];
        Assert.Equal(values.Length, values.Select(Cell).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Numbers_are_written_as_numbers_and_cells_with_delimiters_or_quotes_are_quoted()
    {
        Assert.Equal("-5.5", Written(csv => csv.WriteNumber(-5.5)).Written);
        Assert.Equal("-3", Written(csv => csv.WriteNumber(-3L)).Written);
        Assert.Equal(",1", Written(csv =>
        {
            csv.WriteNumber(double.NaN);
            csv.WriteNumber(1L);
        }).Written);
        Assert.Equal("\"a,b\"", Written(csv => csv.WriteText("a,b")).Written);
        Assert.Equal("\"q\"\"q\"", Written(csv => csv.WriteText("q\"q")).Written);
        Assert.Equal("a,,1\nb,c,2", Written(csv =>
        {
            csv.WriteText("a");
            csv.WriteText(null);
            csv.WriteNumber(1L);
            csv.EndRow();
            csv.WriteText("b");
            csv.WriteText("c");
            csv.WriteNumber(2d);
        }).Written);
    }
}
