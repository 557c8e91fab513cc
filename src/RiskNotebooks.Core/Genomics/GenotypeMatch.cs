namespace RiskNotebooks.Genomics;

/// <summary>
/// The random match probability of genotypes under Hardy–Weinberg equilibrium and independence between sites, in log
/// space so that thousands of sites neither underflow nor lose precision.
/// </summary>
/// <remarks>
/// <para>A diploid genotype of alleles i and j has frequency p_i² (i = j) or 2·p_i·p_j (i ≠ j); a haploid call p_i. The
/// random match probability of a person's genotypes is the product of their frequencies over the sites (the product
/// rule of forensic genetics; NRC II, 1996, ch. 4), which assumes the sites independent: thin by distance to approach
/// that (linked sites make the product too small, i.e. the person look rarer than they are).</para>
/// <para>The probability that two random people share the genotype at a site is Σ_g f(g)²; for a diploid site
/// Σ p_i⁴ + Σ_{i&lt;j} (2 p_i p_j)² = 2·(Σ p_i²)² − Σ p_i⁴, for two alleles p⁴ + (2pq)² + q⁴ (Lin, Owen &amp; Altman 2004).</para>
/// <para>In a population of N people, the N − 1 others each match independently with the random match probability m:
/// the expected number of matches is (N − 1)·m and the probability that nobody matches (the person is unique) is
/// (1 − m)^(N − 1).</para>
/// </remarks>
internal static class GenotypeMatch
{
    private static readonly double Log2 = Math.Log(2);

    /// <summary>ln of a call's genotype frequency; −∞ when an allele has frequency 0.</summary>
    internal static double LogFrequency(GenotypeCall call, ReadOnlySpan<double> frequencies)
    {
        if (call.Ploidy == 1)
        {
            return Math.Log(frequencies[call.First]);
        }

        var a = frequencies[call.First];
        var b = frequencies[call.Second];
        return call.First == call.Second ? 2 * Math.Log(a) : Log2 + Math.Log(a) + Math.Log(b);
    }

    /// <summary>ln of the probability that two random people share the genotype at a site.</summary>
    internal static double LogSiteMatch(ReadOnlySpan<double> frequencies, bool diploid)
    {
        double s2 = 0, s4 = 0;
        foreach (var p in frequencies)
        {
            var p2 = p * p;
            s2 += p2;
            s4 += p2 * p2;
        }

        return Math.Log(Math.Min(1d, diploid ? (2 * s2 * s2) - s4 : s2));
    }

    /// <summary>The expected number of others in a population of <paramref name="population"/> who match.</summary>
    internal static double ExpectedMatches(double logMatch, long population) => (population - 1) * Math.Exp(logMatch);

    /// <summary>The probability that nobody else in the population matches: (1 − m)^(N − 1).</summary>
    internal static double ProbabilityUnique(double logMatch, long population)
        => Math.Exp((population - 1) * LogOneMinusExp(logMatch));

    /// <summary>ln m* such that a random match probability m ≤ m* makes a person unique with probability at least <paramref name="target"/>.</summary>
    internal static double LogThreshold(long population, double target)
        => Math.Log(-ExpM1(Math.Log(target) / (population - 1)));

    /// <summary>ln(1 − eˣ) for x ≤ 0, accurate at both ends (Mächler 2012, "Accurately computing log(1 − exp(−|a|))").</summary>
    internal static double LogOneMinusExp(double x) => x > -Math.Log(2) ? Math.Log(-ExpM1(x)) : LogOnePlus(-Math.Exp(x));

    /// <summary>eˣ − 1 without cancellation for small x (Kahan's method).</summary>
    internal static double ExpM1(double x)
    {
        var u = Math.Exp(x);
        if (u == 1d)
        {
            return x;
        }

        var um1 = u - 1d;
        return um1 == -1d ? -1d : um1 * x / Math.Log(u);
    }

    /// <summary>ln(1 + y) without cancellation for small y (Goldberg 1991, theorem 4).</summary>
    internal static double LogOnePlus(double y)
    {
        var u = 1d + y;
        return u == 1d ? y : Math.Log(u) * y / (u - 1d);
    }
}
