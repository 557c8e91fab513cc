using System.Text.Json;
using DuckDB.NET.Data;

namespace RiskNotebooks.Cli.Tests;

/// <summary><c>risknb reid</c> on a Parquet file and with <c>--db</c>: the same figures as on the CSV, and no secret in any message.</summary>
public sealed class ReidSourcesCommandTests : IDisposable
{
    private const string Qis = "sex,age,race,marital-status,education,native-country,workclass,occupation";
    private static readonly string Adult = Path.Combine(AppContext.BaseDirectory, "TestData", "adult.csv");
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void A_parquet_file_gives_the_figures_of_the_same_csv()
    {
        var parquet = Path.Combine(temp.Path, "adult.parquet");
        using (var connection = new DuckDBConnection("Data Source=:memory:"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"COPY (SELECT * FROM read_csv('{Adult}', delim = ';', header = true)) TO '{parquet}' (FORMAT parquet)";
            command.ExecuteNonQuery();
        }

        var csv = Json("reid", Adult, "--qi", Qis, "--sampling-fraction", "0.1", "--subsets", "--format", "json");
        var fromParquet = Json("reid", parquet, "--qi", Qis, "--sampling-fraction", "0.1", "--subsets", "--format", "json");
        foreach (var property in csv.EnumerateObject().Where(p => p.Name != "source"))
        {
            Assert.Equal(property.Value.GetRawText(), fromParquet.GetProperty(property.Name).GetRawText());
        }
    }

    [Fact]
    public void Duckdb_reading_the_csv_in_place_gives_the_class_size_figures_of_the_in_memory_engine()
    {
        var inMemory = Json("reid", Adult, "--qi", Qis, "--sampling-fraction", "0.1", "--subsets", "--format", "json");
        var pushed = Json("reid", Adult, "--db", "duckdb", "--delimiter", ";", "--qi", Qis, "--sampling-fraction", "0.1", "--subsets", "--format", "json");
        Assert.Equal("duckdb", pushed.GetProperty("computedIn").GetString());
        foreach (var name in new[] { "records", "classes", "minClassSize", "maxClassSize", "classSizeHistogram", "prosecutor", "journalist", "marketer", "sampleUniqueness", "kAnonymityViolations", "populationUniqueness" })
        {
            Assert.Equal(inMemory.GetProperty(name).GetRawText(), pushed.GetProperty(name).GetRawText());
        }

        Assert.Equal(255, pushed.GetProperty("attributeRisks").GetArrayLength());
        var (code, text, error) = Cli.Run("reid", Adult, "--db", "duckdb", "--delimiter", ";", "--qi", "sex,age");
        Assert.True(code == 0, error);
        Assert.Contains("classes counted in duckdb", text);
    }

    [Fact]
    public void A_password_in_the_connection_string_is_refused_and_not_repeated()
    {
        var (code, output, error) = Cli.Run("reid", "--db", "Host=db.example;Database=registry;Username=me;Password=hunter2-secret", "--table", "patients", "--qi", "sex");
        Assert.NotEqual(0, code);
        Assert.Contains("--db", error);
        Assert.Contains("PGPASSWORD", error);
        Assert.DoesNotContain("hunter2", error + output);
    }

    [Theory]
    [InlineData("--weight", "w")]
    [InlineData("--suda", null)]
    [InlineData("--sensitive", "salary-class")]
    public void Measures_that_need_the_records_are_refused_with_db(string option, string? value)
    {
        string[] args = ["reid", Adult, "--db", "duckdb", "--delimiter", ";", "--qi", "sex,age", option];
        var (code, _, error) = Cli.Run(value is null ? args : [.. args, value]);
        Assert.NotEqual(0, code);
        Assert.Contains(option, error);
        Assert.Contains("needs the records", error);
    }

    [Fact]
    public void Table_without_db_is_an_option_error()
    {
        var (code, _, error) = Cli.Run("reid", Adult, "--table", "t", "--qi", "sex");
        Assert.NotEqual(0, code);
        Assert.Contains("--table", error);
    }

    private static JsonElement Json(params string[] args)
    {
        var (code, output, error) = Cli.Run(args);
        Assert.True(code == 0, error);
        return JsonDocument.Parse(output).RootElement.Clone();
    }
}
