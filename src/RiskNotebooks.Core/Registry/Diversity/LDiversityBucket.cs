namespace RiskNotebooks.Registry.Diversity;

/// <summary>One bar of the distribution of classes by l: the classes whose l lies in [<paramref name="L"/>, L + 1).</summary>
/// <param name="L">The l (for entropy l-diversity, its integer part).</param>
/// <param name="Classes">The number of classes with that l.</param>
/// <param name="Records">The number of records in those classes.</param>
public sealed record LDiversityBucket(int L, long Classes, long Records);
