using System.Diagnostics;
using System.Text.RegularExpressions;
using RiskNotebooks.Data;
using RiskNotebooks.Location;
using RiskNotebooks.Registry;
using RiskNotebooks.Registry.Attributes;
using RiskNotebooks.Reporting.Export;

namespace RiskNotebooks.Reporting.Tests.EndToEnd;

/// <summary>
/// Opens exported reports in a real browser (headless Chromium, Debian's <c>chromium</c>) and checks that every chart is
/// drawn under the report's content security policy, with no network. Skipped when Chromium is missing, unless
/// RISKNB_REQUIRE_BROWSER=1 (set by .ci/run, which installs it and checks that it starts), so in CI it fails rather than
/// skips.
/// </summary>
public sealed partial class BrowserRenderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("risknb-browser-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [SkippableFact]
    public void Every_chart_of_a_reidentification_report_is_drawn_offline()
    {
        var rows = Enumerable.Range(0, 300).Select(i => (IReadOnlyList<string?>)[$"{1940 + (i % 50)}", i % 2 == 0 ? "F" : "M", $"75{i % 17:000}"]).ToList();
        var table = Table.FromRows("registry.csv", ["birth_year", "sex", "postcode"], rows);
        string[] qis = ["birth_year", "sex", "postcode"];
        var report = ReidentificationAnalysis.Run(table, new ReidentificationOptions { QuasiIdentifiers = qis, AnalyzeSubsets = true });
        AssertDrawn(HtmlReport.For(report, AttributeRiskAnalysis.Run(table, qis, 2)), charts: 3);
    }

    [SkippableFact]
    public void Every_chart_of_a_location_report_is_drawn_offline()
    {
        var records = new List<TraceRecord>();
        for (var u = 0; u < 30; u++)
        {
            for (var h = 0; h < 8; h++)
            {
                records.Add(new TraceRecord($"u{u}", new DateTime(2023, 3, 6).AddHours((h * 3) + (u % 4)), 45.4 + ((u + h) % 6 * 0.01), 9.1 + (h % 4 * 0.01)));
            }
        }

        var traces = TraceSet.FromRecords("traces.csv", records);
        var report = LocationRiskAnalysis.Run(traces, new LocationRiskOptions
        {
            Grid = true,
            GridSpatial = [SpatialResolution.Raw, SpatialResolution.Grid(2000)],
            GridTemporal = [TemporalResolution.Parse("hour"), TemporalResolution.Parse("day")],
            GridPoints = 2,
            Attacks = [new AttackOptions { Attack = MobilityAttack.HomeWork }],
        });
        AssertDrawn(HtmlReport.For(report), charts: 3);
    }

    private void AssertDrawn(HtmlReport report, int charts)
    {
        var browser = RequireBrowser();
        var path = Path.Combine(folder, "report.html");
        report.Save(path);
        var dom = Run(browser, ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", $"--user-data-dir={Path.Combine(folder, "profile")}", "--virtual-time-budget=10000", "--dump-dom", new Uri(path).AbsoluteUri]);

        // plotly.js draws each chart into three layered svg elements of class main-svg.
        Assert.Equal(charts * 3, MainSvg().Matches(dom).Count);
        Assert.DoesNotContain(">plotly.js is not loaded", dom); // the fallback text a chart shows when the library did not load
    }

    private static string RequireBrowser()
    {
        Skip.If(Environment.GetEnvironmentVariable("RISKNB_SKIP_BROWSER") is "1" or "true", "RISKNB_SKIP_BROWSER is set: .ci/run found that Chromium cannot start on this machine.");
        var browser = new[] { "chromium", "chromium-browser", "google-chrome" }
            .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Select(d => Path.Combine(d, name)))
            .FirstOrDefault(File.Exists);
        if (browser is null)
        {
            const string message = "the browser test needs headless Chromium (Debian: chromium); .ci/run installs it.";
            Assert.False(Environment.GetEnvironmentVariable("RISKNB_REQUIRE_BROWSER") is "1" or "true", message);
            Skip.If(true, message);
        }

        return browser!;
    }

    private static string Run(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} timed out");
        }

        Assert.True(process.ExitCode == 0, $"{program} exited with {process.ExitCode}: {error.Result}");
        return output.Result;
    }

    [GeneratedRegex("class=\"main-svg\"")]
    private static partial Regex MainSvg();
}
