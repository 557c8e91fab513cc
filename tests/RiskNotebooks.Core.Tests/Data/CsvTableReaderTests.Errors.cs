using RiskNotebooks.Data;
using RiskNotebooks.Tests;

namespace RiskNotebooks.Tests.Data;

public sealed class CsvTableReaderErrorTests : IDisposable
{
    private const string Secret = "19121212-1212";
    private readonly TempFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void A_ragged_row_names_file_line_and_column_but_not_the_values()
    {
        var path = files.Write("ragged.csv", $"pnr,sex,zip\n{Secret},F,12345\n{Secret},M\n");
        var e = Assert.Throws<InputFormatException>(() => CsvTableReader.Load(path));
        Assert.Equal(3, e.Line);
        Assert.Equal(3, e.Column);
        Assert.Equal("zip", e.ColumnName);
        Assert.Contains(path, e.Message);
        Assert.Contains("line 3", e.Message);
        Assert.Contains("2 fields", e.Message);
        Assert.DoesNotContain(Secret, e.Message);
    }

    [Fact]
    public void Lines_count_physical_lines_after_a_bom_and_quoted_newlines()
    {
        var path = files.Write("bom.csv", "a,b\n\"multi\nline\",1\n\n2,3\n4\n", new System.Text.UTF8Encoding(true));
        var e = Assert.Throws<InputFormatException>(() => CsvTableReader.Load(path));
        Assert.Equal(6, e.Line);
        var quote = files.Write("bomquote.csv", "a,b\n\"multi\nline\",1\n2,\"x\"y\n", new System.Text.UTF8Encoding(true));
        var q = Assert.Throws<InputFormatException>(() => CsvTableReader.Load(quote));
        Assert.Equal(4, q.Line);
        Assert.Equal(2, q.Column);
    }

    [Fact]
    public void A_latin1_file_still_reports_lines()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var path = files.WriteBytes("latin.csv", System.Text.Encoding.GetEncoding(1252).GetBytes("ort,län\nGävle,X\nÖrebro\n"));
        var e = Assert.Throws<InputFormatException>(() => CsvTableReader.Load(path));
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void Tables_know_the_line_of_each_row()
    {
        var path = files.Write("lines.csv", "a\n\"x\ny\"\n\nz\n");
        var table = CsvTableReader.Load(path);
        Assert.Equal(2, table.LineOf(0));
        Assert.Equal(5, table.LineOf(1));
        Assert.Equal("line 5", table.DescribeRow(1));
        Assert.Null(Table.FromRows("m", ["a"], [["1"]]).LineOf(0));
    }

    [Fact]
    public void A_row_with_too_many_fields_is_an_error()
    {
        var path = files.Write("long.csv", "a,b\n1,2\n1,2,3\n");
        var e = Assert.Throws<InputFormatException>(() => CsvTableReader.Load(path));
        Assert.Equal(3, e.Line);
        Assert.Equal(3, e.Column);
    }

    [Fact]
    public void A_bad_quote_names_line_and_column_but_not_the_value()
    {
        var path = files.Write("quote.csv", $"pnr,name\n1,ok\n2,\"{Secret}\"tail\n");
        var e = Assert.Throws<InputFormatException>(() => CsvTableReader.Load(path));
        Assert.Equal(3, e.Line);
        Assert.Equal(2, e.Column);
        Assert.Contains("quot", e.Message);
        Assert.DoesNotContain(Secret, e.Message);
        Assert.DoesNotContain("tail", e.Message);
    }

    [Fact]
    public void An_unterminated_quote_is_an_error()
    {
        var path = files.Write("open.csv", $"a,b\n1,\"{Secret}\n2,3\n");
        var e = Assert.Throws<InputFormatException>(() => CsvTableReader.Load(path));
        Assert.Contains("never closed", e.Message);
        Assert.DoesNotContain(Secret, e.Message);
    }

    [Fact]
    public void An_unknown_column_is_named_with_the_columns_there_are()
    {
        var path = files.Write("cols.csv", "a,b\n1,2\n");
        var e = Assert.Throws<UnknownColumnException>(() => CsvTableReader.Load(path, new CsvLoadOptions { Columns = ["a", "zip"] }));
        Assert.Equal("zip", e.ColumnName);
        Assert.Contains("a, b", e.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("\uFEFF")]
    public void An_empty_file_is_an_error(string text)
    {
        var path = files.Write("empty.csv", text);
        var e = Assert.Throws<InputFormatException>(() => CsvTableReader.Load(path));
        Assert.Contains("empty", e.Message);
    }

    [Fact]
    public void A_duplicate_header_names_both_columns()
    {
        var path = files.Write("dup.csv", "a,b,a\n1,2,3\n");
        var e = Assert.Throws<InputFormatException>(() => CsvTableReader.Load(path));
        Assert.Equal(1, e.Line);
        Assert.Equal(3, e.Column);
        Assert.Contains("column 1", e.Message);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var path = Path.Combine(files.Folder, "nope.csv");
        var e = Assert.Throws<InputFormatException>(() => CsvTableReader.Load(path));
        Assert.Contains("nope.csv", e.Message);
        Assert.Contains("does not exist", e.Message);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("\"")]
    public void A_bad_delimiter_option_is_named(string text)
    {
        var e = Assert.Throws<InvalidOptionException>(() => new CsvLoadOptions { Delimiter = CsvLoadOptions.ParseDelimiter(text) });
        Assert.Equal("--delimiter", e.OptionName);
    }
}
