using System.Text;
using RiskNotebooks.Data;
using static RiskNotebooks.Reporting.Html.HtmlText;

namespace RiskNotebooks.Reporting.Html;

/// <summary>The HTML schema summary of a loaded table: columns, kinds, distinct and missing counts, suggested roles. No rows.</summary>
public static class TableSummary
{
    /// <summary>Renders the summary.</summary>
    /// <param name="name">The name the table is known by.</param>
    /// <param name="table">The table.</param>
    /// <param name="profiles">Its column profiles (see <see cref="ColumnProfiler"/>).</param>
    /// <returns>An HTML fragment.</returns>
    public static string ToHtml(string name, Table table, IReadOnlyList<ColumnProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(profiles);
        var b = new StringBuilder();
        b.Append(Style);
        b.Append("<div class=\"risknb-card risknb-table\">");
        b.Append($"<h3>{Encode(name)}: {Count(table.RowCount)} records, {table.Columns.Count} columns</h3>");
        b.Append($"<p class=\"note\">From {Encode(Path.GetFileName(table.Source))}. No rows are shown: only what each column holds and the role it probably plays.</p>");
        b.Append("<table><tr><th>column</th><th>kind</th><th>distinct</th><th>missing</th><th>suggested role</th><th class=\"text\">why</th></tr>");
        foreach (var p in profiles)
        {
            b.Append($"<tr><td>{Encode(p.Name)}</td><td>{Encode(p.Kind)}</td><td>{Count(p.DistinctCount)}</td><td>{Percent(p.MissingShare)}</td><td>{Encode(RoleName(p.SuggestedRole))}</td><td class=\"text\">{Encode(p.Reason)}</td></tr>");
        }

        b.Append("</table>");
        var qis = profiles.Where(p => p.SuggestedRole == ColumnRole.QuasiIdentifier).Select(p => p.Name).ToArray();
        var direct = profiles.Where(p => p.SuggestedRole == ColumnRole.DirectIdentifier).Select(p => p.Name).ToArray();
        if (direct.Length > 0)
        {
            b.Append($"<p class=\"risknb-high\">Direct identifiers: {Encode(string.Join(", ", direct))}. Remove or pseudonymise them before sharing: a record with one is identified whatever the rest.</p>");
        }

        if (qis.Length > 0)
        {
            b.Append($"<p>Suggested quasi-identifiers: <code>{Encode(string.Join(",", qis))}</code></p>");
        }

        b.Append("</div>");
        return b.ToString();
    }

    internal static string RoleName(ColumnRole role) => role switch
    {
        ColumnRole.DirectIdentifier => "direct identifier",
        ColumnRole.QuasiIdentifier => "quasi-identifier",
        ColumnRole.Sensitive => "sensitive",
        ColumnRole.Weight => "sampling weight",
        _ => "other",
    };
}
