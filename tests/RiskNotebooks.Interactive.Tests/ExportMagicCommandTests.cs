namespace RiskNotebooks.Interactive.Tests;

[Collection("kernel")]
public sealed class ExportMagicCommandTests
{
    private static readonly string Tiny = Path.Combine(AppContext.BaseDirectory, "TestData", "mobility", "traces_tiny50.csv");

    [Fact]
    public async Task Risk_export_saves_the_last_result_as_an_offline_report()
    {
        using var notebook = await NotebookKernel.StartAsync();
        var folder = Directory.CreateTempSubdirectory("risknb-export-").FullName;
        try
        {
            Assert.Contains("nothing to export yet", (await notebook.RunAsync($"#!risk-export \"{Path.Combine(folder, "early.html")}\"")).Failure);

            (await notebook.RunAsync($"#!risk-location \"{Tiny}\" --points 1..2")).AssertSucceeded();
            var path = Path.Combine(folder, "location.html");
            var cell = await notebook.RunAsync($"#!risk-export \"{path}\"");
            cell.AssertSucceeded();
            Assert.Contains("Saved the location report", cell.AllHtml);
            var html = File.ReadAllText(path);
            Assert.Contains("Location risk: traces_tiny50.csv", html);
            Assert.Contains("Unicity by number of points", html);
            Assert.Contains("window.Plotly=Plotly", html);
            Assert.DoesNotContain("<script src", html, StringComparison.OrdinalIgnoreCase);

            Assert.Contains("--path", (await notebook.RunAsync($"#!risk-export \"{Path.Combine(folder, "report.pdf")}\"")).Failure);
            Assert.Contains("--path", (await notebook.RunAsync($"#!risk-export \"{Path.Combine(folder, "missing", "r.html")}\"")).Failure);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
