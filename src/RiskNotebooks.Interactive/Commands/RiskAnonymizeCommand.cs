namespace RiskNotebooks.Interactive.Commands;

/// <summary>The options of <c>#!risk-anonymize</c>: those of its command's option table plus the notebook's own (see <see cref="TableDirectives"/>).</summary>
public sealed class RiskAnonymizeCommand : TableDirectiveCommand
{
}
