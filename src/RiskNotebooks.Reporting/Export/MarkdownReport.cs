using System.Text;

namespace RiskNotebooks.Reporting.Export;

/// <summary>
/// Renders a <see cref="ReportDocument"/> as Markdown (CommonMark with GitHub tables): headings, paragraphs, tables.
/// Charts are named with a pointer to the companion HTML report, which is optional; shading has no Markdown form, so
/// heatmap cells carry their figure only. Nothing in it links anywhere.
/// </summary>
internal static class MarkdownReport
{
    internal static string Render(ReportDocument document, string generator)
    {
        var b = new StringBuilder();
        b.Append("# ").Append(Inline(document.Title)).Append(": ").Append(Inline(document.Source)).Append("\n\n");
        b.Append('*').Append(Inline(generator)).Append("*\n\n");
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case ReportHeading h:
                    b.Append(h.Level == 1 ? "## " : "### ").Append(Inline(h.Text)).Append("\n\n");
                    break;
                case ReportParagraph p:
                    b.Append(p.Note ? "*" + Inline(p.Text) + "*" : Inline(p.Text)).Append("\n\n");
                    break;
                case ReportChart c:
                    b.Append("Chart: ").Append(Inline(c.Title)).Append(". It is drawn in the companion HTML report of the same result, which is optional: write it with `--report FILE.html` (or `#!risk-export FILE.html`) and keep it beside this file.\n\n");
                    break;
                case ReportTable t:
                    if (t.Caption is not null)
                    {
                        b.Append("**").Append(Inline(t.Caption)).Append("**\n\n");
                    }

                    b.Append('|');
                    foreach (var heading in t.Header)
                    {
                        b.Append(' ').Append(Cell(heading)).Append(" |");
                    }

                    b.Append("\n|");
                    for (var i = 0; i < t.Header.Count; i++)
                    {
                        b.Append(i == 0 ? " --- |" : " ---: |");
                    }

                    b.Append('\n');
                    foreach (var row in t.Rows)
                    {
                        b.Append('|');
                        foreach (var cell in row)
                        {
                            b.Append(' ').Append(Cell(cell.Text)).Append(" |");
                        }

                        b.Append('\n');
                    }

                    b.Append('\n');
                    break;
            }
        }

        return b.ToString();
    }

    /// <summary>Text that Markdown shows as written: its markup characters escaped (no link, image or HTML can be formed).</summary>
    internal static string Inline(string text)
    {
        var b = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '!' or '~')
            {
                b.Append('\\');
            }

            b.Append(c is '\r' or '\n' ? ' ' : c);
        }

        return b.ToString();
    }

    private static string Cell(string text) => text.Length == 0 ? " " : Inline(text);
}
