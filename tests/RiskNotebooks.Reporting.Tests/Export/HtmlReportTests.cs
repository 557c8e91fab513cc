using RiskNotebooks.Data;
using RiskNotebooks.Location;
using RiskNotebooks.Registry;
using RiskNotebooks.Registry.Attributes;
using RiskNotebooks.Reporting.Export;

namespace RiskNotebooks.Reporting.Tests.Export;

public sealed class HtmlReportTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("risknb-report-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_reidentification_report_has_the_card_and_charts_offline_and_no_values()
    {
        var rows = Enumerable.Range(0, 60).Select(i => (IReadOnlyList<string?>)[i == 7 ? "Zebulon-Quist" : $"name{i % 9}", i % 2 == 0 ? "F" : "M", $"1{i % 13:00}"]).ToList();
        var table = Table.FromRows("/secret/path/patients.csv", ["nickname", "sex", "ward"], rows);
        var report = ReidentificationAnalysis.Run(table, new ReidentificationOptions { QuasiIdentifiers = ["nickname", "sex", "ward"] });
        var html = HtmlReport.For(report, AttributeRiskAnalysis.Run(table, ["nickname", "sex", "ward"], 2)).ToHtml();

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("Re-identification risk: patients.csv", html);      // the card
        Assert.Contains("Share of records by equivalence-class size", html); // the class chart
        Assert.Contains("each pair of quasi-identifiers", html);             // the pair heatmap
        Assert.Equal(1, Count(html, "window.Plotly=Plotly"));                // plotly.js inlined once
        Assert.Equal(3, Count(html, "Plotly.newPlot"));
        Assert.Contains("Content-Security-Policy\" content=\"default-src 'none'", html);
        Assert.DoesNotContain("<script src", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("/secret/path", html);                          // the file's name, not its path
        Assert.DoesNotContain("Zebulon", html);                              // no record value
    }

    [Fact]
    public void A_location_report_has_the_curve_the_grid_and_the_map()
    {
        var records = new List<TraceRecord>();
        for (var u = 0; u < 12; u++)
        {
            for (var h = 0; h < 6; h++)
            {
                records.Add(new TraceRecord($"u{u}", new DateTime(2023, 3, 6).AddHours(h + u), 45 + ((u + h) % 5 / 100d), 9 + (h % 3 / 100d)));
            }
        }

        var report = LocationRiskAnalysis.Run(TraceSet.FromRecords("traces.csv", records), new LocationRiskOptions { Grid = true, GridSpatial = [SpatialResolution.Raw, SpatialResolution.Grid(2000)], GridTemporal = [TemporalResolution.Parse("hour"), TemporalResolution.Parse("day")], GridPoints = 2 });
        var html = HtmlReport.For(report).ToHtml();
        Assert.Contains("Location risk: traces.csv", html);
        Assert.Contains("Unicity by number of points", html);
        Assert.Contains("Unicity with 2 points by resolution", html);
        Assert.Contains("Where the risk is", html);
        Assert.DoesNotContain("u7", html);
    }

    [Fact]
    public void Save_writes_the_whole_file_atomically_and_names_the_option_for_a_missing_folder()
    {
        var report = new HtmlReport("Title", "source.csv").Add("<p>card</p>");
        var path = Path.Combine(folder, "report.html");
        report.Save(path);
        Assert.Equal(report.ToHtml(), File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(folder));                           // no temporary file left behind
        Assert.DoesNotContain("Plotly", File.ReadAllText(path));             // no charts, no library

        var e = Assert.Throws<InvalidOptionException>(() => report.Save(Path.Combine(folder, "missing", "r.html"), "--report"));
        Assert.Equal("--report", e.OptionName);
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
