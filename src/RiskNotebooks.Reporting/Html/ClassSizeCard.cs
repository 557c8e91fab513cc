using System.Text;
using RiskNotebooks.Registry;
using static RiskNotebooks.Reporting.Html.HtmlText;

namespace RiskNotebooks.Reporting.Html;

/// <summary>
/// The HTML card of a <see cref="ClassSizeRiskReport"/>: the measures a database computed from its class sizes
/// (<c>#!risk-reid --db</c>). Aggregates only; never the connection string.
/// </summary>
public static class ClassSizeCard
{
    /// <summary>Renders the card.</summary>
    /// <param name="report">The report.</param>
    /// <returns>An HTML fragment.</returns>
    public static string ToHtml(ClassSizeRiskReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var r = report;
        var h = r.Histogram;
        var b = new StringBuilder();
        b.Append(Style);
        b.Append("<div class=\"risknb-card risknb-reid\">");
        b.Append($"<h3>Re-identification risk: {Encode(Path.GetFileName(r.Source))}</h3>");
        b.Append($"<p>{Count(r.RecordCount)} records; quasi-identifiers: <b>{Encode(string.Join(", ", r.QuasiIdentifiers))}</b>. Classes counted in the database: only the class-size histogram left it.</p>");
        var verdictClass = r.Prosecutor.RecordsAtRisk > 0 ? "risknb-high" : "risknb-ok";
        b.Append($"<p><span class=\"big\">k = {Count(r.MinClassSize)}</span> &nbsp; <span class=\"{verdictClass}\">{Percent(r.Prosecutor.RecordsAtRisk)} of records at risk</span> (prosecutor risk &gt; {Number(r.Threshold, "0.###")}) &nbsp; <span>{Percent(r.SampleUniqueness)} unique in the sample</span></p>");
        var average = r.ClassCount == 0 ? 0d : (double)r.RecordCount / r.ClassCount;
        b.Append($"<p class=\"note\">{Count(r.ClassCount)} equivalence classes; largest {Count(h.IsEmpty ? 0 : h.MaxClassSize)}; average size {Number(average)}.</p>");
        ReidentificationCard.Attackers(b, r.Prosecutor, r.Journalist, r.HasPopulationTable, r.Marketer);
        ReidentificationCard.PopulationUniqueness(b, r.PopulationUniqueness);
        b.Append("<p class=\"note\">Individual risk, SUDA and l-diversity need the records: measure a file without --db for them. Aggregates only: no record and no class value is shown.</p></div>");
        return b.ToString();
    }
}
