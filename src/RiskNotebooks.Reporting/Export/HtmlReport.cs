using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using RiskNotebooks.Data;
using RiskNotebooks.Guidance;
using RiskNotebooks.Location;
using RiskNotebooks.Registry;
using RiskNotebooks.Registry.Attributes;
using RiskNotebooks.Reporting.Charts;
using RiskNotebooks.Reporting.Html;
using RiskNotebooks.Text;

namespace RiskNotebooks.Reporting.Export;

/// <summary>
/// A self-contained HTML report: the summary card and the charts of one result, as the notebook shows them, in one file that
/// opens in any browser without a network. plotly.js is inlined once, and the page's content security policy forbids
/// loading anything from anywhere, so the file cannot reach out even by mistake.
/// </summary>
/// <remarks>
/// The report holds what the card and charts hold: aggregates only (no record, no user, no text), small groups suppressed
/// as the cards suppress them. Build one with a <c>For</c> method, or add sections yourself; <see cref="Save(string, string)"/> writes it
/// atomically.
/// </remarks>
public sealed class HtmlReport
{
    /// <summary>The content security policy of every report: inline scripts and styles, data images, nothing from the network.</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:";

    private readonly List<string> sections = [];
    private DateTimeOffset created;
    private bool hasCharts;

    /// <summary>Creates an empty report.</summary>
    /// <param name="title">The title (page title and heading).</param>
    /// <param name="source">What was measured, e.g. the input file's name (shown as is; give a name, not a path, to share it).</param>
    /// <param name="clock">The clock that gives <see cref="Created"/>; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    public HtmlReport(string title, string source, TimeProvider? clock = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(source);
        Title = title;
        Source = source;
        created = (clock ?? TimeProvider.System).GetUtcNow();
    }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>What was measured.</summary>
    public string Source { get; }

    /// <summary>When the report was made (UTC): the clock's time when it was created, unless set.</summary>
    public DateTimeOffset Created { get => created; init => created = value; }

    /// <summary>Stamps the report with the time of the result report it belongs to, so every format shows one time.</summary>
    internal HtmlReport MadeAt(DateTimeOffset time)
    {
        created = time;
        return this;
    }

    /// <summary>The number of sections (cards and charts) added.</summary>
    public int SectionCount => sections.Count;

    /// <summary>The report of a re-identification analysis: its card, the class-size chart, and where the risk sits.</summary>
    /// <param name="report">The analysis.</param>
    /// <param name="pairs">Attribute risks of the QIs one and two at a time, for the pair heatmap (see <see cref="AttributeRiskAnalysis"/>); when null, taken from the report's subsets if they go up to pairs, else the heatmap is left out.</param>
    /// <returns>The report.</returns>
    public static HtmlReport For(ReidentificationReport report, IReadOnlyList<AttributeRisk>? pairs = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new HtmlReport("Re-identification risk", Path.GetFileName(report.Source));
        html.Add(ReidentificationCard.ToHtml(report));
        html.Add(RiskCharts.Classes(report.Histogram, report.Threshold));
        pairs ??= report.AttributeRisks?.Where(r => r.Attributes.Count <= 2).ToArray();
        if (pairs is not null && pairs.Any(r => r.Attributes.Count == 2)) // subsets of one attribute only would draw empty pairs
        {
            html.Add(RiskCharts.QuasiIdentifierPairs(pairs, report.QuasiIdentifiers, report.RecordCount));
        }

        if (report.AttributeRisks is { } subsets)
        {
            html.Add(RiskCharts.Subsets(subsets));
        }

        return html;
    }

    /// <summary>The report of a location analysis: its card, unicity by points, the resolution grid, the map of where the risk is.</summary>
    /// <param name="report">The analysis.</param>
    /// <param name="minimumVisitors">Map areas with fewer visitors are left blank (default 5).</param>
    /// <returns>The report.</returns>
    public static HtmlReport For(LocationRiskReport report, int minimumVisitors = 5)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new HtmlReport("Location risk", Path.GetFileName(report.Source));
        html.Add(LocationCard.ToHtml(report));
        html.Add(LocationCharts.UnicityByPoints(report.Unicity));
        if (report.Grid is { } grid)
        {
            html.Add(LocationCharts.UnicityByResolution(grid));
        }

        if (report.HasCoordinates)
        {
            html.Add(LocationCharts.PlaceRiskMap(report.PlaceContributions, report.PlaceContributionsBasis, minimumVisitors));
        }

        return html;
    }

    /// <summary>The report of an assessment: its card (guiding questions, harm, likelihood, weakest links) and the risk matrix.</summary>
    /// <param name="report">The assessment.</param>
    /// <returns>The report.</returns>
    public static HtmlReport For(AssessmentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new HtmlReport("Risk assessment", Path.GetFileName(report.Source));
        html.Add(AssessmentCard.ToHtml(report));
        html.Add(RiskMatrixChart.Create(report.Result.Matrix));
        return html;
    }

    /// <summary>The report of a text corpus: its card (per-document risk and reason) and the documents × categories heatmap.</summary>
    /// <param name="report">The corpus report.</param>
    /// <returns>The report.</returns>
    public static HtmlReport For(TextCorpusReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new HtmlReport("Personal data in text", report.SourceName);
        html.Add(TextCorpusCard.ToHtml(report));
        if (report.Documents.Count > 0)
        {
            html.Add(TextRiskCharts.DocumentCategories(report.Documents, documentNames: report.DocumentNames));
        }

        return html;
    }

    /// <summary>The report of genotypes: the card (aggregates; no sample names or genotypes).</summary>
    /// <param name="report">The genotype report.</param>
    /// <returns>The report.</returns>
    public static HtmlReport For(RiskNotebooks.Genomics.GenotypeRiskReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new HtmlReport("Genotypes: how identifying", report.Source);
        html.Add(GenotypeCard.ToHtml(report));
        if (GenomeCharts.UniquenessBySites(report) is { } chart)
        {
            html.Add(chart);
        }

        return html;
    }

    /// <summary>The report of a risk treatment: the card, the frontier of every transformation and the chosen levels.</summary>
    /// <param name="report">The treatment report.</param>
    /// <returns>The report.</returns>
    public static HtmlReport For(RiskNotebooks.Treatment.TreatmentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new HtmlReport(report.Search is null ? "What if: the table generalised" : "Treat the risk: the least-loss release", report.Source);
        html.Add(TreatmentCard.ToHtml(report));
        if (report.Search is { } search)
        {
            html.Add(TreatmentCharts.Frontier(search));
        }

        if (report.Chosen is { } chosen)
        {
            html.Add(TreatmentCharts.Levels(chosen, report.Settings.QuasiIdentifiers.Select(q => report.Settings.Hierarchies[q].Height).ToArray()));
        }

        return html;
    }

    /// <summary>The report of attribute inference: the card and the two heatmaps (aggregates; values of fewer than 5 records not named).</summary>
    /// <param name="report">The inference report.</param>
    /// <returns>The report.</returns>
    public static HtmlReport For(RiskNotebooks.ML.AttributeInferenceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new HtmlReport("Attribute inference: what the quasi-identifiers give away", report.Source);
        html.Add(InferenceCard.ToHtml(report));
        foreach (var chart in new[] { InferenceCharts.Contributions(report), InferenceCharts.Recall(report) })
        {
            if (chart is not null)
            {
                html.Add(chart);
            }
        }

        return html;
    }

    /// <summary>The report of attribute inference from a released table: its card (aggregates).</summary>
    /// <param name="report">The report.</param>
    /// <returns>The report.</returns>
    public static HtmlReport For(RiskNotebooks.ML.ReleaseInferenceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new HtmlReport("Attribute inference from a release", report.Released);
        html.Add(InferenceCard.ToHtml(report));
        return html;
    }

    /// <summary>The report of DICOM headers: its card (attributes of the confidentiality profile present, flags, series; counts only).</summary>
    /// <param name="report">The DICOM report.</param>
    /// <returns>The report.</returns>
    public static HtmlReport For(RiskNotebooks.Imaging.DicomReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new HtmlReport("DICOM headers: what they give away", report.Source);
        html.Add(DicomCard.ToHtml(report));
        return html;
    }

    /// <summary>Adds an HTML fragment (a card); it is trusted as is.</summary>
    /// <param name="fragment">The fragment.</param>
    /// <returns>This report.</returns>
    public HtmlReport Add(string fragment)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        sections.Add(fragment);
        return this;
    }

    /// <summary>Adds an HTML fragment that draws with plotly.js (a chart's fragment as a notebook showed it, without the library).</summary>
    /// <param name="fragment">The fragment; plotly.js is inlined once in the report's head.</param>
    /// <returns>This report.</returns>
    public HtmlReport AddChartFragment(string fragment)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        sections.Add(fragment);
        hasCharts = true;
        return this;
    }

    /// <summary>Adds a chart.</summary>
    /// <param name="chart">The chart.</param>
    /// <returns>This report.</returns>
    public HtmlReport Add(RiskChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        sections.Add(chart.ToHtmlFragment());
        hasCharts = true;
        return this;
    }

    /// <summary>The whole document.</summary>
    /// <returns>HTML, UTF-8 text.</returns>
    public string ToHtml()
    {
        var version = typeof(HtmlReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";
        var b = new StringBuilder();
        b.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        b.Append($"<meta http-equiv=\"Content-Security-Policy\" content=\"{ContentSecurityPolicy}\">");
        b.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        b.Append($"<meta name=\"generator\" content=\"RiskNotebooks {WebUtility.HtmlEncode(version)}\">");
        b.Append($"<title>{WebUtility.HtmlEncode(Title)}: {WebUtility.HtmlEncode(Source)}</title>");
        b.Append("<style>body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:24px auto;max-width:960px;padding:0 16px;color:#222}")
         .Append("header{border-bottom:1px solid #ddd;margin-bottom:16px}header p{color:#555;font-size:90%}section{margin:0 0 28px}")
         .Append("@media print{section{break-inside:avoid}}</style>");
        if (hasCharts)
        {
            b.Append(PlotlyJs.ScriptElement());
        }

        b.Append("</head><body><header>");
        b.Append($"<h1>{WebUtility.HtmlEncode(Title)}</h1>");
        b.Append(CultureInfo.InvariantCulture, $"<p>{WebUtility.HtmlEncode(Source)} · made {Created.UtcDateTime:yyyy-MM-dd HH:mm} UTC by RiskNotebooks {WebUtility.HtmlEncode(version)} · ");
        b.Append("aggregates only: no record, user or text of the data is in this report; small groups are suppressed as the cards say. ");
        b.Append("The page loads nothing from the network.</p></header>");
        foreach (var section in sections)
        {
            b.Append("<section>").Append(section).Append("</section>\n");
        }

        b.Append("</body></html>\n");
        return b.ToString();
    }

    /// <summary>Checks, before any work is done, that a report can be written there: an .html (or .htm) name in an existing folder.</summary>
    /// <param name="path">The file.</param>
    /// <param name="optionName">The option that named it.</param>
    /// <param name="inputs">The files the command reads, each with its option: the report must not be one of them.</param>
    /// <exception cref="InvalidOptionException">The name or the folder is wrong, or it is an input (names the option, never a value of the data).</exception>
    public static void CheckPath(string path, string optionName, params IEnumerable<(string Path, string OptionName)> inputs)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new InvalidOptionException(optionName, "the file name is empty.");
        }

        var extension = Path.GetExtension(path);
        if (!extension.Equals(".html", StringComparison.OrdinalIgnoreCase) && !extension.Equals(".htm", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOptionException(optionName, $"the report is HTML: give a file name ending in .html, not '{Path.GetFileName(path)}'.");
        }

        AtomicFile.CheckTarget(path, optionName, inputs);
    }

    /// <summary>Writes the report to a file atomically (a temporary file moved into place): a reader never sees half of it.</summary>
    /// <param name="path">The file, usually <c>*.html</c>.</param>
    /// <param name="optionName">The option that named the file, for the error when its folder does not exist.</param>
    /// <exception cref="InvalidOptionException">The folder does not exist.</exception>
    public void Save(string path, string optionName = "--report")
    {
        using var files = new AtomicFileSet();
        Save(files, path, optionName);
        files.Commit();
    }

    /// <summary>Writes the report to a temporary file of a set, moved into place with the set's other files (see <see cref="AtomicFileSet"/>).</summary>
    /// <param name="files">The set; its <see cref="AtomicFileSet.Commit"/> moves the report into place.</param>
    /// <param name="path">The file, usually <c>*.html</c>.</param>
    /// <param name="optionName">The option that named the file.</param>
    /// <exception cref="InvalidOptionException">The file cannot be written there.</exception>
    public void Save(AtomicFileSet files, string path, string optionName = "--report")
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(path);
        var html = ToHtml();
        files.Add(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
            writer.Write(html);
        }, optionName);
    }
}
