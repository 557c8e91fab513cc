using Microsoft.DotNet.Interactive.Commands;

namespace RiskNotebooks.Interactive.Commands;

/// <summary>The options of <c>#!risk-load</c>: Loads a CSV/TSV table and shows its schema summary and suggested roles.</summary>
public sealed class RiskLoadCommand : KernelDirectiveCommand
{
    /// <summary><c>--path</c>: The file to load (the first, unnamed argument).</summary>
    public string? Path { get; set; }

    /// <summary><c>--name</c>: The name of the table in this notebook (default: the file name); when given, also a C# variable of that name.</summary>
    public string? Name { get; set; }

    /// <summary><c>--delimiter</c>: The field delimiter; detected when not given.</summary>
    public string? Delimiter { get; set; }

    /// <summary><c>--missing</c>: Comma-separated cell texts that mean missing (default: empty and NA).</summary>
    public string? Missing { get; set; }
}
