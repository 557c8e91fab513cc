using System.Text;
using static RiskNotebooks.Reporting.Html.HtmlText;

namespace RiskNotebooks.Reporting.Html;

/// <summary>
/// A card made of lines (headings, figures with a label and a value, notes with a label alone), rendered the same way as
/// HTML and as plain text; the cards of genotypes and attribute inference are written as such lines.
/// </summary>
internal static class CardLines
{
    /// <summary>Renders the lines as an HTML card.</summary>
    /// <param name="cssClass">The card's own class, such as <c>risknb-genome</c>.</param>
    /// <param name="title">The title (encoded here).</param>
    /// <param name="lines">The lines.</param>
    internal static string ToHtml(string cssClass, string title, IEnumerable<(bool Heading, string Label, string? Value)> lines)
    {
        var b = new StringBuilder();
        b.Append($"<div class=\"risknb-card {cssClass}\" style=\"font-family:system-ui,sans-serif;border:1px solid #ccd;border-radius:8px;padding:10px 14px;max-width:900px\">");
        b.Append($"<h3>{Encode(title)}</h3>");
        foreach (var line in lines)
        {
            b.Append(line.Heading ? $"<h4 style=\"margin:8px 0 2px 0\">{Encode(line.Label)}</h4>"
                : line.Value is null ? $"<p class=\"note\">{Encode(line.Label)}</p>"
                : $"<div><span style=\"display:inline-block;min-width:400px\">{Encode(line.Label)}</span> <b>{Encode(line.Value)}</b></div>");
        }

        b.Append("</div>");
        return b.ToString();
    }

    /// <summary>Renders the lines as plain text, one line per figure.</summary>
    /// <param name="title">The title.</param>
    /// <param name="lines">The lines.</param>
    internal static string ToText(string title, IEnumerable<(bool Heading, string Label, string? Value)> lines)
    {
        var b = new StringBuilder();
        b.Append(title).Append('\n');
        foreach (var line in lines)
        {
            b.Append(line.Heading ? $"\n{line.Label}\n" : line.Value is null ? $"  {line.Label}\n" : $"  {line.Label,-50} {line.Value}\n");
        }

        return b.ToString();
    }
}
