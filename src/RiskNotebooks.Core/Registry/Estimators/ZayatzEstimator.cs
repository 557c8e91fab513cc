namespace RiskNotebooks.Registry.Estimators;

/// <summary>
/// Zayatz's estimate of the number of population uniques (Zayatz 1991, "Estimation of the percent of unique population
/// elements on a microdata file using the sample"), in the form ARX implements (<c>ModelZayatz</c>).
/// </summary>
/// <remarks>
/// With c_s classes of size s among C classes, sample size n, population N and fraction f = n/N:
/// P(unique | sample unique) = (c_1/C) h(1; N, 1, n) / Σ_s (c_s/C) h(1; N, s, n), where h(1; N, K, n) is the hypergeometric
/// probability of drawing exactly one of K marked items in n draws from N. The estimate is c_1 · P / f.
/// h(1; N, K, n) = (K n / N) Π_{j=1}^{K-1} (1 − (n − 1)/(N − j)) is summed in log space, term by term, so it stays exact
/// for populations of hundreds of millions.
/// </remarks>
internal static class ZayatzEstimator
{
    internal static double EstimateUniques(ClassSizeHistogram histogram, double populationSize)
    {
        double n = histogram.RecordCount;
        var N = populationSize;
        double classes = histogram.ClassCount;
        var c1 = histogram.ClassesOfSize(1);
        var f = n / N;
        var denominator = 0d;
        var logProduct = 0d;
        var reached = 1;
        var sizes = histogram.Sizes;
        for (var i = 0; i < sizes.Count; i++)
        {
            var size = sizes[i];
            while (reached < size && !double.IsNegativeInfinity(logProduct))
            {
                if (n - 1d >= N - reached)
                {
                    // No room left in the population for the other K − 1 marked items outside the sample: probability 0.
                    logProduct = double.NegativeInfinity;
                    break;
                }

                // Extends the product from K = reached to K = reached + 1: multiplies by 1 − (n − 1)/(N − reached).
                logProduct += Log1P(-(n - 1d) / (N - reached));
                reached++;
            }

            var probability = Math.Exp(Math.Log(size) + Math.Log(n) - Math.Log(N) + logProduct);
            denominator += histogram.Counts[i] / classes * probability;
        }

        var numerator = c1 / classes * (n / N);
        var uniqueness = numerator / denominator;
        return c1 * uniqueness / f;
    }

    /// <summary>ln(1 + x), accurate for small x (Goldberg's trick: the rounding error of 1 + x cancels).</summary>
    internal static double Log1P(double x)
    {
        var u = 1d + x;
        return u == 1d ? x : Math.Log(u) * x / (u - 1d);
    }
}
