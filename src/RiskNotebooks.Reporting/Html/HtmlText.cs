using System.Globalization;
using System.Net;

namespace RiskNotebooks.Reporting.Html;

/// <summary>Small helpers shared by the HTML views: encoding and number formats.</summary>
internal static class HtmlText
{
    internal static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    internal static string Percent(double share) => share.ToString("0.0%", CultureInfo.InvariantCulture);

    internal static string Percent(double? share) => share is { } s ? Percent(s) : "did not converge";

    internal static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    internal static string Number(double value, string format = "0.##") => value.ToString(format, CultureInfo.InvariantCulture);

    internal const string Style = """
        <style>
        .risknb-card{font-family:system-ui,-apple-system,Segoe UI,sans-serif;border:1px solid #ccd;border-radius:8px;padding:12px 16px;max-width:900px;margin:6px 0}
        .risknb-card h3{margin:0 0 6px 0;font-size:1.1em}
        .risknb-card table{border-collapse:collapse;margin:6px 0}
        .risknb-card th,.risknb-card td{padding:3px 10px;text-align:right;border-bottom:1px solid #eee}
        .risknb-card th:first-child,.risknb-card td:first-child{text-align:left}
        .risknb-card .big{font-size:1.6em;font-weight:600}
        .risknb-card .note{color:#555;font-size:90%}
        .risknb-high{color:#b03a2e;font-weight:600}.risknb-ok{color:#1e8449;font-weight:600}
        </style>
        """;
}
