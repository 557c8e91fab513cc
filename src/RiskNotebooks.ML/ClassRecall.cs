namespace RiskNotebooks.ML;

/// <summary>
/// How often the attack recovers one value of a sensitive attribute: of the records that have it, the share predicted
/// to have it (recall), and of the records predicted to have it, the share that do (precision). Only values of at least
/// <see cref="RiskNotebooks.Inference.AttributeInferenceOptions.SmallClassLimit"/> records are named (plain data).
/// </summary>
/// <param name="Value">The sensitive value.</param>
/// <param name="Records">The records that have it.</param>
/// <param name="Recall">The share of them the attack recovers.</param>
/// <param name="Precision">The share of the records predicted to have it that do (0 when none is predicted).</param>
public sealed record ClassRecall(string Value, int Records, double Recall, double Precision);
