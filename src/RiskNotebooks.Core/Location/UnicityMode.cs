namespace RiskNotebooks.Location;

/// <summary>How unicity averages over the p-point subsets of a user's trace.</summary>
public enum UnicityMode
{
    /// <summary>
    /// S random p-subsets per user (seeded), as de Montjoye et al. did; the result has a confidence interval.
    /// </summary>
    Sampled,

    /// <summary>
    /// Every p-subset of every user whose number of subsets is within <see cref="UnicityOptions.ExactLimit"/> (the others are
    /// sampled, and counted in <see cref="UnicityAtPoints.SampledUsers"/>): the expectation that sampling estimates.
    /// </summary>
    Exact,
}
