using Microsoft.DotNet.Interactive.Commands;

namespace RiskNotebooks.Interactive.Commands;

/// <summary>The options of <c>#!risk-roles</c>: Sets the roles of the current table's columns.</summary>
public sealed class RiskRolesCommand : KernelDirectiveCommand
{
    /// <summary><c>--qi</c>: Quasi-identifier columns, comma-separated.</summary>
    public string? Qi { get; set; }

    /// <summary><c>--sensitive</c>: Sensitive attribute columns, comma-separated.</summary>
    public string? Sensitive { get; set; }

    /// <summary><c>--weight</c>: The sampling weight column.</summary>
    public string? Weight { get; set; }

    /// <summary><c>--household</c>: The household id column.</summary>
    public string? Household { get; set; }

    /// <summary><c>--name</c>: The table (default: the last loaded).</summary>
    public string? Name { get; set; }
}
