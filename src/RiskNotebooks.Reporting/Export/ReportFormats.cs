namespace RiskNotebooks.Reporting.Export;

/// <summary>The report formats by name and by file extension.</summary>
public static class ReportFormats
{
    /// <summary>The names of the formats as options take them: <c>html</c>, <c>docx</c>, <c>md</c>, <c>json</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["html", "docx", "md", "json"];

    /// <summary>The format a file name asks for, by its extension.</summary>
    /// <param name="path">The file.</param>
    /// <param name="optionName">The option that named it, for the error.</param>
    /// <returns>The format.</returns>
    /// <exception cref="InvalidOptionException">The extension is not .html, .htm, .docx, .md or .json (names the option and the file name, never a value of the data).</exception>
    public static ReportFormat FromPath(string path, string optionName)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".html" or ".htm" => ReportFormat.Html,
            ".docx" => ReportFormat.Docx,
            ".md" or ".markdown" => ReportFormat.Markdown,
            ".json" => ReportFormat.Json,
            _ => throw new InvalidOptionException(optionName, $"give a file name ending in .html, .docx, .md or .json (the format follows the extension), not '{Path.GetFileName(path)}'."),
        };
    }

    /// <summary>The format of a name (<c>html</c>, <c>docx</c>, <c>md</c> or <c>markdown</c>, <c>json</c>).</summary>
    /// <param name="name">The name.</param>
    /// <param name="optionName">The option that gave it.</param>
    /// <returns>The format.</returns>
    /// <exception cref="InvalidOptionException">An unknown name.</exception>
    public static ReportFormat FromName(string name, string optionName)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim().ToLowerInvariant() switch
        {
            "html" => ReportFormat.Html,
            "docx" => ReportFormat.Docx,
            "md" or "markdown" => ReportFormat.Markdown,
            "json" => ReportFormat.Json,
            _ => throw new InvalidOptionException(optionName, "is not a report format: use html, docx, md or json."),
        };
    }

    /// <summary>The usual extension of a format, with its dot.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The extension.</returns>
    public static string Extension(ReportFormat format) => format switch
    {
        ReportFormat.Html => ".html",
        ReportFormat.Docx => ".docx",
        ReportFormat.Markdown => ".md",
        _ => ".json",
    };
}
