using System.Net;
using System.Text.Json.Nodes;
using RiskNotebooks.Reporting.Export;
using RiskNotebooks.Reporting.Html;

namespace RiskNotebooks.Kernel.Notebooks;

/// <summary>
/// The report of an executed notebook (<c>risknb run --report</c>): its cells' outputs in order as one offline HTML file,
/// the cards and charts as the notebook showed them (plotly.js inlined once in the head), text output and the notebook's
/// own markdown as plain text. The notebook decides what is in it: our cards and charts are aggregates; what a C# cell
/// prints is what its author wrote.
/// </summary>
internal static class NotebookReport
{
    internal static HtmlReport From(JsonObject executed, string notebookPath)
    {
        var report = new HtmlReport("Notebook", Path.GetFileName(notebookPath));
        var script = PlotlyJs.ScriptElement();
        foreach (var cell in executed["cells"]!.AsArray().OfType<JsonObject>())
        {
            if ((string?)cell["cell_type"] == "markdown")
            {
                report.Add(Plain(Text(cell["source"]), "risknb-markdown", monospace: false));
                continue;
            }

            foreach (var output in (cell["outputs"] as JsonArray ?? []).OfType<JsonObject>())
            {
                switch ((string?)output["output_type"])
                {
                    case "stream":
                        report.Add(Plain(Text(output["text"]), "risknb-" + (string?)output["name"]));
                        break;
                    case "error":
                        report.Add(Plain($"{(string?)output["ename"]}: {(string?)output["evalue"]}", "risknb-error"));
                        break;
                    case "display_data" or "execute_result" when output["data"] is JsonObject data:
                        var html = data["text/html"] is { } h ? Text(h) : null;
                        if (html is not null && html.Contains("risknb-loaded", StringComparison.Ordinal))
                        {
                            break; // the kernel's greeting
                        }

                        if (html is null)
                        {
                            report.Add(Plain(Text(data["text/plain"]), "risknb-result"));
                        }
                        else if (data["application/vnd.plotly.v1+json"] is not null || html.Contains(script, StringComparison.Ordinal))
                        {
                            report.AddChartFragment(html.Replace(script, string.Empty, StringComparison.Ordinal));
                        }
                        else
                        {
                            report.Add(html);
                        }

                        break;
                }
            }
        }

        return report;
    }

    private static string Plain(string text, string kind, bool monospace = true)
        => $"<div class=\"{kind}\" style=\"white-space:pre-wrap{(monospace ? ";font-family:ui-monospace,monospace;font-size:90%" : string.Empty)}\">{WebUtility.HtmlEncode(text)}</div>";

    private static string Text(JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        JsonValue value => (string?)value ?? string.Empty,
        _ => string.Empty,
    };
}
