namespace RiskNotebooks.Registry.Suda;

/// <summary>The numbers sdcMicro's <c>suda2</c> derives from the number of keys: MSU weights and the DIS exponent.</summary>
/// <remarks>
/// sdcMicro (R/suda2.R) pads a key set of one or two variables with constant dummy keys to three, so every formula here
/// sees M' = max(M, 3). Source: sdcTools/sdcMicro, src/Suda2.h (function <c>Suda2</c>) and R/suda2.R.
/// </remarks>
internal static class SudaWeights
{
    /// <summary>The smallest key count sdcMicro's C++ search accepts; fewer keys are padded with constants.</summary>
    internal const int PaddedKeyCount = 3;

    /// <summary>M' = max(M, 3).</summary>
    internal static int EffectiveKeyCount(int keyCount) => Math.Max(keyCount, PaddedKeyCount);

    /// <summary>
    /// The weight of an MSU of each size k = 1..<paramref name="keyCount"/> (element k − 1). Elliot et al.:
    /// Π_{j=k}^{M'−1} (M' − j) = (M' − k)!. IHSN (sdcMicro's <c>original_scores = FALSE</c>):
    /// (2^(M'−k) − 1) · k! (M'−k)! / M'! = (2^(M'−k) − 1) / C(M', k).
    /// </summary>
    internal static double[] Of(int keyCount, bool originalScores)
    {
        var m = EffectiveKeyCount(keyCount);
        var weights = new double[keyCount];
        for (var k = 1; k <= keyCount; k++)
        {
            var n = m - k;
            weights[k - 1] = originalScores
                ? Factorial(n)
                : (Math.Pow(2d, n) - 1d) / Binomial(m, k); // one rounding, as near as doubles get to sdcMicro's long doubles
        }

        return weights;
    }

    /// <summary>
    /// The exponent Q = 1 + (8 − M') / 20 of DIS-SUDA, evaluated in single precision as sdcMicro does, so that the DIS
    /// scores agree with sdcMicro's to the last bit when the inputs do.
    /// </summary>
    internal static double DisExponent(int keyCount)
    {
        var m = (float)EffectiveKeyCount(keyCount);
        return (float)(1f + (float)((8f - m) / 20f));
    }

    private static double Binomial(int n, int k)
    {
        var result = 1d;
        for (var i = 1; i <= k; i++)
        {
            result = result * (n - k + i) / i; // exact: every partial product is a binomial coefficient
        }

        return result;
    }

    private static double Factorial(int n)
    {
        var result = 1d;
        for (var i = 2; i <= n; i++)
        {
            result *= i;
        }

        return result;
    }
}
