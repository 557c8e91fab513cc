namespace RiskNotebooks.Reporting.Export;

/// <summary>
/// A report as headings, paragraphs and tables, independent of the format: what the Word and Markdown writers render.
/// Every count of people in it went through the report's <see cref="RiskNotebooks.Data.MinimumCellSize"/> when it was built.
/// </summary>
/// <param name="Title">The title.</param>
/// <param name="Kind">The result kind (<c>reid</c>, <c>text</c>, ...).</param>
/// <param name="Source">The input's file name (never a path).</param>
/// <param name="Blocks">The content, in order.</param>
internal sealed record ReportDocument(string Title, string Kind, string Source, IReadOnlyList<ReportBlock> Blocks);

/// <summary>One block of a <see cref="ReportDocument"/>.</summary>
internal abstract record ReportBlock;

/// <summary>A heading; level 1 are the DPIA sections (Description of processing, Risks, Measures, Residual risk).</summary>
/// <param name="Level">1 or 2.</param>
/// <param name="Text">The text.</param>
internal sealed record ReportHeading(int Level, string Text) : ReportBlock;

/// <summary>A paragraph of plain text.</summary>
/// <param name="Text">The text.</param>
/// <param name="Note">Whether it is a note (smaller, grey in Word; italic in Markdown).</param>
internal sealed record ReportParagraph(string Text, bool Note = false) : ReportBlock;

/// <summary>A chart that only the HTML report draws: named here with where to find it.</summary>
/// <param name="Title">The chart's title.</param>
internal sealed record ReportChart(string Title) : ReportBlock;

/// <summary>A table: a header row and rows of cells; a heatmap is a table whose cells are shaded.</summary>
/// <param name="Header">The column headings.</param>
/// <param name="Rows">The rows, each as long as the header.</param>
/// <param name="Caption">What the table shows, or <see langword="null"/>.</param>
internal sealed record ReportTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<ReportCell>> Rows, string? Caption = null) : ReportBlock;

/// <summary>One cell of a <see cref="ReportTable"/>.</summary>
/// <param name="Text">The text.</param>
/// <param name="Shade">The fill as six hex digits (<c>EC7063</c>), or <see langword="null"/> for none.</param>
internal sealed record ReportCell(string Text, string? Shade = null)
{
    /// <summary>A plain cell.</summary>
    /// <param name="text">The text.</param>
    public static implicit operator ReportCell(string text) => new(text);
}
