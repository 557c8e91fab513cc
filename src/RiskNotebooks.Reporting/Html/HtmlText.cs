using System.Globalization;
using System.Net;

namespace RiskNotebooks.Reporting.Html;

/// <summary>Small helpers shared by the HTML views: encoding and number formats.</summary>
internal static class HtmlText
{
    internal static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>A share as a percentage, with more decimals where one decimal would round it to 0% or 100%.</summary>
    internal static string Percent(double share)
    {
        var text = share.ToString("0.0%", CultureInfo.InvariantCulture);
        if ((text is "100.0%" && share < 1d) || (text is "0.0%" && share > 0d))
        {
            text = share.ToString(share > 0.5 ? "0.00##%" : "0.####%", CultureInfo.InvariantCulture);
            if (text.StartsWith("100", StringComparison.Ordinal) || text.TrimEnd('%').Trim('0', '.').Length == 0)
            {
                text = share > 0.5 ? "> 99.99%" : "< 0.0001%";
            }
        }

        return text;
    }

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
        .risknb-card th.text,.risknb-card td.text{text-align:left}
        .risknb-card .big{font-size:1.6em;font-weight:600}
        .risknb-card .note{color:#555;font-size:90%}
        .risknb-high{color:#b03a2e;font-weight:600}.risknb-ok{color:#1e8449;font-weight:600}
        </style>
        """;
}
