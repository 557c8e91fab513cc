using System.Text;
using RiskNotebooks.Location;
using static RiskNotebooks.Reporting.Html.HtmlText;

namespace RiskNotebooks.Reporting.Html;

/// <summary>The HTML summary card of a <see cref="LocationRiskReport"/>: aggregates only, no user and no trace.</summary>
public static class LocationCard
{
    /// <summary>Renders the card.</summary>
    /// <param name="report">The report.</param>
    /// <returns>An HTML fragment.</returns>
    public static string ToHtml(LocationRiskReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var r = report;
        var u = r.Unicity;
        var b = new StringBuilder();
        b.Append(Style);
        b.Append("<div class=\"risknb-card risknb-location\">");
        b.Append($"<h3>Location risk: {Encode(Path.GetFileName(r.Source))}</h3>");
        b.Append($"<p>{Count(r.UserCount)} users, {Count(r.RecordCount)} records, {Count(r.PlaceCount)} places, {r.Start:yyyy-MM-dd} to {r.End:yyyy-MM-dd}. ");
        b.Append($"Resolution <b>{Encode(r.Options.Spatial.ToString())}</b> × <b>{Encode(r.Options.Temporal.ToString())}</b>: median {Count(u.MedianPointsPerUser)} points per user (min {Count(u.MinPointsPerUser)}, max {Count(u.MaxPointsPerUser)}).</p>");
        var headline = u.Results.FirstOrDefault(x => x.Points == 4) ?? u.Results[^1];
        var verdict = headline.Unicity > 0.5 ? "risknb-high" : "risknb-ok";
        b.Append($"<p><span class=\"big {verdict}\">{Percent(headline.Unicity)}</span> of users are singled out by <b>{headline.Points}</b> points of their trace ");
        b.Append($"<span class=\"note\">({Percent(headline.Low)} to {Percent(headline.High)}, {Number(u.Options.ConfidenceLevel * 100, "0")}% confidence; {(u.Options.Mode == UnicityMode.Exact ? "exact" : $"{Count(u.DrawsPerUser)} {(u.DrawsPerUser == 1 ? "draw" : "draws")} per user, seed {u.Options.Seed}")})</span></p>");
        b.Append("<table><tr><th>points p</th><th>unicity</th><th>interval</th><th>users</th><th>too short</th></tr>");
        foreach (var x in u.Results)
        {
            b.Append($"<tr><td>{x.Points}</td><td>{Percent(x.Unicity)}</td><td>{Percent(x.Low)} – {Percent(x.High)}</td><td>{Count(x.EligibleUsers)}</td><td>{Count(x.TooShortUsers)}</td></tr>");
        }

        b.Append("</table>");
        if (r.TopLocations.Count > 0)
        {
            b.Append("<p><b>Top places</b> (Zang and Bolot): ");
            b.Append(string.Join("; ", r.TopLocations.Select(t => $"{Percent(t.Uniqueness)} unique by their {t.N} most visited place{(t.N == 1 ? string.Empty : "s")}")));
            b.Append(".</p>");
        }

        if (r.Attacks.Count > 0)
        {
            var compat = r.Attacks[0].Options.Compatibility == AttackCompatibility.ScikitMobility ? " (scikit-mobility's actual numbers)" : string.Empty;
            b.Append($"<table><tr><th>attack (scikit-mobility){Encode(compat)}</th><th>mean risk</th><th>unique</th><th>at risk (&gt; {Number(r.Attacks[0].Options.Threshold, "0.###")})</th></tr>");
            foreach (var a in r.Attacks)
            {
                b.Append($"<tr><td>{Encode(a.Label)}</td><td>{Percent(a.MeanRisk)}</td><td>{Percent(a.UniqueShare)}</td><td>{Percent(a.AtRiskShare)}</td></tr>");
            }

            b.Append("</table>");
        }

        b.Append("<p class=\"note\">Aggregates only: no user, no trace and no place with fewer than 5 visitors is shown.</p></div>");
        return b.ToString();
    }
}
