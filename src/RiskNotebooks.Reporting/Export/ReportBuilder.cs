using System.Globalization;
using RiskNotebooks.Data;

namespace RiskNotebooks.Reporting.Export;

/// <summary>Builds a <see cref="ReportDocument"/> block by block, with the number formats and shading every report shares.</summary>
internal sealed class ReportBuilder
{
    /// <summary>The DPIA sections, in the order a DPIA template has them.</summary>
    internal const string Description = "Description of processing";
    internal const string Risks = "Risks";
    internal const string Measures = "Measures";
    internal const string Residual = "Residual risk";

    private readonly List<ReportBlock> blocks = [];
    private readonly string title;
    private readonly string kind;
    private readonly string source;

    internal ReportBuilder(string title, string kind, string source, MinimumCellSize minimum)
    {
        this.title = title;
        this.kind = kind;
        this.source = Path.GetFileName(Path.TrimEndingDirectorySeparator(source)) is { Length: > 0 } name ? name : source;
        Minimum = minimum;
    }

    /// <summary>The rule every count of people goes through.</summary>
    internal MinimumCellSize Minimum { get; }

    internal string Source => source;

    internal ReportBuilder H1(string text) => Add(new ReportHeading(1, text));

    internal ReportBuilder H2(string text) => Add(new ReportHeading(2, text));

    internal ReportBuilder Paragraph(string text) => Add(new ReportParagraph(text));

    internal ReportBuilder Note(string text) => Add(new ReportParagraph(text, Note: true));

    internal ReportBuilder Chart(string chartTitle) => Add(new ReportChart(chartTitle));

    internal ReportBuilder Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<ReportCell>> rows, string? caption = null)
        => Add(new ReportTable(header, rows.ToArray(), caption));

    /// <summary>A two-column table of figures: what and value.</summary>
    internal ReportBuilder Figures(IEnumerable<(string What, string Value)> figures, string? caption = null)
        => Table(["figure", "value"], figures.Select(f => (IReadOnlyList<ReportCell>)[f.What, f.Value]), caption);

    /// <summary>A count of people, suppressed below the minimum.</summary>
    internal string People(long count) => Minimum.Format(count);

    /// <summary>A share of people whose count is <paramref name="count"/>: left out when the count is suppressed, since the share and the total would give it away.</summary>
    internal string ShareOf(long count, long total) => Minimum.Suppresses(count) ? Minimum.SuppressedText : total == 0 ? "0%" : Percent((double)count / total);

    internal static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    internal static string Percent(double share) => Html.HtmlText.Percent(share);

    internal static string Percent(double? share) => share is { } s ? Percent(s) : "n/a";

    internal static string Number(double value, string format = "0.##") => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>A fill for a share in [0, 1]: white to dark red, as the HTML heatmaps colour it.</summary>
    internal static string ShareShade(double share)
    {
        var s = double.IsNaN(share) ? 0 : Math.Clamp(share, 0, 1);
        static int Mix(int from, int to, double t) => (int)Math.Round(from + ((to - from) * t));
        return string.Create(CultureInfo.InvariantCulture, $"{Mix(0xFF, 0xB0, s):X2}{Mix(0xFF, 0x3A, s):X2}{Mix(0xFF, 0x2E, s):X2}");
    }

    /// <summary>The fill of a zone of the risk matrix (as the HTML matrix: green, yellow, orange, red).</summary>
    internal static string ZoneShade(RiskNotebooks.Assessment.RiskZone zone) => zone switch
    {
        RiskNotebooks.Assessment.RiskZone.Acceptable => "58D68D",
        RiskNotebooks.Assessment.RiskZone.ReduceLikelihood => "F7DC6F",
        RiskNotebooks.Assessment.RiskZone.AvoidOrReduce => "F0B27A",
        _ => "EC7063",
    };

    /// <summary>The closing note every report has: what it holds and what it does not.</summary>
    internal ReportBuilder About(bool hasCharts)
    {
        H2("About this report");
        Note($"Aggregates only: no record, user, sample name or text of the data is in this report. Counts of people from 1 to {Minimum.Value - 1} are written as {Minimum.SuppressedText} (minimum cell size {Minimum.Value}). The input is named by its file name only.");
        if (hasCharts)
        {
            Note("The charts are drawn only in the HTML report of the same result (written with --report FILE.html); here their figures are tables, heatmaps as shaded cells.");
        }

        return this;
    }

    internal ReportDocument Build() => new(title, kind, source, blocks.ToArray());

    private ReportBuilder Add(ReportBlock block)
    {
        blocks.Add(block);
        return this;
    }
}
