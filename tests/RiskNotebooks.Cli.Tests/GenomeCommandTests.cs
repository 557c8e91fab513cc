using System.Text.Json;

namespace RiskNotebooks.Cli.Tests;

public sealed class GenomeCommandTests : IDisposable
{
    private const string Marker = "ZZMARKER44";
    private static readonly string Cohort = Path.Combine(AppContext.BaseDirectory, "TestData", "genomics", "synthetic-cohort.vcf.gz");
    private static readonly string Reference = Path.Combine(AppContext.BaseDirectory, "TestData", "genomics", "reference-frequencies.csv");
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void The_bundled_cohort_is_unique_everywhere_and_the_card_names_no_sample()
    {
        var (code, output, error) = Cli.Run("genome", Cohort, "--population", "10500000", "--min-distance", "100000");
        Assert.True(code == 0, error);
        Assert.Contains("Samples (200) in a population of 10,500,000", output);
        Assert.Contains("200 of 200 (100.0%)", output);
        Assert.Contains("skipped: within 100,000 bp of the last site used", output);
        Assert.DoesNotContain("sample0", output);
    }

    [Fact]
    public void Json_gives_the_panel_and_the_samples_as_aggregates()
    {
        var (code, output, error) = Cli.Run("genome", Cohort, "--frequency-table", Reference, "--format", "json");
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("synthetic-cohort.vcf.gz", root.GetProperty("source").GetString());
        Assert.Equal("table", root.GetProperty("parameters").GetProperty("frequencies").GetString());
        Assert.Equal(2000, root.GetProperty("sites").GetProperty("used").GetInt64());
        Assert.Equal(200, root.GetProperty("samples").GetProperty("count").GetInt32());
        Assert.True(root.GetProperty("panel").GetProperty("typicalSitesForTarget").GetInt64() > 20);
        Assert.DoesNotContain("sample0", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_and_report_are_written_only_on_request_and_the_report_has_no_sample_names()
    {
        var records = Path.Combine(temp.Path, "samples.csv");
        var report = Path.Combine(temp.Path, "genome.html");
        var (code, _, error) = Cli.Run("genome", Cohort, "--records", records, "--report", report);
        Assert.True(code == 0, error);
        var lines = File.ReadAllLines(records);
        Assert.Equal("sample,called_sites,log10_match_probability,expected_matches,probability_unique", lines[0]);
        Assert.Equal(201, lines.Length);
        Assert.StartsWith("sample0001,", lines[1], StringComparison.Ordinal);
        var html = File.ReadAllText(report);
        Assert.Contains("Genotypes", html, StringComparison.Ordinal);
        Assert.DoesNotContain("sample0", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal); // the page may load nothing
        Assert.DoesNotMatch(@"<(script|link|img|iframe)[^>]*\b(src|href)\s*=\s*[""']?(https?:)?//", html);
        Assert.Contains("Unique among 8,000,000,000 people", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_input_exits_2_naming_the_line_and_column_without_values()
    {
        var vcf = temp.Write("bad.vcf", $"##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t{Marker}\n1\t5\t.\tA\tG\t.\tPASS\t.\tGT\t{Marker}\n");
        var (code, output, error) = Cli.Run("genome", vcf);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("bad.vcf, line 3, column 10", error, StringComparison.Ordinal);
        Assert.DoesNotContain(Marker, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--population", "1", "--population")]
    [InlineData("--target", "1", "--target")]
    [InlineData("--frequencies", "hapmap", "--frequencies")]
    public void Bad_options_exit_2_naming_the_option(string option, string value, string named)
    {
        var (code, _, error) = Cli.Run("genome", Cohort, option, value);
        Assert.Equal(2, code);
        Assert.Contains(named, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Frequencies_from_info_and_a_table_together_are_refused()
    {
        var (code, _, error) = Cli.Run("genome", Cohort, "--frequencies", "info", "--frequency-table", Reference);
        Assert.Equal(2, code);
        Assert.Contains("--frequency-table", error, StringComparison.Ordinal);
    }
}
