using System.Globalization;
using System.Text;
using RiskNotebooks.Text;
using RiskNotebooks.Text.Evaluation;
using static RiskNotebooks.Reporting.Html.HtmlText;

namespace RiskNotebooks.Reporting.Html;

/// <summary>The HTML card of a <see cref="TextEvaluationReport"/>: precision, recall and F1 per type against labels; counts only.</summary>
public static class TextEvaluationCard
{
    /// <summary>Renders the card.</summary>
    /// <param name="report">The evaluation.</param>
    /// <returns>An HTML fragment.</returns>
    public static string ToHtml(TextEvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var b = new StringBuilder();
        b.Append("<div class=\"risknb-card risknb-evaluation\" style=\"font-family:system-ui,sans-serif;border:1px solid #ccd;border-radius:8px;padding:10px 14px;max-width:900px\">");
        b.Append($"<h3>Against the labels: {Count(report.DocumentCount)} labelled {(report.DocumentCount == 1 ? "document" : "documents")}</h3>");
        b.Append("<table><tr><th style=\"text-align:left\">type</th><th>labelled</th><th>found</th><th>precision</th><th>recall</th><th>F1</th></tr>");
        foreach (var score in report.Entities.Concat(report.SpecialCategories).Where(s => s.Labelled + s.FalsePositives > 0))
        {
            b.Append(CultureInfo.InvariantCulture, $"<tr><td>{Encode(EntityTypes.NameOf(score.Type))}</td><td>{Count(score.Labelled)}</td><td>{Count(score.TruePositives + score.FalsePositives)}</td>");
            b.Append(CultureInfo.InvariantCulture, $"<td>{Percent(score.Precision)}</td><td>{Percent(score.Recall)}</td><td>{score.F1:0.000}</td></tr>");
        }

        b.Append("</table></div>");
        return b.ToString();
    }
}
