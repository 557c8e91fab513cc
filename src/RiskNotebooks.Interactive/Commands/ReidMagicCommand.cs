using Microsoft.DotNet.Interactive.Commands;

namespace RiskNotebooks.Interactive.Commands;

/// <summary>The options of <c>#!reid</c>: Measures re-identification risk and shows the summary card and charts.</summary>
public sealed class ReidMagicCommand : KernelDirectiveCommand
{
    /// <summary><c>--qi</c>: Quasi-identifiers, comma-separated (default: the roles set for the table).</summary>
    public string? Qi { get; set; }

    /// <summary><c>--threshold</c>: The risk threshold for records at risk (default 0.2).</summary>
    public double? Threshold { get; set; }

    /// <summary><c>--population</c>: The population size N.</summary>
    public long? Population { get; set; }

    /// <summary><c>--sampling-fraction</c>: The sampling fraction n/N.</summary>
    public double? SamplingFraction { get; set; }

    /// <summary><c>--subsets</c>: Also analyse every subset of the quasi-identifiers.</summary>
    public bool Subsets { get; set; }

    /// <summary><c>--name</c>: The table (default: the last loaded).</summary>
    public string? Name { get; set; }

    /// <summary><c>--as</c>: A C# variable to publish the report as (none by default).</summary>
    public string? As { get; set; }
}
