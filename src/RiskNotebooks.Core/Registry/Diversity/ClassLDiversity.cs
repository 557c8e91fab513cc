namespace RiskNotebooks.Registry.Diversity;

/// <summary>
/// The l of one class from the counts of its values, for entropy and recursive (c, l)-diversity (Machanavajjhala A, Kifer D,
/// Gehrke J, Venkitasubramaniam M. l-Diversity: Privacy beyond k-anonymity. ACM TKDD 2007;1(1):3; as ARX's
/// <c>EntropyLDiversity</c> with the Shannon estimator and <c>RecursiveCLDiversity</c>). Distinct l is the number of counts.
/// </summary>
internal static class ClassLDiversity
{
    /// <summary>Relative distance within which an entropy l is taken to be the integer it approximates.</summary>
    private const double IntegerTolerance = 1e-12;

    /// <summary>
    /// exp(H), H = −Σ p ln p with p = count / n_c. A class whose d values are equally frequent has l = d exactly: rounding
    /// error of the logarithms is snapped away, so such a class is not reported just below d.
    /// </summary>
    internal static double Entropy(ReadOnlySpan<int> codes, int[] counts, int classSize)
    {
        var h = 0d;
        foreach (var code in codes)
        {
            var p = (double)counts[code] / classSize;
            h -= p * Math.Log(p);
        }

        var l = Math.Exp(h);
        var nearest = Math.Round(l);
        return Math.Abs(l - nearest) <= IntegerTolerance * l ? nearest : l;
    }

    /// <summary>
    /// The largest l in 1..m such that r_1 &lt; c (r_l + … + r_m), with r_1 ≥ … ≥ r_m the counts; 0 when even l = 1 fails
    /// (c ≤ 1 and one value). The condition weakens as l falls, so the first l that fails ends the search.
    /// </summary>
    /// <param name="ascending">The class's counts, sorted ascending.</param>
    /// <param name="classSize">n_c, their sum.</param>
    /// <param name="c">The constant c.</param>
    internal static int Recursive(ReadOnlySpan<int> ascending, int classSize, double c)
    {
        var m = ascending.Length;
        if (m == 0)
        {
            return 0;
        }

        double largest = ascending[m - 1];
        long tail = classSize; // r_l + ... + r_m for the l being tried
        var best = 0;
        for (var l = 1; l <= m; l++)
        {
            if (!(largest < c * tail))
            {
                break;
            }

            best = l;
            tail -= ascending[m - l];
        }

        return best;
    }
}
