using Microsoft.DotNet.Interactive.Commands;

namespace RiskNotebooks.Interactive.Commands;

/// <summary>The options of <c>#!risk-assess</c>: evaluates an assessment file (harm × likelihood, weakest links, matrix).</summary>
public sealed class RiskAssessCommand : KernelDirectiveCommand
{
    /// <summary><c>--path</c>: The assessment file (JSON); default: the one assessed last.</summary>
    public string? Path { get; set; }

    /// <summary><c>--setting</c>: Evaluate in another setting: public-release, shared-under-agreement, secure-enclave or internal.</summary>
    public string? Setting { get; set; }

    /// <summary><c>--without</c>: Controls to leave out (comma-separated ids), to see the weakest link move.</summary>
    public string? Without { get; set; }

    /// <summary><c>--name</c>: A C# variable to publish the result as (none by default).</summary>
    public string? Name { get; set; }
}
