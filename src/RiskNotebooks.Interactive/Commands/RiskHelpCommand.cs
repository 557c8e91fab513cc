using Microsoft.DotNet.Interactive.Commands;

namespace RiskNotebooks.Interactive.Commands;

/// <summary>The options of <c>#!risk-help</c>: Shows what each RiskNotebooks magic command does, with an example.</summary>
public sealed class RiskHelpCommand : KernelDirectiveCommand
{
}
