using Microsoft.DotNet.Interactive.Commands;

namespace RiskNotebooks.Interactive.Commands;

/// <summary>The options of <c>#!risk-text</c>: finds personal data in text documents and shows each document's risk.</summary>
public sealed class RiskTextCommand : KernelDirectiveCommand
{
    /// <summary><c>--path</c>: A folder (its *.txt files) or one text file.</summary>
    public string? Path { get; set; }

    /// <summary><c>--lang</c>: sv, en or auto (default).</summary>
    public string? Lang { get; set; }

    /// <summary><c>--redact</c>: A folder for redacted copies and span files.</summary>
    public string? Redact { get; set; }

    /// <summary><c>--key-file</c>: The redaction key file (at least 16 secret bytes).</summary>
    public string? KeyFile { get; set; }

    /// <summary><c>--document-names</c>: Name documents by their file names (default: document 1, 2, ...).</summary>
    public bool DocumentNames { get; set; }

    /// <summary><c>--min-confidence</c>: Drop findings below this confidence (default 0.5).</summary>
    public double? MinConfidence { get; set; }

    /// <summary><c>--name</c>: A C# variable to publish the report as (none by default).</summary>
    public string? Name { get; set; }
}
