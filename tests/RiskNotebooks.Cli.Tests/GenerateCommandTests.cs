using RiskNotebooks.Data;

namespace RiskNotebooks.Cli.Tests;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void The_same_seed_gives_the_same_file()
    {
        var a = Path.Combine(temp.Path, "a.csv");
        var b = Path.Combine(temp.Path, "b.csv");
        Assert.Equal(0, Cli.Run("generate", "registry", "--rows", "500", "--seed", "7", "--output", a).ExitCode);
        Assert.Equal(0, Cli.Run("generate", "registry", "--rows", "500", "--seed", "7", "--output", b).ExitCode);
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
        var c = Path.Combine(temp.Path, "c.csv");
        Assert.Equal(0, Cli.Run("generate", "registry", "--rows", "500", "--seed", "8", "--output", c).ExitCode);
        Assert.NotEqual(File.ReadAllBytes(a), File.ReadAllBytes(c));
    }

    [Fact]
    public void The_registry_has_the_documented_columns_and_loads()
    {
        var path = Path.Combine(temp.Path, "r.csv");
        Assert.Equal(0, Cli.Run("generate", "registry", "--rows", "1000", "--seed", "1", "-o", path).ExitCode);
        var table = CsvTableReader.Load(path);
        Assert.Equal(1000, table.RowCount);
        Assert.Equal(["birth_date", "sex", "postcode", "municipality", "county", "country_of_birth", "education", "diagnosis", "admission_date", "discharge_date", "weight"], table.ColumnNames);
        Assert.Empty(Directory.GetFiles(temp.Path, "*.tmp"));
    }

    [Fact]
    public void Zero_rows_is_an_option_error()
    {
        var (code, _, error) = Cli.Run("generate", "registry", "--rows", "0");
        Assert.Equal(2, code);
        Assert.Contains("--rows", error);
    }

    [Fact]
    public void A_missing_output_folder_is_an_option_error()
    {
        var (code, _, error) = Cli.Run("generate", "registry", "--rows", "10", "--output", Path.Combine(temp.Path, "no", "x.csv"));
        Assert.Equal(2, code);
        Assert.Contains("--output", error);
    }
}
