namespace RiskNotebooks.Genomics;

/// <summary>One sample's genotype uniqueness (record-level: shown only when asked for).</summary>
/// <param name="Sample">The sample's name in the VCF's header.</param>
/// <param name="CalledSites">The sites used where the sample has a call.</param>
/// <param name="Log10MatchProbability">log₁₀ of the random match probability of its genotypes.</param>
/// <param name="ExpectedMatches">The expected number of others in the population with the same genotypes.</param>
/// <param name="ProbabilityUnique">The probability that nobody else in the population has them.</param>
public sealed record SampleGenotypeRisk(string Sample, int CalledSites, double Log10MatchProbability, double ExpectedMatches, double ProbabilityUnique);
