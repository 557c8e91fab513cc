using System.Text;
using RiskNotebooks.Data;

namespace RiskNotebooks.Tests.Data;

/// <summary>
/// The large-table reader builds the same table as CsvHelper's path, or declines the file; and a large bad file fails
/// with the same message whichever reader saw it first.
/// </summary>
public sealed class UnquotedCsvReaderTests : IDisposable
{
    private const string Secret = "19121212-1212";
    private readonly TempFiles files = new();

    public void Dispose() => files.Dispose();

    public static TheoryData<int> ChunkSizes => [7, 64, 1000, 1 << 20];

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Builds_the_same_table_as_CsvHelper_whatever_the_chunk_size(int chunkSize)
    {
        var path = files.Write("plain.csv", Generate(rows: 3000, seed: 1, separator: ';', lineEnd: "\n", finalLineEnd: true));
        AssertSameAsCsvHelper(path, CsvLoadOptions.Default, chunkSize);
        AssertSameAsCsvHelper(path, CsvLoadOptions.Default with { Columns = ["zip", "sex"] }, chunkSize);
    }

    [Theory]
    [MemberData(nameof(ChunkSizes))]
    public void Crlf_a_missing_final_line_feed_a_bom_and_untrimmed_cells_read_alike(int chunkSize)
    {
        var text = Generate(rows: 2000, seed: 2, separator: ',', lineEnd: "\r\n", finalLineEnd: false);
        var path = files.WriteBytes("crlf.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);
        AssertSameAsCsvHelper(path, CsvLoadOptions.Default, chunkSize);
        AssertSameAsCsvHelper(path, CsvLoadOptions.Default with { TrimWhitespace = false, MissingValues = new MissingValues(["-", "NA"]) }, chunkSize);
        AssertSameAsCsvHelper(path, CsvLoadOptions.Default with { Delimiter = ',' }, chunkSize);
    }

    [Fact]
    public void A_line_longer_than_a_chunk_and_thousands_of_distinct_values_read_alike()
    {
        var builder = new StringBuilder("id|long|sex\n");
        for (var r = 0; r < 5000; r++)
        {
            builder.Append("person-").Append(r).Append('|').Append(new string('x', r % 97 == 0 ? 300 : r % 40)).Append("åäö").Append('|').Append(r % 3 == 0 ? "F" : "M").Append('\n');
        }

        var path = files.Write("wide.csv", builder.ToString());
        AssertSameAsCsvHelper(path, CsvLoadOptions.Default, chunkSize: 100);
        var table = UnquotedCsvReader.TryLoad(path, CsvLoadOptions.Default, 0, default, chunkSize: 100)!;
        Assert.Equal(5000, table["id"].DistinctCount);
    }

    [Theory]
    [InlineData("quoted", "a;b\n1;\"x\"\n")]
    [InlineData("empty line", "a;b\n1;2\n\n3;4\n")]
    [InlineData("ragged", "a;b\n1;2\n3\n")]
    [InlineData("too many fields", "a;b\n1;2\n3;4;5\n")]
    [InlineData("lone carriage return", "a;b\n1;2\r3;4\n")]
    [InlineData("sep line", "sep=;\na;b\n1;2\n")]
    public void Declines_what_is_not_plain(string what, string text)
    {
        var path = files.Write("odd.csv", text);
        Assert.True(UnquotedCsvReader.TryLoad(path, CsvLoadOptions.Default, 0, default, chunkSize: 5) is null, what);
    }

    [Fact]
    public void Declines_latin1_and_small_files()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var latin = files.WriteBytes("latin.csv", Encoding.GetEncoding(1252).GetBytes("ort;län\nGävle;X\n"));
        Assert.Null(UnquotedCsvReader.TryLoad(latin, CsvLoadOptions.Default, 0, default));
        var small = files.Write("small.csv", "a;b\n1;2\n");
        Assert.Null(UnquotedCsvReader.TryLoad(small, CsvLoadOptions.Default, UnquotedCsvReader.MinimumFileSize, default));
    }

    [Theory]
    [InlineData("ragged", "{0},F\n", "the row has 2 fields, the header has 3")]
    [InlineData("quote", "{0},\"F\"x,1\n", "bad quoting")]
    [InlineData("extra", "{0},F,1,2\n", "the row has 4 fields")]
    public void A_large_bad_file_fails_with_the_message_of_the_robust_path(string name, string badRow, string expected)
    {
        // Over the size where Load tries the large-table reader first: the bad row comes after 8 MiB of good ones.
        var good = $"{Secret},M,12345\n";
        var builder = new StringBuilder("pnr,sex,zip\n");
        var rows = (int)(UnquotedCsvReader.MinimumFileSize / good.Length) + 10;
        for (var r = 0; r < rows; r++)
        {
            builder.Append(good);
        }

        builder.Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, badRow, Secret));
        var path = files.Write(name + ".csv", builder.ToString());
        Assert.True(new FileInfo(path).Length >= UnquotedCsvReader.MinimumFileSize);

        var robust = Assert.Throws<InputFormatException>(() => CsvTableReader.LoadWithCsvHelper(path, CsvLoadOptions.Default, default));
        var loaded = Assert.Throws<InputFormatException>(() => CsvTableReader.Load(path));
        Assert.Equal(robust.Message, loaded.Message);
        Assert.Equal(rows + 2, loaded.Line);
        Assert.Contains(expected, loaded.Message);
        Assert.DoesNotContain(Secret, loaded.Message);
    }

    [Fact]
    public void An_unknown_column_in_a_large_file_is_reported_as_for_a_small_one()
    {
        var builder = new StringBuilder("pnr;sex;zip\n");
        while (builder.Length < UnquotedCsvReader.MinimumFileSize + 100)
        {
            builder.Append(Secret).Append(";F;12345\n");
        }

        var path = files.Write("unknown.csv", builder.ToString());
        var options = CsvLoadOptions.Default with { Columns = ["sex", "postcode"] };
        var robust = Assert.Throws<UnknownColumnException>(() => CsvTableReader.LoadWithCsvHelper(path, options, default));
        var loaded = Assert.Throws<UnknownColumnException>(() => CsvTableReader.Load(path, options));
        Assert.Equal(robust.Message, loaded.Message);
    }

    private static void AssertSameAsCsvHelper(string path, CsvLoadOptions options, int chunkSize)
    {
        var expected = CsvTableReader.LoadWithCsvHelper(path, options, default);
        var actual = UnquotedCsvReader.TryLoad(path, options, 0, default, chunkSize);
        Assert.NotNull(actual);
        Assert.Equal(expected.ColumnNames, actual.ColumnNames);
        Assert.Equal(expected.RowCount, actual.RowCount);
        for (var c = 0; c < expected.Columns.Count; c++)
        {
            var (e, a) = (expected.Columns[c], actual.Columns[c]);
            Assert.Equal(e.Cardinality, a.Cardinality);
            Assert.Equal(e.MissingCount, a.MissingCount);
            Assert.True(e.Codes.SequenceEqual(a.Codes), $"codes of {e.Name}");
            for (var code = 1; code < e.Cardinality; code++)
            {
                Assert.Equal(e.ValueOf(code), a.ValueOf(code));
            }
        }

        foreach (var row in new[] { 0, expected.RowCount / 2, expected.RowCount - 1 })
        {
            Assert.Equal(expected.LineOf(row), actual.LineOf(row));
        }
    }

    /// <summary>Rows of a small registry with repeated and missing values, spaces and tabs around some cells, and non-ASCII text.</summary>
    private static string Generate(int rows, int seed, char separator, string lineEnd, bool finalLineEnd)
    {
        var random = new Random(seed);
        string[] sexes = ["F", "M", " F", "M\t", "NA", ""];
        string[] places = ["Gävle", "Örebro", "Malmö ", "Luleå", "NA", "-", "Umeå"];
        var builder = new StringBuilder($"sex{separator}birth_year{separator}zip{separator}place{separator}note").Append(lineEnd);
        for (var r = 0; r < rows; r++)
        {
            builder.Append(sexes[random.Next(sexes.Length)]).Append(separator)
                .Append(1930 + random.Next(80)).Append(separator)
                .Append(random.Next(10) == 0 ? "" : (10000 + random.Next(400)).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(separator)
                .Append(places[random.Next(places.Length)]).Append(separator)
                .Append(random.Next(5) == 0 ? "  " : "ok");
            if (r < rows - 1 || finalLineEnd)
            {
                builder.Append(lineEnd);
            }
        }

        return builder.ToString();
    }
}
