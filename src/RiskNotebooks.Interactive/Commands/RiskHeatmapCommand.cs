using Microsoft.DotNet.Interactive.Commands;

namespace RiskNotebooks.Interactive.Commands;

/// <summary>The options of <c>#!risk-heatmap</c>: Shows a heatmap of where the risk sits.</summary>
public sealed class RiskHeatmapCommand : KernelDirectiveCommand
{
    /// <summary><c>--kind</c>: qi-pairs (default), subsets or classes.</summary>
    public string? Kind { get; set; }

    /// <summary><c>--name</c>: The table (default: the last loaded).</summary>
    public string? Name { get; set; }
}
