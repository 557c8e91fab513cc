namespace RiskNotebooks.Inference;

/// <summary>One attack by nearest-neighbour linkage, on original records and on the control, and its excess over the control.</summary>
/// <param name="What">What is measured (singling out, or the sensitive attribute guessed).</param>
/// <param name="AttackRecords">Original records attacked.</param>
/// <param name="Attack">The share of them the attack succeeds on.</param>
/// <param name="ControlRecords">Control records attacked (original records kept out of the release).</param>
/// <param name="Control">The share of them the same attack succeeds on: what the release reveals about anyone.</param>
/// <param name="Risk">(attack − control) / (1 − control).</param>
/// <param name="RiskLow">The low end of its interval (Newcombe's for the difference, divided by 1 − control).</param>
/// <param name="RiskHigh">The high end.</param>
public sealed record LinkageMeasure(string What, int AttackRecords, double Attack, int ControlRecords, double Control, double Risk, double RiskLow, double RiskHigh);
