using System.Text;
using RiskNotebooks.Data;
using RiskNotebooks.Text;
using static RiskNotebooks.Reporting.Html.HtmlText;

namespace RiskNotebooks.Reporting.Html;

/// <summary>The HTML card of a <see cref="TextCorpusReport"/>: the corpus summary and each document's risk, never text.</summary>
/// <remarks>Documents are <c>document 1</c>, <c>document 2</c>, ... (the order read) unless the report was made with
/// <see cref="TextAnalysisOptions.DocumentNames"/>: a file name often names the person it is about.</remarks>
public static class TextCorpusCard
{
    /// <summary>Renders the card.</summary>
    /// <param name="report">The report.</param>
    /// <param name="maxDocuments">The most documents listed (the riskiest first).</param>
    /// <param name="minimum">Counts of documents (each about a person) below it are written as <c>&lt;5</c>; <see langword="null"/>: 5.</param>
    /// <returns>An HTML fragment.</returns>
    public static string ToHtml(TextCorpusReport report, int maxDocuments = 25, MinimumCellSize? minimum = null)
    {
        var m = minimum ?? MinimumCellSize.Default;
        string Count(long n) => Encode(m.Format(n));
        ArgumentNullException.ThrowIfNull(report);
        var s = report.Summary;
        var b = new StringBuilder();
        b.Append(Style);
        b.Append("<div class=\"risknb-card risknb-text\">");
        b.Append($"<h3>Personal data in text: {Encode(report.SourceName)}</h3>"); // a name, not a path: the card is shared
        b.Append($"<p>{Count(s.DocumentCount)} {(s.DocumentCount == 1 ? "document" : "documents")} ({Count(s.SwedishDocuments)} Swedish, {Count(s.EnglishDocuments)} English), {HtmlText.Count(s.CharacterCount)} characters.</p>");
        var identified = s.DocumentsAt(DocumentRiskLevel.Identified);
        var high = s.DocumentsAt(DocumentRiskLevel.High);
        var share = s.DocumentCount == 0 ? 0 : (double)(identified + high) / s.DocumentCount;
        b.Append($"<p><span class=\"big {(identified + high > 0 ? "risknb-high" : "risknb-ok")}\">{Percent(share)}</span> of documents identified or at high risk; ");
        b.Append($"{Count(s.DocumentsWithSpecialCategories)} with special categories (GDPR Art. 9) or criminal data (Art. 10).</p>");
        b.Append("<table><tr><th>risk level</th><th>documents</th></tr>");
        foreach (var level in Enum.GetValues<DocumentRiskLevel>().Reverse())
        {
            b.Append($"<tr><td>{Encode(level.ToString().ToLowerInvariant())}</td><td>{Count(s.DocumentsAt(level))}</td></tr>");
        }

        b.Append("</table>");
        b.Append("<table><tr><th>found</th><th>kind</th><th>mentions</th><th>documents</th></tr>");
        foreach (var (type, n) in s.Mentions.OrderBy(p => EntityTypes.KindOf(p.Key)).ThenByDescending(p => p.Value))
        {
            b.Append($"<tr><td>{Encode(EntityTypes.NameOf(type))}</td><td>{Encode(Kind(EntityTypes.KindOf(type)))}</td><td>{HtmlText.Count(n)}</td><td>{Count(s.DocumentsWith[type])}</td></tr>");
        }

        b.Append("</table>");
        if (report.Documents.Count > 0)
        {
            var shown = report.Documents.Select((d, i) => (Document: d, Position: i))
                .OrderByDescending(p => p.Document.Risk.Level).ThenBy(p => p.Position).Take(maxDocuments).ToList();
            b.Append("<table><tr><th>document</th><th>level</th><th style=\"text-align:left\">why</th></tr>");
            foreach (var (d, position) in shown)
            {
                var label = report.DocumentNames ? Path.GetFileName(d.Document) : report.LabelOf(position);
                b.Append($"<tr><td>{Encode(label)}</td><td>{Encode(d.Risk.Level.ToString().ToLowerInvariant())}</td><td style=\"text-align:left\">{Encode(d.Risk.Reason)}</td></tr>");
            }

            b.Append("</table>");
            if (report.Documents.Count > shown.Count)
            {
                b.Append($"<p class=\"note\">The {shown.Count} riskiest of {Count(report.Documents.Count)} documents are listed.</p>");
            }
        }

        if (report.RedactedTo is not null)
        {
            b.Append($"<p>Redacted copies and span files: <code>{Encode(Name(report.RedactedTo))}</code>; distinct values replaced: {Encode(string.Join(", ", report.RedactionTags.Select(p => $"{EntityTypes.NameOf(p.Key)} {p.Value}")))}.</p>");
        }

        b.Append("<p class=\"note\">Counts and kinds only: no text of the documents is shown.</p></div>");
        return b.ToString();
    }

    private static string Kind(EntityKind kind) => kind switch
    {
        EntityKind.DirectIdentifier => "direct identifier",
        EntityKind.QuasiIdentifier => "quasi-identifier",
        _ => "special category",
    };

    private static string Name(string path) => Path.GetFileName(Path.TrimEndingDirectorySeparator(path)) is { Length: > 0 } name ? name : path;
}
