namespace RiskNotebooks.Interactive.Commands;

/// <summary>The command .NET Interactive makes of a <c>#!risk-matrix</c> line; its parameters are read by name (see <see cref="TableDirectiveCommand"/>).</summary>
public sealed class RiskMatrixCommand : TableDirectiveCommand
{
}
