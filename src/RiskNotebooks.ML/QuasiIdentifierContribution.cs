namespace RiskNotebooks.ML;

/// <summary>
/// What one quasi-identifier contributes to an attack (permutation feature importance): the drop in accuracy (R² for a
/// numeric attribute) when its values are shuffled among the held-out records, averaged over the folds (plain data).
/// </summary>
/// <param name="QuasiIdentifier">The quasi-identifier.</param>
/// <param name="Drop">The drop in accuracy (or R²); near 0 when the attack does not use it, negative by chance only.</param>
public sealed record QuasiIdentifierContribution(string QuasiIdentifier, double Drop);
