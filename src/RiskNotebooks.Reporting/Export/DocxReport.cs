using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Color = DocumentFormat.OpenXml.Wordprocessing.Color;

namespace RiskNotebooks.Reporting.Export;

/// <summary>
/// Renders a <see cref="ReportDocument"/> as a Word document (Office Open XML, .docx): the DPIA headings as Word's own
/// Heading 1 and Heading 2 styles (so they paste into a template and show in its navigation), every table as an editable
/// Word table, heatmap and matrix cells shaded. No image, no hyperlink, no external relationship: it opens offline in
/// Word and LibreOffice without repair.
/// </summary>
internal static class DocxReport
{
    private const string Font = "Calibri";

    internal static byte[] Render(ReportDocument document, string generator)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            word.PackageProperties.Title = $"{document.Title}: {document.Source}";
            word.PackageProperties.Creator = "RiskNotebooks";
            var main = word.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = Styles();
            var body = new Body();
            body.Append(Paragraph($"{document.Title}: {document.Source}", "Title"));
            body.Append(Paragraph(generator, "Note"));
            foreach (var block in document.Blocks)
            {
                switch (block)
                {
                    case ReportHeading h:
                        body.Append(Paragraph(h.Text, h.Level == 1 ? "Heading1" : "Heading2"));
                        break;
                    case ReportParagraph p:
                        body.Append(Paragraph(p.Text, p.Note ? "Note" : null));
                        break;
                    case ReportChart c:
                        body.Append(Paragraph($"Chart: {c.Title}. It is drawn in the HTML report of the same result (--report FILE.html); its figures are in the tables here.", "Note"));
                        break;
                    case ReportTable t:
                        if (t.Caption is not null)
                        {
                            body.Append(Paragraph(t.Caption, "Caption"));
                        }

                        body.Append(Table(t));
                        body.Append(new Paragraph());
                        break;
                }
            }

            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U }, // A4
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U, Header = 709U, Footer = 709U, Gutter = 0U }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text, string? style)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    private static Table Table(ReportTable t)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4, Color = "BBBBCC" },
            new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "BBBBCC" },
            new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "BBBBCC" },
            new RightBorder { Val = BorderValues.Single, Size = 4, Color = "BBBBCC" },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "BBBBCC" },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "BBBBCC" });
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            border,
            new TableLayout { Type = TableLayoutValues.Autofit }));
        var grid = new TableGrid();
        for (var i = 0; i < t.Header.Count; i++)
        {
            grid.Append(new GridColumn { Width = (9638 / Math.Max(1, t.Header.Count)).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        table.Append(grid);
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        foreach (var heading in t.Header)
        {
            header.Append(Cell(heading, "DDDDEE", bold: true));
        }

        table.Append(header);
        foreach (var row in t.Rows)
        {
            var tableRow = new TableRow();
            foreach (var cell in row)
            {
                tableRow.Append(Cell(cell.Text, cell.Shade, bold: false));
            }

            table.Append(tableRow);
        }

        return table;
    }

    private static TableCell Cell(string text, string? shade, bool bold)
    {
        var properties = new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Auto });
        if (shade is not null)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = shade });
        }

        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties(new Bold()));
        }

        run.Append(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return new TableCell(properties, new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TableText" }), run));
    }

    private static Styles Styles()
    {
        static Style Paragraph(string id, string name, int halfPoints, bool bold, string? color = null, int outline = -1, bool italic = false)
        {
            var run = new StyleRunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font }, new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            if (bold)
            {
                run.Append(new Bold());
            }

            if (italic)
            {
                run.Append(new Italic());
            }

            if (color is not null)
            {
                run.Append(new Color { Val = color });
            }

            var paragraph = new StyleParagraphProperties(new SpacingBetweenLines { Before = bold ? "240" : "0", After = "120" });
            if (outline >= 0)
            {
                paragraph.Append(new KeepNext(), new OutlineLevel { Val = outline });
            }

            var style = new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new PrimaryStyle(), paragraph, run)
            {
                Type = StyleValues.Paragraph,
                StyleId = id,
            };
            if (id == "Normal")
            {
                style.RemoveAllChildren<BasedOn>();
                style.Default = true;
            }

            return style;
        }

        return new Styles(
            Paragraph("Normal", "Normal", 21, bold: false),
            Paragraph("Title", "Title", 36, bold: true),
            Paragraph("Heading1", "heading 1", 30, bold: true, "1F3864", outline: 0),
            Paragraph("Heading2", "heading 2", 25, bold: true, "2E5395", outline: 1),
            Paragraph("Caption", "caption", 19, bold: true, "404040"),
            Paragraph("Note", "Note", 18, bold: false, "555555", italic: true),
            Paragraph("TableText", "Table Text", 19, bold: false));
    }
}
