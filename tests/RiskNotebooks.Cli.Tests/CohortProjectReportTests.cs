using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace RiskNotebooks.Cli.Tests;

/// <summary>
/// The bundled example project (a registry extract, interviews and phone traces, linked) assessed in one file, JSON or
/// YAML, and its Word report: the matrix and every asset in it, opened by LibreOffice.
/// </summary>
public sealed class CohortProjectReportTests : IDisposable
{
    private static readonly string Assessments = Path.Combine(AppContext.BaseDirectory, "TestData", "assessments");
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("cohort-project.assessment.json")]
    [InlineData("cohort-project.assessment.yaml")]
    public void The_example_project_is_assessed_in_one_file_with_each_asset_measured_by_its_engine(string file)
    {
        var (code, output, error) = Cli.Run("assess", Path.Combine(Assessments, file));
        Assert.True(code == 0, error);
        Assert.Contains("assets    registry-extract, interviews, phone-traces", output, StringComparison.Ordinal);
        Assert.Contains("P(re-id | attempt), linked", output, StringComparison.Ordinal);
        Assert.Contains("Risk matrix", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_word_report_holds_every_asset_its_measure_the_linkage_and_the_matrix()
    {
        var docx = Report();
        using var word = WordprocessingDocument.Open(docx, false);
        var body = word.MainDocumentPart!.Document.Body!;
        var text = string.Join("\n", body.Descendants<Paragraph>().Select(p => p.InnerText));
        foreach (var expected in new[]
        {
            "Risk matrix", "registry-extract", "interviews", "phone-traces",
            "prosecutor risk on birth_date, sex, postcode, country_of_birth",
            "share of documents at risk level high or identified",
            "unicity at p = 4 points, spatial raw, temporal hour", "unicity at p = 4 points, spatial 2km, temporal day",
            "the same participants under one study code in all three assets",
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        Assert.True(body.Descendants<Table>().Count() >= 6, "the cards and the matrix are Word tables");
    }

    [SkippableFact]
    public void LibreOffice_opens_the_word_report_with_the_matrix()
    {
        var soffice = new[] { "soffice", "libreoffice" }
            .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Select(d => Path.Combine(d, name)))
            .FirstOrDefault(File.Exists);
        if (soffice is null)
        {
            Assert.False(Environment.GetEnvironmentVariable("RISKNB_REQUIRE_LIBREOFFICE") == "1", "RISKNB_REQUIRE_LIBREOFFICE=1 but soffice is not on the PATH.");
            Skip.If(true, "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui");
        }

        var docx = Report();
        var output = Path.Combine(temp.Path, "out");
        foreach (var target in new[] { "txt:Text", "html" })
        {
            Run(soffice!, ["--headless", "--norestore", $"-env:UserInstallation={new Uri(Path.Combine(temp.Path, "profile")).AbsoluteUri}", "--convert-to", target, "--outdir", output, docx]);
        }

        var text = File.ReadAllText(Path.Combine(output, "cohort.txt"));
        foreach (var expected in new[] { "Risk matrix", "harm \\ likelihood", "registry-extract", "interviews", "phone-traces", "Weakest links", "Residual risk" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        var html = File.ReadAllText(Path.Combine(output, "cohort.html"));
        Assert.True(html.Split("<table").Length - 1 >= 6, "the tables survive the conversion");
        Assert.Contains("#ec7063", html, StringComparison.OrdinalIgnoreCase); // the matrix's 'avoid' zone, where this project's risk is
    }

    private string Report()
    {
        var docx = Path.Combine(temp.Path, "cohort.docx");
        var (code, _, error) = Cli.Run("report", Path.Combine(Assessments, "cohort-project.assessment.yaml"), "--format", "docx", "--out", docx);
        Assert.True(code == 0, error);
        return docx;
    }

    private static void Run(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(180_000), "soffice did not finish in 3 minutes");
        Assert.True(process.ExitCode == 0, error.Result);
    }
}
