using System.Reflection;
using System.Text;
using RiskNotebooks.Data;
using RiskNotebooks.Genomics;
using RiskNotebooks.Guidance;
using RiskNotebooks.Imaging;
using RiskNotebooks.Location;
using RiskNotebooks.ML;
using RiskNotebooks.Registry;
using RiskNotebooks.Registry.Attributes;
using RiskNotebooks.Reporting.Html;
using RiskNotebooks.Reporting.Json;
using RiskNotebooks.Text;

namespace RiskNotebooks.Reporting.Export;

/// <summary>
/// The report of one result in any format: HTML (the cards and charts, <see cref="HtmlReport"/>), Word (.docx), Markdown
/// or JSON, chosen by the file's extension when saved. What <c>--report FILE</c>, <c>#!risk-export FILE</c> and
/// <c>risknb report</c> write.
/// </summary>
/// <remarks>
/// Every format holds aggregates only, names the input by its file name, counts people through one
/// <see cref="MinimumCellSize"/>, links to nothing on the network, and is written atomically. The Word and Markdown
/// reports are arranged under the headings of a DPIA (description of processing, risks, measures, residual risk); the
/// JSON report is one envelope for every kind, described by <c>datasets/schemas/report.schema.json</c>.
/// </remarks>
public sealed class ResultReport
{
    private readonly Func<MinimumCellSize, HtmlReport> html;
    private readonly Func<MinimumCellSize, ReportDocument> document;
    private readonly Func<string> json;

    private ResultReport(string kind, string title, string source, Func<MinimumCellSize, HtmlReport> html, Func<MinimumCellSize, ReportDocument> document, Func<string> json, TimeProvider? clock = null)
    {
        Created = (clock ?? TimeProvider.System).GetUtcNow();
        Kind = kind;
        Title = title;
        Source = Path.GetFileName(Path.TrimEndingDirectorySeparator(source)) is { Length: > 0 } name ? name : source;
        this.html = html;
        this.document = document;
        this.json = json;
    }

    /// <summary>The result kinds, as the JSON report's <c>kind</c> names them.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["reid", "text", "location", "assess", "genome", "dicom", "infer", "release-attack", "catalogue", "treatment"];

    /// <summary>The kind of result (one of <see cref="Kinds"/>).</summary>
    public string Kind { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The input's file name.</summary>
    public string Source { get; }

    /// <summary>
    /// When the report was made (UTC): read from <see cref="TimeProvider.System"/> when the report is created, or from the
    /// clock given to <see cref="WithClock"/>. Every format (HTML, Word, Markdown, JSON) shows this one time.
    /// </summary>
    public DateTimeOffset Created { get; }

    /// <summary>The version of RiskNotebooks that makes the report.</summary>
    public static string ToolVersion { get; } = typeof(ResultReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";

    /// <summary>The report of a re-identification analysis.</summary>
    /// <param name="report">The analysis.</param>
    /// <param name="pairs">Attribute risks of the QIs one and two at a time, for the pair heatmap; see <see cref="HtmlReport.For(ReidentificationReport, IReadOnlyList{AttributeRisk})"/>.</param>
    /// <returns>The report.</returns>
    public static ResultReport For(ReidentificationReport report, IReadOnlyList<AttributeRisk>? pairs = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new("reid", "Re-identification risk", report.Source, _ => HtmlReport.For(report, pairs), m => ReportContent.For(report, pairs, m), () => Capture(w => ReidJson.Write(report, w)));
    }

    /// <summary>The report of a location analysis.</summary>
    /// <param name="report">The analysis.</param>
    /// <param name="minimumVisitors">Map areas with fewer visitors are left blank in the HTML report; <see langword="null"/>: the report's minimum cell size.</param>
    /// <returns>The report.</returns>
    public static ResultReport For(LocationRiskReport report, int? minimumVisitors = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var result = new ResultReport("location", "Location risk", report.Source, m => HtmlReport.For(report, minimumVisitors ?? m.Value), m => ReportContent.For(report, m), () => Capture(w => LocationJson.Write(report, w)));
        return result;
    }

    /// <summary>The report of an evaluated assessment.</summary>
    /// <param name="report">The assessment.</param>
    /// <returns>The report.</returns>
    public static ResultReport For(AssessmentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new("assess", "Risk assessment", report.Source, _ => HtmlReport.For(report), m => ReportContent.For(report, m), () => Capture(w => AssessJson.Write(report, w)));
    }

    /// <summary>The report of a text corpus.</summary>
    /// <param name="report">The corpus report (with its documents kept, for the per-document table).</param>
    /// <param name="scan">The scan options it was made with (their language and minimum confidence are stated); <see langword="null"/>: the defaults.</param>
    /// <returns>The report.</returns>
    public static ResultReport For(TextCorpusReport report, TextScanOptions? scan = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new("text", "Personal data in text", report.SourceName, _ => HtmlReport.For(report), m => ReportContent.For(report, m), () => Capture(w =>
        {
            // The command's own writer, fed the kept documents: each document's risk, numbered, without its findings' spans.
            var writer = new TextJsonWriter(w, report.SourceName, scan ?? new TextScanOptions(), documentNames: false);
            writer.Begin();
            foreach (var d in report.Documents)
            {
                writer.Document(d, null);
            }

            writer.End(report, null);
        }));
    }

    /// <summary>The report of genotypes.</summary>
    /// <param name="report">The genotype report.</param>
    /// <returns>The report.</returns>
    public static ResultReport For(GenotypeRiskReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new("genome", "Genotypes: how identifying", report.Source, _ => HtmlReport.For(report), m => ReportContent.For(report, m), () => Capture(w => GenomeJson.Write(report, w)));
    }

    /// <summary>The report of DICOM headers.</summary>
    /// <param name="report">The DICOM report.</param>
    /// <returns>The report.</returns>
    public static ResultReport For(DicomReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new("dicom", "DICOM headers: what they give away", report.Source, _ => HtmlReport.For(report), m => ReportContent.For(report, m), () => Capture(w => DicomJson.Write(report, w)));
    }

    /// <summary>The report of attribute inference.</summary>
    /// <param name="report">The inference report.</param>
    /// <returns>The report.</returns>
    public static ResultReport For(AttributeInferenceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new("infer", "Attribute inference: what the quasi-identifiers give away", report.Source, _ => HtmlReport.For(report), m => ReportContent.For(report, m), () => Capture(w => InferJson.Write(report, w)));
    }

    /// <summary>The report of a risk treatment (anonymize, whatif).</summary>
    /// <param name="report">The treatment report.</param>
    /// <returns>The report.</returns>
    public static ResultReport For(RiskNotebooks.Treatment.TreatmentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new("treatment", report.Search is null ? "What if: the table generalised" : "Treat the risk: the least-loss release", report.Source, _ => HtmlReport.For(report), m => ReportContent.For(report, m), () => Capture(w => TreatmentJson.Write(report, w)));
    }

    /// <summary>The report of attacks on a released table (attribute inference, linkage and singling out, against a control).</summary>
    /// <param name="report">The report.</param>
    /// <returns>The report.</returns>
    public static ResultReport For(ReleaseInferenceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new("release-attack", "Attacks on a released table", report.Released, _ => HtmlReport.For(report), m => ReportContent.For(report, m), () => Capture(w => InferJson.Write(report, w)));
    }

    /// <summary>The report of the identifiability catalogue, or of one of its entries.</summary>
    /// <param name="catalogue">The catalogue.</param>
    /// <param name="entry">One entry, or <see langword="null"/> for every entry.</param>
    /// <returns>The report.</returns>
    public static ResultReport For(IdentifiabilityCatalogue catalogue, CatalogueEntry? entry = null)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var source = entry?.Id ?? Path.GetFileName(catalogue.Source);
        const string Title = "Identifiability catalogue: is it personal data?";
        return new(
            "catalogue",
            Title,
            source,
            _ => new HtmlReport(Title, source).Add(entry is null ? CatalogueCard.ToHtml(catalogue) : CatalogueCard.ToHtml(entry)),
            m => ReportContent.For(catalogue, entry, m),
            () => System.Text.Json.JsonSerializer.Serialize(
                new { entries = entry is null ? catalogue.Entries : [entry] },
                new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)));
    }

    /// <summary>The same report, stamped by another clock (a fixed one in tests, so that a report is reproducible).</summary>
    /// <param name="clock">The clock that gives <see cref="Created"/>.</param>
    /// <returns>The report made at the clock's time.</returns>
    public ResultReport WithClock(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return new ResultReport(Kind, Title, Source, html, document, json, clock);
    }

    /// <summary>The HTML report (cards and charts).</summary>
    /// <returns>The HTML report.</returns>
    /// <param name="minimum">The minimum cell size (map areas with fewer visitors are left blank); <see langword="null"/>: 5.</param>
    public HtmlReport ToHtml(MinimumCellSize? minimum = null) => html(minimum ?? MinimumCellSize.Default).MadeAt(Created);

    /// <summary>The Markdown report.</summary>
    /// <param name="minimum">The minimum cell size; <see langword="null"/>: 5.</param>
    /// <returns>Markdown text.</returns>
    public string ToMarkdown(MinimumCellSize? minimum = null) => MarkdownReport.Render(document(minimum ?? MinimumCellSize.Default), Generator());

    /// <summary>The Word report.</summary>
    /// <param name="minimum">The minimum cell size; <see langword="null"/>: 5.</param>
    /// <returns>The .docx file's bytes.</returns>
    public byte[] ToDocx(MinimumCellSize? minimum = null) => DocxReport.Render(document(minimum ?? MinimumCellSize.Default), Generator());

    /// <summary>The JSON report (the envelope of <c>report.schema.json</c> around the result).</summary>
    /// <param name="minimum">The minimum cell size; <see langword="null"/>: 5.</param>
    /// <returns>JSON text.</returns>
    public string ToJson(MinimumCellSize? minimum = null) => JsonReport.Render(Kind, Title, Source, json(), minimum ?? MinimumCellSize.Default, ToolVersion, Created);

    /// <summary>Checks, before any work is done, that a report can be written there: a known extension in an existing folder, not an input.</summary>
    /// <param name="path">The file.</param>
    /// <param name="optionName">The option that named it.</param>
    /// <param name="inputs">The files the command reads, each with its option.</param>
    /// <returns>The format the extension asks for.</returns>
    /// <exception cref="InvalidOptionException">The name, the extension or the folder is wrong, or it is an input (names the option).</exception>
    public static ReportFormat CheckPath(string path, string optionName, params IEnumerable<(string Path, string OptionName)> inputs)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new InvalidOptionException(optionName, "the file name is empty.");
        }

        var format = ReportFormats.FromPath(path, optionName);
        AtomicFile.CheckTarget(path, optionName, inputs);
        return format;
    }

    /// <summary>Writes the report atomically, in the format its extension asks for.</summary>
    /// <param name="path">The file (<c>.html</c>, <c>.docx</c>, <c>.md</c> or <c>.json</c>).</param>
    /// <param name="optionName">The option that named it, for errors.</param>
    /// <param name="minimum">The minimum cell size; <see langword="null"/>: 5.</param>
    /// <exception cref="InvalidOptionException">An unknown extension, or the file cannot be written there.</exception>
    public void Save(string path, string optionName = "--report", MinimumCellSize? minimum = null)
    {
        using var files = new AtomicFileSet();
        Save(files, path, optionName, minimum);
        files.Commit();
    }

    /// <summary>Writes the report to a temporary file of a set, moved into place with the set's other files.</summary>
    /// <param name="files">The set.</param>
    /// <param name="path">The file (<c>.html</c>, <c>.docx</c>, <c>.md</c> or <c>.json</c>).</param>
    /// <param name="optionName">The option that named it.</param>
    /// <param name="minimum">The minimum cell size; <see langword="null"/>: 5.</param>
    /// <param name="format">The format; <see langword="null"/>: the one the extension asks for.</param>
    /// <exception cref="InvalidOptionException">An unknown extension, or the file cannot be written there.</exception>
    public void Save(AtomicFileSet files, string path, string optionName = "--report", MinimumCellSize? minimum = null, ReportFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(path);
        switch (format ?? ReportFormats.FromPath(path, optionName))
        {
            case ReportFormat.Html:
                ToHtml(minimum).Save(files, path, optionName);
                break;
            case ReportFormat.Docx:
                var docx = ToDocx(minimum);
                files.Add(path, stream => stream.Write(docx), optionName);
                break;
            case ReportFormat.Markdown:
                WriteText(files, path, optionName, ToMarkdown(minimum));
                break;
            default:
                WriteText(files, path, optionName, ToJson(minimum));
                break;
        }
    }

    private static void WriteText(AtomicFileSet files, string path, string optionName, string text)
        => files.Add(path, stream => stream.Write(new UTF8Encoding(false).GetBytes(text)), optionName);

    private string Generator()
        => $"Made {Created.UtcDateTime:yyyy-MM-dd HH:mm} UTC by RiskNotebooks {ToolVersion} from {Source}. Aggregates only.";

    private static string Capture(Action<TextWriter> write)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        write(writer);
        return writer.ToString();
    }
}
