using System.Text.Json;
using RiskNotebooks.Data.Json;

namespace RiskNotebooks.Cli.Tests;

/// <summary><c>risknb report ASSESSMENT --format html|docx|md|json --out FILE</c>, and <c>--report FILE</c> in every format.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private static readonly string Example = Path.Combine(AppContext.BaseDirectory, "datasets", "assessments", "demo-registry-enclave.assessment.json");
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("docx", "PK")]
    [InlineData("md", "# Risk assessment: demo-registry-enclave.assessment.json")]
    [InlineData("json", "{")]
    [InlineData("html", "<!DOCTYPE html>")]
    public void A_whole_assessment_becomes_one_report_in_the_format_asked(string format, string start)
    {
        var path = Path.Combine(temp.Path, "assessment." + format);
        var (code, output, error) = Cli.Run("report", Example, "--format", format, "--out", path);
        Assert.True(code == 0, error);
        Assert.Empty(output);
        Assert.Contains("wrote the report to", error);
        Assert.StartsWith(start, File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(temp.Path));                              // no temporary file left
    }

    [Fact]
    public void The_json_report_of_an_assessment_follows_the_report_schema()
    {
        var path = Path.Combine(temp.Path, "a.json");
        Assert.Equal(0, Cli.Run("report", Example, "--out", path, "--min-cell-size", "10").ExitCode);
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        Assert.Empty(JsonSchema.FromResource("RiskNotebooks.Schemas.report.schema.json").Validate(json.RootElement));
        Assert.Equal("assess", json.RootElement.GetProperty("kind").GetString());
        Assert.Equal(10, json.RootElement.GetProperty("minimumCellSize").GetInt32());
    }

    [Theory]
    [InlineData("--out", "a.pdf", null, "--out")]
    [InlineData("--out", "a.md", "docx", "--out")]
    [InlineData("--out", "a.md", "pdf", "--format")]
    public void A_wrong_format_or_file_fails_before_any_work_and_names_the_option(string _, string name, string? format, string option)
    {
        string[] args = format is null
            ? ["report", Example, "--out", Path.Combine(temp.Path, name)]
            : ["report", Example, "--out", Path.Combine(temp.Path, name), "--format", format];
        var (code, _, error) = Cli.Run(args);
        Assert.Equal(2, code);
        Assert.Contains(option + ":", error);
        Assert.Empty(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void A_minimum_cell_size_below_1_is_refused_naming_the_option()
    {
        var (code, _, error) = Cli.Run("reid", "--report", Path.Combine(temp.Path, "r.docx"), "--min-cell-size", "0");
        Assert.Equal(2, code);
        Assert.Contains("--min-cell-size", error);
    }

    [Theory]
    [InlineData("r.docx")]
    [InlineData("r.md")]
    [InlineData("r.json")]
    public void Report_of_a_measuring_command_writes_the_format_of_its_extension(string name)
    {
        var path = Path.Combine(temp.Path, name);
        var (code, _, error) = Cli.Run("reid", "--report", path, "--min-cell-size", "10");
        Assert.True(code == 0, error);
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 500);
        if (name.EndsWith(".md", StringComparison.Ordinal))
        {
            Assert.Contains("minimum cell size 10", File.ReadAllText(path));
        }
    }
}
