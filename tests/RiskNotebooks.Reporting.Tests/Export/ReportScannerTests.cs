using RiskNotebooks.Data;

namespace RiskNotebooks.Reporting.Tests.Export;

/// <summary>Every result kind exported in every format, each file opened and scanned for what a report must never hold.</summary>
public sealed class ReportScannerTests : IClassFixture<ReportSamples>, IDisposable
{
    private readonly ReportSamples samples;
    private readonly string folder = Directory.CreateTempSubdirectory("risknb-scan-").FullName;

    public ReportScannerTests(ReportSamples samples) => this.samples = samples;

    public static TheoryData<string, string> KindsAndFormats
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var kind in Reporting.Export.ResultReport.Kinds)
            {
                foreach (var extension in new[] { ".html", ".docx", ".md", ".json" })
                {
                    data.Add(kind, extension);
                }
            }

            return data;
        }
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [MemberData(nameof(KindsAndFormats))]
    public void No_exported_report_holds_a_small_count_a_record_value_a_marker_a_path_or_a_network_reference(string kind, string extension)
    {
        var path = Path.Combine(folder, kind + extension);
        samples.Reports[kind].Save(path, "--report", MinimumCellSize.Default);
        var problems = ReportScanner.Scan(path, MinimumCellSize.DefaultValue, [.. ReportSamples.RecordValues, ReportSamples.SecretFolder]);
        Assert.True(problems.Count == 0, $"{kind}{extension}:\n" + string.Join("\n", problems.Distinct().Take(20)));
    }

    [Fact]
    public void The_scanner_finds_what_it_looks_for()
    {
        var path = Path.Combine(folder, "planted.md");
        File.WriteAllText(path, "# t\n\n3 records share it. See https://cdn.example/x.js.\n\n| site | visitors |\n| --- | ---: |\n| a | 2 |\n\nZZMARKER55\n");
        var problems = ReportScanner.Scan(path, 5, [ReportSamples.Marker]);
        Assert.Contains(problems, p => p.Contains("'3 records'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("https://cdn.example", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("small count 2", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains(ReportSamples.Marker, StringComparison.Ordinal));
    }
}
