namespace RiskNotebooks.Registry.Diversity;

/// <summary>
/// The three instances of l-diversity of Machanavajjhala, Kifer, Gehrke and Venkitasubramaniam (2007), as ARX implements
/// them (<c>DistinctLDiversity</c>, <c>EntropyLDiversity</c>, <c>RecursiveCLDiversity</c>).
/// </summary>
public enum LDiversityVariant
{
    /// <summary>The l of a class is the number of distinct values of the sensitive attribute in it.</summary>
    Distinct,

    /// <summary>
    /// The l of a class is exp(H), H = −Σ_v p_v ln p_v the Shannon entropy (natural logarithm) of the class's distribution of
    /// the sensitive attribute. ARX also offers Grassberger's corrected estimator; this is the classic Shannon one.
    /// </summary>
    Entropy,

    /// <summary>
    /// With the counts of the class's values sorted r_1 ≥ r_2 ≥ … ≥ r_m, the class is recursive (c, l)-diverse when
    /// r_1 &lt; c (r_l + r_{l+1} + … + r_m). The l of a class is the largest l for which that holds for the chosen c
    /// (0 when it holds for none).
    /// </summary>
    Recursive,
}
