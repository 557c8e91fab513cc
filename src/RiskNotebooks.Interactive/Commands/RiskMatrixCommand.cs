using Microsoft.DotNet.Interactive.Commands;

namespace RiskNotebooks.Interactive.Commands;

/// <summary>The options of <c>#!risk-matrix</c>: draws the risk matrix of the last assessment.</summary>
public sealed class RiskMatrixCommand : KernelDirectiveCommand
{
}
