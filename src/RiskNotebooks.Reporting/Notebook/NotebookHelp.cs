using System.Net;
using System.Text;

namespace RiskNotebooks.Reporting.Notebook;

/// <summary>
/// What <c>#!risk-help</c> shows in every host: each magic command with what it does, its options (from the same tables
/// the hosts bind, so the help cannot drift from them) and an example.
/// </summary>
public static class NotebookHelp
{
    /// <summary>The help as HTML and plain text.</summary>
    public static HtmlFragment Fragment { get; } = Build();

    private static HtmlFragment Build()
    {
        var html = new StringBuilder();
        var text = new StringBuilder("RiskNotebooks magic commands\n");
        html.Append("""<div class="risknb-card risknb-help" style="font-family:system-ui,sans-serif;border:1px solid #ccd;border-radius:8px;padding:10px 14px;max-width:900px">""")
            .Append("""<h3 style="margin-top:0">RiskNotebooks magic commands</h3><table>""");
        foreach (var command in NotebookMagics.Commands)
        {
            var positional = command.Table.Positional is { } p ? $" {(p.IsRequired ? p.ArgumentName : "[" + p.ArgumentName + "]")}" : string.Empty;
            var options = command.OptionNames.Where(n => n != "--path").ToArray();
            html.Append("<tr><td class=\"text\"><code>").Append(WebUtility.HtmlEncode(command.Name + positional)).Append("</code></td><td class=\"text\">")
                .Append(WebUtility.HtmlEncode(command.Description));
            if (options.Length > 0)
            {
                html.Append("<br><small>Options: <code>").Append(WebUtility.HtmlEncode(string.Join(" ", options))).Append("</code></small>");
            }

            html.Append("<br><i>Example:</i> <code>").Append(WebUtility.HtmlEncode(command.Example)).Append("</code></td></tr>");
            text.Append(command.Name).Append(positional).Append(": ").Append(command.Description).Append('\n');
            if (options.Length > 0)
            {
                text.Append("  options: ").Append(string.Join(" ", options)).Append('\n');
            }

            text.Append("  example: ").Append(command.Example).Append('\n');
        }

        const string Footer = "Nothing is published as a C# variable unless you name it (--name, --as). Tab completes commands, options, column names and table names. "
            + "The same engine works from C# without magic commands, e.g. ReidentificationAnalysis.Run(registry, new() { QuasiIdentifiers = [\"sex\", \"postcode\"] }). "
            + "Output is aggregate only; charts render offline (plotly.js is embedded, never fetched).";
        html.Append("</table><p>").Append(WebUtility.HtmlEncode(Footer)).Append("</p></div>");
        text.Append(Footer);
        return new HtmlFragment(html.ToString(), text.ToString());
    }
}
