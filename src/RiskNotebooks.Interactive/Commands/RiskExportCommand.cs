using Microsoft.DotNet.Interactive.Commands;

namespace RiskNotebooks.Interactive.Commands;

/// <summary>The options of <c>#!risk-export</c>: saves the last result as a self-contained HTML report.</summary>
public sealed class RiskExportCommand : KernelDirectiveCommand
{
    /// <summary><c>--path</c>: The file to write, ending in .html.</summary>
    public string? Path { get; set; }
}
