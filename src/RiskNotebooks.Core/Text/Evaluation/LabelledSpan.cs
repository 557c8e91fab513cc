namespace RiskNotebooks.Text.Evaluation;

/// <summary>A span of a labelled document that holds personal data of a type (the ground truth of an evaluation).</summary>
/// <param name="Type">The type.</param>
/// <param name="Start">The UTF-16 offset of its first character.</param>
/// <param name="End">The UTF-16 offset after its last character.</param>
public readonly record struct LabelledSpan(EntityType Type, long Start, long End);
