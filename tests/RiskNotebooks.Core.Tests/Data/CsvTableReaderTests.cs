using System.Security.Cryptography;
using System.Text;
using RiskNotebooks.Data;
using RiskNotebooks.Tests;

namespace RiskNotebooks.Tests.Data;

public sealed class CsvTableReaderTests : IDisposable
{
    private readonly TempFiles files = new();

    public void Dispose() => files.Dispose();

    [Theory]
    [InlineData(",")]
    [InlineData(";")]
    [InlineData("\t")]
    [InlineData("|")]
    public void Detects_the_delimiter(string delimiter)
    {
        var path = files.Write("d.csv", $"a{delimiter}b{delimiter}c\n1{delimiter}2{delimiter}3\n4{delimiter}5{delimiter}6\n");
        var table = CsvTableReader.Load(path);
        Assert.Equal(["a", "b", "c"], table.ColumnNames);
        Assert.Equal(2, table.RowCount);
        Assert.Equal("6", table["c"].GetValue(1));
    }

    [Fact]
    public void Uses_a_given_delimiter()
    {
        var path = files.Write("d.csv", "a;b,c\n1;2,3\n");
        var table = CsvTableReader.Load(path, new CsvLoadOptions { Delimiter = ';' });
        Assert.Equal(["a", "b,c"], table.ColumnNames);
        Assert.Equal("2,3", table["b,c"].GetValue(0));
    }

    [Fact]
    public void Reads_utf8_with_and_without_bom()
    {
        var withBom = files.Write("bom.csv", "ort,kön\nMalmö,K\nÅre,M\n", new UTF8Encoding(true));
        var without = files.Write("nobom.csv", "ort,kön\nMalmö,K\nÅre,M\n", new UTF8Encoding(false));
        foreach (var path in new[] { withBom, without })
        {
            var table = CsvTableReader.Load(path);
            Assert.Equal(["ort", "kön"], table.ColumnNames);
            Assert.Equal("Malmö", table["ort"].GetValue(0));
            Assert.Equal("Åre", table["ort"].GetValue(1));
        }
    }

    [Fact]
    public void Falls_back_to_windows_1252_for_latin1_files()
    {
        // "ort;län\nGävle;Gävleborgs län\nÖrebro;Örebro län\n" in Windows-1252: ä = E4, Ö = D6.
        var text = "ort;län\nGävle;Gävleborgs län\nÖrebro;Örebro län\nUmeå;Västerbottens län\n";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes(text);
        Assert.Contains((byte)0xE4, bytes);
        var path = files.WriteBytes("latin1.csv", bytes);
        var table = CsvTableReader.Load(path);
        Assert.Equal(["ort", "län"], table.ColumnNames);
        Assert.Equal("Gävle", table["ort"].GetValue(0));
        Assert.Equal("Örebro", table["ort"].GetValue(1));
        Assert.Equal("Umeå", table["ort"].GetValue(2));
        Assert.Equal("Västerbottens län", table["län"].GetValue(2));
    }

    [Fact]
    public void Reads_quoted_fields_with_delimiters_quotes_and_newlines()
    {
        var path = files.Write("q.csv", "id,note\n1,\"a,b\"\n2,\"line1\nline2\"\n3,\"say \"\"hi\"\"\"\n");
        var table = CsvTableReader.Load(path);
        Assert.Equal(3, table.RowCount);
        Assert.Equal("a,b", table["note"].GetValue(0));
        Assert.Equal("line1\nline2", table["note"].GetValue(1));
        Assert.Equal("say \"hi\"", table["note"].GetValue(2));
    }

    [Fact]
    public void Empty_and_NA_are_missing_by_default()
    {
        var path = files.Write("m.csv", "a,b\n,x\nNA,y\nna,z\n");
        var a = CsvTableReader.Load(path)["a"];
        Assert.True(a.IsMissing(0));
        Assert.True(a.IsMissing(1));
        Assert.False(a.IsMissing(2));
        Assert.Equal(2, a.MissingCount);
        Assert.Equal(1, a.DistinctCount);
    }

    [Fact]
    public void Missing_markers_are_configurable()
    {
        var path = files.Write("m.csv", "a\n\nNA\n-\n");
        var a = CsvTableReader.Load(path, new CsvLoadOptions { MissingValues = MissingValues.Parse("-") })["a"];
        // An empty line is skipped as an empty record; NA is now a value; '-' is missing.
        Assert.Equal(2, a.RowCount);
        Assert.False(a.IsMissing(0));
        Assert.True(a.IsMissing(1));
    }

    [Fact]
    public void Columns_are_dictionary_encoded_in_order_of_first_appearance()
    {
        var path = files.Write("e.csv", "c\nx\ny\nx\n\nz\ny\n");
        var c = CsvTableReader.Load(path)["c"];
        Assert.Equal([1, 2, 1, 3, 2], c.Codes.ToArray());
        Assert.Equal(3, c.DistinctCount);
        Assert.Equal(4, c.Cardinality);
        Assert.Equal("z", c.ValueOf(3));
        Assert.Null(c.ValueOf(Column.MissingCode));
    }

    [Fact]
    public void Loads_only_the_columns_asked_for()
    {
        var path = files.Write("s.csv", "a,b,c\n1,2,3\n");
        var table = CsvTableReader.Load(path, new CsvLoadOptions { Columns = ["c", "a"] });
        Assert.Equal(["c", "a"], table.ColumnNames);
    }

    [Fact]
    public void Never_modifies_the_input_file()
    {
        var path = files.Write("keep.csv", "a,b\n1,2\n3,4\n");
        var before = SHA256.HashData(File.ReadAllBytes(path));
        var stamp = File.GetLastWriteTimeUtc(path);
        CsvTableReader.Load(path);
        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(path)));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void Trims_spaces_around_values_as_arx_does_unless_told_not_to()
    {
        var path = files.Write("ws.csv", "a,b\n x ,1\n\" x\",2\nx,3\n");
        Assert.Equal(1, CsvTableReader.Load(path)["a"].DistinctCount);
        Assert.Equal(3, CsvTableReader.Load(path, new CsvLoadOptions { TrimWhitespace = false })["a"].DistinctCount);
    }
}
