using System.Text;
using RiskNotebooks.Registry;
using static RiskNotebooks.Reporting.Html.HtmlText;

namespace RiskNotebooks.Reporting.Html;

/// <summary>The HTML summary card of a <see cref="ReidentificationReport"/>: aggregates only, no record and no class value.</summary>
public static class ReidentificationCard
{
    /// <summary>Renders the card.</summary>
    /// <param name="report">The report.</param>
    /// <returns>An HTML fragment.</returns>
    public static string ToHtml(ReidentificationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var r = report;
        var b = new StringBuilder();
        b.Append(Style);
        b.Append("<div class=\"risknb-card risknb-reid\">");
        b.Append($"<h3>Re-identification risk: {Encode(Path.GetFileName(r.Source))}</h3>");
        b.Append($"<p>{Count(r.RecordCount)} records; quasi-identifiers: <b>{Encode(string.Join(", ", r.QuasiIdentifiers))}</b></p>");
        var verdictClass = r.Prosecutor.RecordsAtRisk > 0 ? "risknb-high" : "risknb-ok";
        b.Append($"<p><span class=\"big\">k = {Count(r.MinClassSize)}</span> &nbsp; <span class=\"{verdictClass}\">{Percent(r.Prosecutor.RecordsAtRisk)} of records at risk</span> (prosecutor risk &gt; {Number(r.Threshold, "0.###")}) &nbsp; <span>{Percent(r.SampleUniqueness)} unique in the sample</span></p>");
        b.Append($"<p class=\"note\">{Count(r.ClassCount)} equivalence classes; largest {Count(r.MaxClassSize)}; average size {Number(r.AverageClassSize)}.</p>");
        Attackers(b, r.Prosecutor, r.Journalist, r.HasPopulationTable, r.Marketer);
        PopulationUniqueness(b, r.PopulationUniqueness);

        var ir = r.IndividualRisk;
        var f = ir.Frequencies;
        b.Append($"<p><b>Individual risk</b> (sdcMicro{(f.HasWeights ? ", sampling weights" : string.Empty)}): expected re-identifications {Number(ir.ExpectedReidentifications, "N1")}, mean {Percent(ir.MeanRisk)}");
        if (ir.HouseholdExpectedReidentifications is { } household)
        {
            b.Append($"; households {Number(household, "N1")}");
        }

        b.Append($". Records violating 2-, 3-, 5-anonymity: {Count(f.ViolationsOfKAnonymity(2))}, {Count(f.ViolationsOfKAnonymity(3))}, {Count(f.ViolationsOfKAnonymity(5))}.");
        if (f.HasMissingKeys)
        {
            b.Append(" <span class=\"note\">(sdcMicro's counts let a missing value match any value, so they can be lower than the sample uniques above, where a missing value is a value of its own.)</span>");
        }

        b.Append("</p>");
        if (r.Diversity is { } diversity)
        {
            b.Append("<table><tr><th>sensitive attribute</th><th>distinct l (min)</th><th>entropy l (min)</th><th>recursive l (min)</th><th>t-closeness (max)</th></tr>");
            foreach (var a in diversity.Attributes)
            {
                b.Append($"<tr><td>{Encode(a.Name)}</td><td>{Number(a.Distinct.Minimum)}</td><td>{Number(a.Entropy.Minimum)}</td><td>{Number(a.Recursive.Minimum)}</td><td>{Number(a.TCloseness.Maximum, "0.000")}</td></tr>");
            }

            b.Append("</table>");
        }

        b.Append("<p class=\"note\">Aggregates only: no record and no class value is shown.</p></div>");
        return b.ToString();
    }

    /// <summary>The table of the three attackers' risks.</summary>
    internal static void Attackers(StringBuilder b, SampleRisk prosecutor, SampleRisk journalist, bool hasPopulationTable, MarketerRisk marketer)
    {
        b.Append("<table><tr><th>attacker</th><th>highest</th><th>lowest</th><th>average</th><th>records at highest</th><th>records at risk</th></tr>");
        Row(b, "prosecutor", prosecutor);
        Row(b, hasPopulationTable ? "journalist" : "journalist (= prosecutor: no population table)", journalist);
        b.Append($"<tr><td>marketer</td><td></td><td></td><td>{Percent(marketer.AverageRisk)}</td><td></td><td></td></tr></table>");
    }

    /// <summary>The paragraph of population uniqueness by each model and Dankar's choice.</summary>
    internal static void PopulationUniqueness(StringBuilder b, PopulationUniqueness u)
    {
        var assumed = u.IsPopulationAssumed ? " (assumed: a 1% sample, ARX's default)" : string.Empty;
        var chosen = u.DankarModel == PopulationUniquenessModel.None ? "no sample uniques: 0" : $"{u.DankarModel} {Percent(u.Dankar)}";
        b.Append($"<p><b>Population uniqueness</b>, N = {Count(u.PopulationSize)}{Encode(assumed)}: Zayatz {Percent(u.Zayatz)}, Pitman {Percent(u.Pitman)}, SNB {Percent(u.Snb)}; Dankar's rule: <b>{chosen}</b>.</p>");
    }

    private static void Row(StringBuilder b, string name, SampleRisk s)
        => b.Append($"<tr><td>{Encode(name)}</td><td>{Percent(s.HighestRisk)}</td><td>{Percent(s.LowestRisk)}</td><td>{Percent(s.AverageRisk)}</td><td>{Percent(s.RecordsAtHighestRisk)}</td><td>{Percent(s.RecordsAtRisk)}</td></tr>");
}
