using System.Diagnostics;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using RiskNotebooks.Data;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using RiskNotebooks.Data.Json;
using RiskNotebooks.Reporting.Export;

namespace RiskNotebooks.Reporting.Tests.Export;

public sealed class ResultReportTests : IClassFixture<ReportSamples>, IDisposable
{
    private static readonly JsonSchema Schema = JsonSchema.Parse(File.ReadAllText(Path.Combine(ReportSamples.RepositoryRoot, "datasets", "schemas", "report.schema.json")), "report.schema.json");
    private readonly ReportSamples samples;
    private readonly string folder = Directory.CreateTempSubdirectory("risknb-result-report-").FullName;

    public ResultReportTests(ReportSamples samples) => this.samples = samples;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [MemberData(nameof(ReportSamples.Kinds), MemberType = typeof(ReportSamples))]
    public void The_json_report_of_every_kind_is_valid_against_the_one_report_schema(string kind)
    {
        var json = samples.Reports[kind].ToJson();
        using var document = JsonDocument.Parse(json);
        var errors = Schema.Validate(document.RootElement);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Pointer}: {e.Problem}")));
        var root = document.RootElement;
        Assert.Equal(kind, root.GetProperty("kind").GetString());
        Assert.True(root.TryGetProperty(kind, out _));                                       // the result under its kind
        Assert.Single(ResultReport.Kinds, k => root.TryGetProperty(k, out _));              // and no other
        Assert.Equal(5, root.GetProperty("minimumCellSize").GetInt32());
        Assert.DoesNotContain('/', root.GetProperty("input").GetString()!);
    }

    [Fact]
    public void The_schema_rejects_a_count_of_people_that_is_neither_a_number_nor_suppressed()
    {
        var json = samples.Reports["reid"].ToJson().Replace("\"records\": 300", "\"records\": \"about 300\"", StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        Assert.Contains(Schema.Validate(document.RootElement), e => e.Pointer == "/reid/records");
    }

    [Fact]
    public void A_larger_minimum_cell_size_suppresses_more_in_every_format()
    {
        var report = samples.Reports["text"]; // 3 documents
        Assert.Contains("| documents | \\<5 |", report.ToMarkdown());                    // escaped: Markdown shows <5
        Assert.Contains("| documents | \\<10 |", report.ToMarkdown(new MinimumCellSize(10)));
        using var json = JsonDocument.Parse(report.ToJson(new MinimumCellSize(10)));
        Assert.Equal("<10", json.RootElement.GetProperty("text").GetProperty("summary").GetProperty("documents").GetString());
        Assert.Equal(10, json.RootElement.GetProperty("minimumCellSize").GetInt32());
        Assert.Contains("<10", DocumentText(report.ToDocx(new MinimumCellSize(10))));
    }

    [Fact]
    public void The_markdown_report_has_the_dpia_headings_tables_and_points_charts_to_the_html()
    {
        var md = samples.Reports["assess"].ToMarkdown();
        foreach (var heading in new[] { "## Description of processing", "## Risks", "## Measures", "## Residual risk", "### Guiding questions", "### Weakest links", "### Risk matrix" })
        {
            Assert.Contains(heading + "\n", md);
        }

        Assert.Contains("| harm \\\\ likelihood | negligible | limited | significant | maximum |", md);
        Assert.Contains("Are the data about people who are identified or identifiable?", md); // a guiding question, with its answer
        Assert.Contains("Chart: ", md);
        Assert.Contains("companion HTML report", md);
    }

    [Fact]
    public void The_word_report_has_heading_styles_tables_and_the_matrix_as_shaded_cells_and_nothing_external()
    {
        var bytes = samples.Reports["assess"].ToDocx();
        using var stream = new MemoryStream(bytes);
        using var word = WordprocessingDocument.Open(stream, false);
        var body = word.MainDocumentPart!.Document.Body!;
        var headings = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText).ToList();
        Assert.Equal(["Description of processing", "Risks", "Measures", "Residual risk"], headings);
        Assert.NotNull(word.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().SingleOrDefault(s => s.StyleId == "Heading1"));

        var tables = body.Elements<Table>().ToList();
        Assert.True(tables.Count >= 6, $"{tables.Count} tables");
        var matrix = tables.Single(t => t.Elements<TableRow>().First().InnerText.StartsWith("harm \\ likelihood", StringComparison.Ordinal));
        var rows = matrix.Elements<TableRow>().ToList();
        Assert.Equal(5, rows.Count);                                                        // the header and 4 levels of harm
        var fills = rows.Skip(1).SelectMany(r => r.Elements<TableCell>().Skip(1)).Select(c => c.TableCellProperties?.Shading?.Fill?.Value ?? "none").ToList();
        Assert.Equal(16, fills.Count);
        Assert.Equal(["58D68D", "EC7063", "F0B27A", "F7DC6F"], fills.Distinct().Order().ToArray()); // the four zones
        Assert.Contains(rows.SelectMany(r => r.Elements<TableCell>()), c => c.InnerText.Contains("initial: ", StringComparison.Ordinal)); // the assets' cells named

        Assert.Empty(word.ExternalRelationships);
        Assert.Empty(word.MainDocumentPart.ExternalRelationships);
        Assert.Empty(word.MainDocumentPart.HyperlinkRelationships);
        Assert.Empty(word.MainDocumentPart.ImageParts);
    }

    [Fact]
    public void Save_chooses_the_format_by_extension_writes_atomically_and_names_the_option_for_a_wrong_one()
    {
        var report = samples.Reports["reid"];
        foreach (var name in new[] { "r.html", "r.docx", "r.md", "r.json" })
        {
            report.Save(Path.Combine(folder, name));
        }

        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(Path.Combine(folder, "r.html")));
        Assert.Equal("PK"u8.ToArray(), File.ReadAllBytes(Path.Combine(folder, "r.docx"))[..2]);
        Assert.StartsWith("# Re-identification risk: patients.csv", File.ReadAllText(Path.Combine(folder, "r.md")));
        Assert.StartsWith("{", File.ReadAllText(Path.Combine(folder, "r.json")));
        Assert.Equal(4, Directory.GetFiles(folder).Length);                                 // no temporary file left

        var e = Assert.Throws<InvalidOptionException>(() => report.Save(Path.Combine(folder, "r.pdf"), "--report"));
        Assert.Equal("--report", e.OptionName);
        Assert.Contains("'r.pdf'", e.Message);
        Assert.Equal(ReportFormat.Docx, ResultReport.CheckPath(Path.Combine(folder, "new.docx"), "--report"));
    }

    [SkippableFact]
    public void LibreOffice_converts_the_word_report_with_its_text_and_tables()
    {
        var soffice = new[] { "soffice", "libreoffice" }
            .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Select(d => Path.Combine(d, name)))
            .FirstOrDefault(File.Exists);
        if (soffice is null)
        {
            Assert.False(Environment.GetEnvironmentVariable("RISKNB_REQUIRE_LIBREOFFICE") == "1", "RISKNB_REQUIRE_LIBREOFFICE=1 but soffice is not on the PATH.");
            Skip.If(true, "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui");
        }

        var docx = Path.Combine(folder, "assessment.docx");
        samples.Reports["assess"].Save(docx);
        var output = Path.Combine(folder, "out");
        foreach (var target in new[] { "txt:Text", "html" })
        {
            Run(soffice!, ["--headless", "--norestore", $"-env:UserInstallation={new Uri(Path.Combine(folder, "profile")).AbsoluteUri}", "--convert-to", target, "--outdir", output, docx]);
        }

        var text = File.ReadAllText(Path.Combine(output, "assessment.txt"));
        foreach (var expected in new[] { "Description of processing", "Risks", "Measures", "Residual risk", "Guiding questions", "Weakest links", "Risk matrix", "harm \\ likelihood" })
        {
            Assert.Contains(expected, text);
        }

        var html = File.ReadAllText(Path.Combine(output, "assessment.html"));
        Assert.True(html.Split("<table").Length - 1 >= 6, "the tables survive the conversion");
        foreach (var zone in new[] { "#58d68d", "#f7dc6f", "#f0b27a", "#ec7063" })
        {
            Assert.Contains(zone, html, StringComparison.OrdinalIgnoreCase);                // the matrix's shading survives too
        }
    }

    internal static string DocumentText(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var word = WordprocessingDocument.Open(stream, false);
        return string.Join("\n", word.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
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

    [Fact]
    public void Every_format_shows_the_time_of_the_injected_clock()
    {
        var clock = new FixedClock(new DateTimeOffset(2031, 2, 3, 4, 5, 6, TimeSpan.Zero));
        var report = samples.Reports["reid"].WithClock(clock);

        Assert.Equal(clock.Now, report.Created);
        using var json = JsonDocument.Parse(report.ToJson());
        Assert.Equal("2031-02-03T04:05:06Z", json.RootElement.GetProperty("created").GetString());
        Assert.Contains("Made 2031-02-03 04:05 UTC", report.ToMarkdown(), StringComparison.Ordinal);
        Assert.Equal(clock.Now, report.ToHtml().Created);
        Assert.Contains("made 2031-02-03 04:05 UTC", report.ToHtml().ToHtml(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_clock_a_report_is_stamped_with_the_system_time()
    {
        var before = DateTimeOffset.UtcNow;
        var report = samples.Reports["reid"].WithClock(TimeProvider.System);

        Assert.InRange(report.Created, before, DateTimeOffset.UtcNow);
        Assert.Equal(report.Created, report.ToHtml().Created);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
