using System.Globalization;
using System.Text;
using Parquet;
using Parquet.Schema;
using RiskNotebooks.Data;
using RiskNotebooks.Sources.Parquet;

namespace RiskNotebooks.Sources.Tests.Parquet;

/// <summary>A Parquet file reads into the same table as the same data written as CSV: same codes, values and missing cells.</summary>
public sealed class ParquetTableReaderTests : IDisposable
{
    private readonly TempFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public async Task Reads_the_same_table_as_the_same_data_in_csv()
    {
        var (parquet, csv) = await WriteBoth(rows: 5000, rowGroups: 3);
        var fromCsv = CsvTableReader.Load(csv);
        var fromParquet = ParquetTableReader.Load(parquet);
        AssertSame(fromCsv, fromParquet);

        var options = CsvLoadOptions.Default with { Columns = ["zip", "SEX"], MissingValues = new MissingValues(["", "NA", "-"]) };
        AssertSame(CsvTableReader.Load(csv, options), ParquetTableReader.Load(parquet, options));
        Assert.Null(fromParquet.LineOf(0));
        Assert.Equal("row 3", fromParquet.DescribeRow(2));
    }

    [Fact]
    public async Task Without_trimming_padded_values_stay_distinct_as_in_csv()
    {
        var (parquet, csv) = await WriteBoth(rows: 500, rowGroups: 1);
        var options = CsvLoadOptions.Default with { TrimWhitespace = false };
        AssertSame(CsvTableReader.Load(csv, options), ParquetTableReader.Load(parquet, options));
    }

    [Fact]
    public async Task An_unknown_column_is_reported_with_the_file_and_the_columns_it_has()
    {
        var (parquet, _) = await WriteBoth(rows: 10, rowGroups: 1);
        var e = Assert.Throws<UnknownColumnException>(() => ParquetTableReader.Load(parquet, CsvLoadOptions.Default with { Columns = ["postcode"] }));
        Assert.Contains("postcode", e.Message);
        Assert.Contains(parquet, e.Message);
        Assert.Contains("zip", e.Message);
    }

    [Fact]
    public void A_file_that_is_not_parquet_is_an_input_error_that_names_it_and_no_value()
    {
        var path = files.Write("fake.parquet", "pnr,sex\n19121212-1212,F\n");
        var e = Assert.Throws<InputFormatException>(() => ParquetTableReader.Load(path));
        Assert.Contains(path, e.Message);
        Assert.Contains("not a Parquet file", e.Message);
        Assert.DoesNotContain("19121212", e.Message);
        var missing = Assert.Throws<InputFormatException>(() => ParquetTableReader.Load(files.PathOf("none.parquet")));
        Assert.Contains("does not exist", missing.Message);
    }

    [Theory]
    [InlineData("data.parquet", true)]
    [InlineData("DATA.PQ", true)]
    [InlineData("data.csv", false)]
    public void Parquet_files_are_known_by_their_extension(string path, bool expected)
        => Assert.Equal(expected, ParquetTableReader.IsParquetPath(path));

    internal static void AssertSame(Table expected, Table actual)
    {
        Assert.Equal(expected.ColumnNames, actual.ColumnNames);
        Assert.Equal(expected.RowCount, actual.RowCount);
        for (var c = 0; c < expected.Columns.Count; c++)
        {
            var (e, a) = (expected.Columns[c], actual.Columns[c]);
            Assert.Equal(e.MissingCount, a.MissingCount);
            Assert.Equal(e.Cardinality, a.Cardinality);
            Assert.True(e.Codes.SequenceEqual(a.Codes), $"codes of {e.Name}");
            for (var code = 1; code < e.Cardinality; code++)
            {
                Assert.Equal(e.ValueOf(code), a.ValueOf(code));
            }
        }
    }

    /// <summary>The same records as Parquet (a nullable text, a nullable integer, a required text column; several row groups) and as CSV (null as an empty cell).</summary>
    private async Task<(string Parquet, string Csv)> WriteBoth(int rows, int rowGroups)
    {
        var random = new Random(rows);
        string?[] sexes = ["F", "M", " F", "M\t", "NA", null, "-"];
        var sex = new string?[rows];
        var age = new int?[rows];
        var zip = new string[rows];
        var csv = new StringBuilder("sex,age,zip\n");
        for (var r = 0; r < rows; r++)
        {
            sex[r] = sexes[random.Next(sexes.Length)];
            age[r] = random.Next(12) == 0 ? null : 17 + random.Next(70);
            zip[r] = random.Next(20) == 0 ? "NA" : "1" + random.Next(300).ToString("000", CultureInfo.InvariantCulture) + " Å";
            csv.Append(sex[r]).Append(',').Append(age[r]?.ToString(CultureInfo.InvariantCulture)).Append(',').Append(zip[r]).Append('\n');
        }

        var fields = new DataField[] { new DataField<string>("sex", true), new DataField<int?>("age"), new DataField<string>("zip", false) };
        var path = files.PathOf($"table-{rows}.parquet");
        await using (var stream = File.Create(path))
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream))
        {
            var per = (rows + rowGroups - 1) / rowGroups;
            for (var start = 0; start < rows; start += per)
            {
                var count = Math.Min(per, rows - start);
                using var group = writer.CreateRowGroup();
                await group.WriteAsync(fields[0], sex.Skip(start).Take(count).ToArray());
                await group.WriteAsync<int>(fields[1], age.AsMemory(start, count));
                await group.WriteAsync(fields[2], zip.Skip(start).Take(count).ToArray());
            }
        }

        return (path, files.Write($"table-{rows}.csv", csv.ToString()));
    }
}
