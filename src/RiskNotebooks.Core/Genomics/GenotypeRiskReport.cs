namespace RiskNotebooks.Genomics;

/// <summary>
/// How identifying a set of genotypes is: each sample's random match probability in a population, and how many sites of
/// this panel single a person out. Aggregates by default; <see cref="Samples"/> is record-level.
/// </summary>
public sealed class GenotypeRiskReport
{
    internal GenotypeRiskReport(string source, string? version, GenotypeRiskOptions options, GenotypeSiteCounts sites, IReadOnlyList<SampleGenotypeRisk> samples, IReadOnlyList<double> logSiteMatches)
    {
        Source = source;
        Version = version;
        Options = options;
        Sites = sites;
        Samples = samples;
        InformativeSites = logSiteMatches.Count(m => m < 0);
        Log10Threshold = GenotypeMatch.LogThreshold(options.Population, options.Target) / Math.Log(10);
        if (InformativeSites > 0)
        {
            var informative = logSiteMatches.Where(m => m < 0).ToArray();
            MeanLog10SiteMatch = informative.Average() / Math.Log(10);
            TypicalSitesForTarget = (long)Math.Ceiling(Log10Threshold / MeanLog10SiteMatch.Value);
            Array.Sort(informative);
            var cumulative = new List<double>();
            double sum = 0;
            for (var i = 0; i < informative.Length; i++)
            {
                sum += informative[i] / Math.Log(10);
                if (cumulative.Count < MaximumCurve)
                {
                    cumulative.Add(sum);
                }

                if (sum <= Log10Threshold && FewestSitesForTarget is null)
                {
                    FewestSitesForTarget = i + 1;
                }
            }

            MostInformativeLog10Match = cumulative;
        }

        if (samples.Count > 0)
        {
            SamplesUniqueAtTarget = samples.Count(s => s.ProbabilityUnique >= options.Target);
            var logs = samples.Select(s => s.Log10MatchProbability).Order().ToArray();
            MedianLog10MatchProbability = Data.Medians.OfSorted(logs);
            HighestLog10MatchProbability = logs[^1];
            MedianExpectedMatches = Data.Medians.OfSorted(samples.Select(s => s.ExpectedMatches).Order().ToArray());
            LowestProbabilityUnique = samples.Min(s => s.ProbabilityUnique);
        }
    }

    /// <summary>How many sites <see cref="MostInformativeLog10Match"/> follows at most.</summary>
    public const int MaximumCurve = 1000;

    /// <summary>The file measured (its name as given).</summary>
    public string Source { get; }

    /// <summary>The VCF version (such as <c>VCFv4.2</c>), or <see langword="null"/> for a frequency table.</summary>
    public string? Version { get; }

    /// <summary>The options used.</summary>
    public GenotypeRiskOptions Options { get; }

    /// <summary>The sites read, used and skipped.</summary>
    public GenotypeSiteCounts Sites { get; }

    /// <summary>Each sample's figures, in the file's order (record-level: show only when asked). Empty for a frequency table.</summary>
    public IReadOnlyList<SampleGenotypeRisk> Samples { get; }

    /// <summary>The number of samples.</summary>
    public int SampleCount => Samples.Count;

    /// <summary>Used sites where two random people can differ (site match probability below 1).</summary>
    public int InformativeSites { get; }

    /// <summary>log₁₀ of the largest random match probability that makes a person unique with probability <see cref="GenotypeRiskOptions.Target"/> in the population.</summary>
    public double Log10Threshold { get; }

    /// <summary>The mean over informative sites of log₁₀ of the probability that two random people share the genotype.</summary>
    public double? MeanLog10SiteMatch { get; }

    /// <summary>
    /// How many sites like this panel's average site single a person out: the n with (site match)ⁿ at most the threshold,
    /// using the mean of log₁₀ site match probabilities. Compare with Lin, Owen &amp; Altman 2004: as few as 75 independent SNPs.
    /// </summary>
    public long? TypicalSitesForTarget { get; }

    /// <summary>
    /// The fewest sites of this panel that single a person out on average: the most informative sites first, until the
    /// product of their match probabilities reaches the threshold; <see langword="null"/> when all of them do not.
    /// </summary>
    public int? FewestSitesForTarget { get; }

    /// <summary>
    /// log₁₀ of the match probability of the panel's n most informative sites together, for n = 1, 2, ... (at most
    /// <see cref="MaximumCurve"/>): what an attacker who picks the best sites needs.
    /// </summary>
    public IReadOnlyList<double> MostInformativeLog10Match { get; } = [];

    /// <summary>The probability that a person with genotypes of this match probability is unique in the population.</summary>
    /// <param name="log10Match">log₁₀ of the random match probability.</param>
    /// <returns>(1 − m)^(N − 1).</returns>
    public double ProbabilityUniqueAt(double log10Match) => GenotypeMatch.ProbabilityUnique(log10Match * Math.Log(10), Options.Population);

    /// <summary>Samples unique in the population with at least the target probability.</summary>
    public int SamplesUniqueAtTarget { get; }

    /// <summary>The share of samples unique with at least the target probability (0 without samples).</summary>
    public double ShareUniqueAtTarget => Samples.Count == 0 ? 0 : (double)SamplesUniqueAtTarget / Samples.Count;

    /// <summary>The median over samples of log₁₀ of the random match probability.</summary>
    public double? MedianLog10MatchProbability { get; }

    /// <summary>The largest log₁₀ random match probability: the least identifiable sample.</summary>
    public double? HighestLog10MatchProbability { get; }

    /// <summary>The median over samples of the expected number of others who match.</summary>
    public double? MedianExpectedMatches { get; }

    /// <summary>The smallest probability of being unique over samples.</summary>
    public double? LowestProbabilityUnique { get; }
}
