using System.Net;
using RiskNotebooks.Reporting.Notebook;

namespace RiskNotebooks.Interactive;

/// <summary>The HTML shown by <c>#!risk-roles</c>.</summary>
internal static class RolesHtml
{
    internal static string ToHtml(LoadedTable table)
    {
        static string List(IEnumerable<string> names) => WebUtility.HtmlEncode(string.Join(", ", names) is { Length: > 0 } s ? s : "none");
        return $"""
            <div class="risknb-card risknb-roles" style="font-family:system-ui,sans-serif;border:1px solid #ccd;border-radius:8px;padding:10px 14px;max-width:900px">
            <b>Roles of {WebUtility.HtmlEncode(table.Name)}</b>
            <ul>
            <li>quasi-identifiers: <b>{List(table.QuasiIdentifiers)}</b></li>
            <li>sensitive attributes: {List(table.SensitiveAttributes)}</li>
            <li>sampling weight: {List(table.WeightColumn is null ? [] : [table.WeightColumn])}</li>
            <li>household id: {List(table.HouseholdColumn is null ? [] : [table.HouseholdColumn])}</li>
            </ul>
            <p style="color:#555;font-size:90%">Next: <code>#!reid</code> measures the risk for these roles.</p>
            </div>
            """;
    }
}
