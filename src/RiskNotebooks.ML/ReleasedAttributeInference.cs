namespace RiskNotebooks.ML;

/// <summary>
/// What a released table teaches an attacker about one sensitive attribute of real people: a learner trained on the
/// release predicts the original records (attack) and original records kept out of the release (control).
/// </summary>
/// <remarks>
/// Risk = (attack − control) / (1 − control): what the release reveals about the people in it beyond what it reveals
/// about anyone of the population (which any statistic would). Interval: Newcombe's hybrid score interval of the
/// difference of two independent proportions (Wilson intervals of each, square-and-add), divided by 1 − control.
/// </remarks>
/// <param name="Name">The attribute.</param>
/// <param name="OriginalRecords">The original records scored (with a value).</param>
/// <param name="ControlRecords">The control records scored.</param>
/// <param name="Attack">The accuracy on the original records.</param>
/// <param name="AttackInterval">Its Wilson interval.</param>
/// <param name="Control">The accuracy on the control records.</param>
/// <param name="ControlInterval">Its Wilson interval.</param>
/// <param name="Risk">(attack − control) / (1 − control).</param>
/// <param name="RiskInterval">The interval of the risk.</param>
/// <param name="Kind">Categorical (attack and control are accuracies) or numeric (shares predicted within <paramref name="Tolerance"/>).</param>
/// <param name="Tolerance">Numeric: how close a prediction must be to count, in the attribute's units (the tolerance share of
/// the original records' range); <see langword="null"/> for a categorical attribute.</param>
public sealed record ReleasedAttributeInference(
    string Name, int OriginalRecords, int ControlRecords, double Attack, InferenceInterval AttackInterval, double Control, InferenceInterval ControlInterval, double Risk, InferenceInterval RiskInterval,
    SensitiveAttributeKind Kind = SensitiveAttributeKind.Categorical, double? Tolerance = null);
