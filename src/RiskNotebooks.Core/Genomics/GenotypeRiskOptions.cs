namespace RiskNotebooks.Genomics;

/// <summary>How <see cref="GenotypeRisk"/> measures a VCF or a table of allele frequencies.</summary>
public sealed record GenotypeRiskOptions
{
    /// <summary>The population an attacker searches, N (default 8,000,000,000: everybody).</summary>
    public long Population { get; init; } = 8_000_000_000;

    /// <summary>
    /// Thinning: a site is skipped when it lies closer than this many base pairs to the last site used on the same
    /// chromosome (default 0: every site). Sites near each other are inherited together (linkage disequilibrium), and the
    /// product rule assumes they are not; thinning brings the panel closer to independent sites.
    /// </summary>
    public long MinDistance { get; init; }

    /// <summary>Where the allele frequencies come from (default: the cohort's own).</summary>
    public AlleleFrequencySource Frequencies { get; init; } = AlleleFrequencySource.Cohort;

    /// <summary>The frequency table, with <see cref="AlleleFrequencySource.Table"/>: columns <c>chrom</c>, <c>pos</c>, <c>ref</c>, <c>alt</c>, <c>af</c>.</summary>
    public string? FrequencyTable { get; init; }

    /// <summary>The probability of being unique that counts as singled out (default 0.99).</summary>
    public double Target { get; init; } = 0.99;

    /// <summary>Also use sites whose FILTER is neither PASS nor <c>.</c> (default: skip them).</summary>
    public bool IncludeFiltered { get; init; }

    /// <summary>Checks the options.</summary>
    /// <exception cref="InvalidOptionException">An option out of range, or a frequency table missing or given without <see cref="AlleleFrequencySource.Table"/>.</exception>
    public void Validate()
    {
        if (Population < 2)
        {
            throw new InvalidOptionException(nameof(Population), "must be at least 2 people.");
        }

        if (MinDistance < 0)
        {
            throw new InvalidOptionException(nameof(MinDistance), "must be 0 or more base pairs.");
        }

        if (double.IsNaN(Target) || Target <= 0 || Target >= 1)
        {
            throw new InvalidOptionException(nameof(Target), "must be a probability strictly between 0 and 1, such as 0.99.");
        }

        if ((Frequencies == AlleleFrequencySource.Table) != (FrequencyTable is not null))
        {
            throw new InvalidOptionException(nameof(FrequencyTable), "a frequency table goes with frequencies from a table, and only with them.");
        }
    }
}
