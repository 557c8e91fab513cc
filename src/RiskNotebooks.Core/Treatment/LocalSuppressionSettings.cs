namespace RiskNotebooks.Treatment;

/// <summary>Local suppression after the generalisation (see <see cref="LocalSuppression"/>).</summary>
/// <param name="K">The k to reach, with missing keys as wildcards (sdcMicro's fk).</param>
/// <param name="Importance">The quasi-identifiers from the most important (suppressed last) to the least, or empty for sdcMicro's default (more distinct values: suppressed first).</param>
/// <param name="Strata">A column within each of whose values k is reached separately, or <see langword="null"/>.</param>
public sealed record LocalSuppressionSettings(int K, IReadOnlyList<string> Importance, string? Strata = null);
