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

    [Fact]
    public void An_unknown_column_of_a_headerless_file_does_not_print_its_first_record()
    {
        // Regression: the first record of a headerless file was listed as "Columns: 1, M, Anna Svensson, 19121212-1212".
        var path = files.Write("headerless.csv", $"1,M,Anna Svensson,{Secret}\n2,F,Karl Berg,19010101-0101\n");
        var e = Assert.Throws<UnknownColumnException>(() => CsvTableReader.Load(path, new CsvLoadOptions { Columns = ["sex"] }));
        Assert.DoesNotContain(Secret, e.Message);
        Assert.DoesNotContain("Anna", e.Message);
        Assert.DoesNotContain("Columns:", e.Message);
        Assert.Contains("4 columns", e.Message);
        Assert.Equal(4, e.ColumnCount);
        Assert.DoesNotContain(Secret, e.ColumnsDescription);
    }

    [Fact]
    public void An_unknown_column_after_a_stray_quote_in_the_header_does_not_print_the_swallowed_rows()
    {
        // Regression: one unclosed quote in the header made every following row part of a header name, printed in full.
        var rows = string.Concat(Enumerable.Range(0, 2000).Select(i => $"{Secret},F,{i}\n"));
        var path = files.Write("quote.csv", "pnr,\"sex,zip\n" + rows + "x\",y\n" + rows.Replace("\"", string.Empty));
        var e = Assert.Throws<UnknownColumnException>(() => CsvTableReader.Load(path, new CsvLoadOptions { Columns = ["zip"] }));
        Assert.DoesNotContain(Secret, e.Message);
        Assert.True(e.Message.Length < 600, $"{e.Message.Length} characters");
    }

    [Fact]
    public void An_unknown_column_of_a_wide_header_lists_a_bounded_number_of_names()
    {
        var header = string.Join(',', Enumerable.Range(0, 5000).Select(i => $"column_{(char)('a' + (i % 26))}{(char)('a' + (i / 26 % 26))}{(char)('a' + (i / 676))}"));
        var path = files.Write("wide.csv", header + "\n");
        var e = Assert.Throws<UnknownColumnException>(() => CsvTableReader.Load(path, new CsvLoadOptions { Columns = ["zip"] }));
        Assert.Contains("column_aaa, column_baa", e.Message);
        Assert.Contains("more of 5,000 columns", e.Message);
        Assert.True(e.Message.Length < 600, $"{e.Message.Length} characters");
    }

    [Theory]
    [InlineData("19121212-1212")]
    [InlineData("anna.svensson@example.se")]
    [InlineData("070-123 45 67")]
    [InlineData("Anna Svensson")]
    [InlineData("4711")]
    [InlineData("a name that is far too long to be a column name of any file")]
    [InlineData("two\nlines")]
    [InlineData("QZXMARK1226")] // found by the fuzzing suite: a headerless one-column file printed its first cell
    [InlineData("AB1234")]
    public void A_header_name_shaped_like_a_value_is_not_shown(string name)
    {
        var e = new UnknownColumnException("zip", "f.csv", ["sex", name]);
        Assert.DoesNotContain(name, e.Message);
        Assert.DoesNotContain("sex", e.Message);
        Assert.Contains("2 columns", e.Message);
    }

    [Fact]
    public void Ordinary_header_names_are_shown()
    {
        string[] names = ["birth_date", "sex", "postcode", "kommun", "diagnosis", "income_2023", "q1", "native-country", "uid", "lat"];
        var e = new UnknownColumnException("zip", "f.csv", names);
        Assert.Contains("Columns: " + string.Join(", ", names) + ".", e.Message);
    }

    [Fact]
    public void An_unknown_column_names_the_detected_delimiter()
    {
        // Regression: a file read with the wrong delimiter said only "no column named 'sex'".
        var path = files.Write("semicolons.csv", "age;sex\n40;F\n");
        var e = Assert.Throws<UnknownColumnException>(() => CsvTableReader.Load(path, new CsvLoadOptions { Delimiter = ',', Columns = ["sex"] }));
        Assert.Contains("read with the delimiter ','", e.Message);
        var tab = files.Write("tabs.tsv", "age\tsex\n40\tF\n");
        var detected = Assert.Throws<UnknownColumnException>(() => CsvTableReader.Load(tab, new CsvLoadOptions { Columns = ["gender"] }));
        Assert.Contains("detected as tab", detected.Message);
        Assert.EndsWith("give it with Delimiter.", detected.Message, StringComparison.Ordinal);
        Assert.EndsWith("give it with --delimiter.", Commands.OptionSpellings.ForHost(detected).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ragged_row_of_a_headerless_file_does_not_name_its_column_by_a_value()
    {
        var path = files.Write("headerless-ragged.csv", $"1,{Secret}\n2\n");
        var e = Assert.Throws<InputFormatException>(() => CsvTableReader.Load(path));
        Assert.Null(e.ColumnName);
        Assert.Contains("column 2", e.Message);
        Assert.DoesNotContain(Secret, e.Message);
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
        Assert.Equal("Delimiter", e.OptionName);
    }
}
