using System.Globalization;
using Parquet;
using Parquet.Schema;
using RiskNotebooks.Kernel.Display;
using RiskNotebooks.Kernel.Execution;
using RiskNotebooks.Kernel.Magic;

namespace RiskNotebooks.Kernel.Tests.Magic;

/// <summary>Registries beyond CSV in our kernel: a Parquet file, and the class sizes counted by DuckDB (<c>--db</c>).</summary>
public sealed class RegistrySourceMagicTests : IDisposable
{
    private const string Marker = "ZQXMARKER5512";
    private readonly string folder = Directory.CreateTempSubdirectory("risknb-kernel-sources-").FullName;
    private readonly ExecutionEngine engine = new(new RiskMagicCommands());

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private async Task<(CellResult Result, RecordingOutput Output)> Run(string code)
    {
        var output = new RecordingOutput();
        return (await engine.ExecuteAsync(code, output), output);
    }

    private static string Html(RecordingOutput output) => string.Concat(output.Displays.Select(d => d.Data.GetValueOrDefault(MimeBundle.Html, string.Empty)));

    [Fact]
    public async Task A_parquet_file_and_a_duckdb_count_give_the_csvs_figures()
    {
        var (csv, parquet) = await Write(400);
        Assert.True((await Run($"#!reid \"{csv}\" --qi sex,age,zip --as fromCsv")).Result.Succeeded);

        var (load, loaded) = await Run($"#!risk-load \"{parquet}\" --name registry");
        Assert.True(load.Succeeded, load.Error?.Value);
        Assert.Equal("400", (await Run("registry.RowCount")).Result.Value!.Text);
        Assert.Contains("risknb-table", Html(loaded));
        var (reid, shown) = await Run($"#!reid \"{parquet}\" --qi sex,age,zip --as fromParquet");
        Assert.True(reid.Succeeded, reid.Error?.Value);
        Assert.Contains("Re-identification risk", Html(shown));

        var (db, counted) = await Run($"#!reid \"{csv}\" --db duckdb --qi sex,age,zip --as inDuckDb");
        Assert.True(db.Succeeded, db.Error?.Value);
        Assert.Contains("Classes counted in the database", Html(counted));
        Assert.Contains(counted.Displays, d => d.Data.ContainsKey(MimeBundle.PlotlyJson));

        foreach (var expression in new[] { "MinClassSize", "ClassCount", "Prosecutor.AverageRisk", "Prosecutor.RecordsAtRisk", "SampleUniqueness" })
        {
            var expected = (await Run($"fromCsv.{expression}")).Result.Value!.Text;
            Assert.Equal(expected, (await Run($"fromParquet.{expression}")).Result.Value!.Text);
            Assert.Equal(expected, (await Run($"inDuckDb.{expression}")).Result.Value!.Text);
        }

        Assert.DoesNotContain(Marker, Html(shown) + Html(counted), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_database_options_are_checked_as_on_the_command_line()
    {
        var (csv, _) = await Write(20);
        Assert.Equal("--table: only applies with --db.", (await Run($"#!reid \"{csv}\" --qi sex --table t")).Result.Error!.Value);
        Assert.Equal(
            "--sensitive: needs the records, and with --db only class sizes leave the database: measure a file without --db.",
            (await Run($"#!reid \"{csv}\" --db duckdb --qi sex --sensitive zip")).Result.Error!.Value);
        Assert.Equal(
            "--qi: name the quasi-identifier columns, e.g. --qi birth_date,sex,postcode.",
            (await Run($"#!reid \"{csv}\" --db duckdb")).Result.Error!.Value);
    }

    /// <summary>The same records as a CSV and a Parquet file; zip codes carry a planted marker.</summary>
    private async Task<(string Csv, string Parquet)> Write(int rows)
    {
        var random = new Random(rows);
        var sex = new string[rows];
        var age = new int[rows];
        var zip = new string[rows];
        var text = new System.Text.StringBuilder("sex,age,zip\n");
        for (var r = 0; r < rows; r++)
        {
            sex[r] = random.Next(2) == 0 ? "F" : "M";
            age[r] = 20 + random.Next(8);
            zip[r] = Marker + random.Next(6).ToString(CultureInfo.InvariantCulture);
            text.Append(sex[r]).Append(',').Append(age[r].ToString(CultureInfo.InvariantCulture)).Append(',').Append(zip[r]).Append('\n');
        }

        var csv = Path.Combine(folder, $"registry-{rows}.csv");
        File.WriteAllText(csv, text.ToString());
        var parquet = Path.Combine(folder, $"registry-{rows}.parquet");
        var fields = new DataField[] { new DataField<string>("sex"), new DataField<int>("age"), new DataField<string>("zip") };
        await using (var stream = File.Create(parquet))
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream))
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(fields[0], sex);
            await group.WriteAsync<int>(fields[1], age.AsMemory());
            await group.WriteAsync(fields[2], zip);
        }

        return (csv, parquet);
    }
}
