namespace RiskNotebooks.Reporting.Export;

/// <summary>The formats a report is written in, chosen by the file's extension (see <see cref="ReportFormats"/>).</summary>
public enum ReportFormat
{
    /// <summary>One self-contained HTML page with the cards and charts (<c>.html</c>, <c>.htm</c>).</summary>
    Html,

    /// <summary>A Word document: the cards as tables, the matrix and heatmaps as shaded cells, DPIA headings (<c>.docx</c>).</summary>
    Docx,

    /// <summary>Markdown with the same content as tables; charts are in the optional companion HTML (<c>.md</c>).</summary>
    Markdown,

    /// <summary>JSON in the one versioned schema of every result kind, <c>datasets/schemas/report.schema.json</c> (<c>.json</c>).</summary>
    Json,
}
