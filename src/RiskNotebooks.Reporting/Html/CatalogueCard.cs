using System.Globalization;
using System.Text;
using RiskNotebooks.Guidance;
using static RiskNotebooks.Reporting.Html.HtmlText;

namespace RiskNotebooks.Reporting.Html;

/// <summary>The identifiability catalogue as a card: every entry in one table, or one entry with its evidence and sources.</summary>
public static class CatalogueCard
{
    /// <summary>Renders every entry, one row each.</summary>
    /// <param name="catalogue">The catalogue.</param>
    /// <returns>An HTML fragment.</returns>
    public static string ToHtml(IdentifiabilityCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var b = new StringBuilder(Open("Identifiability catalogue: is it personal data?"));
        b.Append("<table><tr><th>entry</th><th class=\"text\">kind</th><th class=\"text\">verdict</th><th class=\"text\">personal data</th><th>P(re-id | attempt)</th></tr>");
        foreach (var e in catalogue.Entries)
        {
            b.Append(CultureInfo.InvariantCulture, $"<tr><td><b>{Encode(e.Id)}</b><br><span class=\"note\">{Encode(e.Name)}</span></td><td class=\"text\">{Encode(e.Kind)}</td><td class=\"text\">{Encode(e.Verdict)}</td><td class=\"text\">{Encode(e.PersonalData)}</td><td>{Range(e)}</td></tr>");
        }

        b.Append("</table><p class=\"note\">One entry with its evidence and sources: #!risk-catalogue TYPE (risknb catalogue TYPE).</p></div>");
        return b.ToString();
    }

    /// <summary>Renders one entry with its evidence and sources.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>An HTML fragment.</returns>
    public static string ToHtml(CatalogueEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var b = new StringBuilder(Open($"{entry.Name} ({entry.Id})"));
        b.Append(CultureInfo.InvariantCulture, $"<p><b>Verdict:</b> {Encode(entry.Verdict)} &nbsp; <b>Personal data:</b> {Encode(entry.PersonalData)} &nbsp; <b>P(re-id | attempt):</b> {Range(entry)}</p>");
        b.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{Encode(entry.Basis)}</p><p>{Encode(entry.Why)}</p>");
        b.Append("<h4>Measures that lower the risk</h4><ul>");
        foreach (var m in entry.Measures)
        {
            b.Append(CultureInfo.InvariantCulture, $"<li>{Encode(m)}</li>");
        }

        b.Append("</ul><h4>Evidence</h4><ul>");
        foreach (var ev in entry.Evidence)
        {
            b.Append(CultureInfo.InvariantCulture, $"<li>{Encode(ev.Claim)} <span class=\"note\">({Encode(ev.Source.Short)})</span></li>");
        }

        b.Append("</ul><h4>Sources</h4><ol class=\"note\">");
        foreach (var source in entry.Evidence.Select(e => e.Source).Distinct())
        {
            b.Append(CultureInfo.InvariantCulture, $"<li>{Encode(source.Citation)}</li>");
        }

        b.Append("</ol>");
        if (entry.Related.Count > 0)
        {
            b.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">Related: {Encode(string.Join(", ", entry.Related))}</p>");
        }

        b.Append("</div>");
        return b.ToString();
    }

    /// <summary>Every entry as plain text, one line each.</summary>
    /// <param name="catalogue">The catalogue.</param>
    /// <returns>The text.</returns>
    public static string ToText(IdentifiabilityCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var b = new StringBuilder("Identifiability catalogue: is it personal data?\n\n");
        b.Append(CultureInfo.InvariantCulture, $"  {"entry",-30} {"kind",-9} {"verdict",-22} {"personal data",-14} P(re-id | attempt)\n");
        foreach (var e in catalogue.Entries)
        {
            b.Append(CultureInfo.InvariantCulture, $"  {e.Id,-30} {e.Kind,-9} {e.Verdict,-22} {e.PersonalData,-14} {Range(e)}\n");
        }

        b.Append("\n  One entry with its evidence and sources: risknb catalogue TYPE\n");
        return b.ToString();
    }

    /// <summary>One entry as plain text.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>The text.</returns>
    public static string ToText(CatalogueEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var b = new StringBuilder();
        b.Append(CultureInfo.InvariantCulture, $"{entry.Name} ({entry.Id})\n\n");
        b.Append(CultureInfo.InvariantCulture, $"  verdict              {entry.Verdict}\n  personal data        {entry.PersonalData}\n  P(re-id | attempt)   {Range(entry)}\n");
        b.Append(CultureInfo.InvariantCulture, $"  basis                {entry.Basis}\n\n  {entry.Why}\n\nMeasures that lower the risk\n");
        foreach (var m in entry.Measures)
        {
            b.Append(CultureInfo.InvariantCulture, $"  - {m}\n");
        }

        b.Append("\nEvidence\n");
        foreach (var ev in entry.Evidence)
        {
            b.Append(CultureInfo.InvariantCulture, $"  - {ev.Claim} ({ev.Source.Short})\n");
        }

        b.Append("\nSources\n");
        var n = 1;
        foreach (var source in entry.Evidence.Select(e => e.Source).Distinct())
        {
            b.Append(CultureInfo.InvariantCulture, $"  {n++}. {source.Citation}\n");
        }

        if (entry.Related.Count > 0)
        {
            b.Append(CultureInfo.InvariantCulture, $"\nRelated: {string.Join(", ", entry.Related)}\n");
        }

        return b.ToString();
    }

    private static string Range(CatalogueEntry e)
        => e.Low == e.High ? Number(e.Low) : $"{Number(e.Low)}–{Number(e.High)}";

    private static string Open(string title)
        => $"<div class=\"risknb-card risknb-catalogue\" style=\"font-family:system-ui,sans-serif;border:1px solid #ccd;border-radius:8px;padding:10px 14px;max-width:900px\"><h3>{Encode(title)}</h3>";
}
