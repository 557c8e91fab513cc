namespace RiskNotebooks.Registry.Suda;

/// <summary>
/// DIS-SUDA (Elliot, Manning, Mayes, Gurd and Bane, "SUDA: A Program for Detecting Special Uniques"): turns SUDA scores
/// into a probability that a sample unique is a population unique, as sdcMicro's <c>suda2</c> computes it.
/// </summary>
/// <remarks>
/// <para>With U records unique on all keys, P records in classes of exactly two, sampling fraction f and M' keys
/// (see <see cref="SudaWeights.EffectiveKeyCount"/>):</para>
/// <code>
/// Dis  = U f / (U f + P (1 − f))
/// Q    = 1 + (8 − M') / 20
/// A    = Σ_{j : s_j > 0} s_j^(−Q)
/// DIS_i = 1 / (1 + (U / Dis − U) / (s_i^Q · A))   for s_i > 0, else 0
/// </code>
/// <para>U / Dis − U equals P (1 − f) / f, so DIS does not depend on U except through rounding. sdcMicro evaluates Dis,
/// U / Dis − U and Q in single precision; so does this class, so that the scores agree with sdcMicro's to the last bit
/// when U does. (sdcMicro's U counts only sample uniques whose 16-bit hash no other record shares, an undercount that
/// moves DIS by about 1e-7 relative; ours is the true count.)</para>
/// <para>Source: sdcTools/sdcMicro, src/Suda2.h, the end of function <c>Suda2</c>.</para>
/// </remarks>
internal static class DisSuda
{
    /// <summary>Fills <paramref name="dis"/> (one entry per row) from <paramref name="scores"/>; rows with score 0 get 0.</summary>
    internal static void Compute(ReadOnlySpan<double> scores, int uniques, int paired, double fraction, int keyCount, Span<double> dis)
    {
        var f = (float)fraction;
        var uf = (float)(uniques * f);
        var disRisk = (float)(uf / (float)(uf + (float)(paired * (float)(1f - f))));
        var q = SudaWeights.DisExponent(keyCount);
        var adjustment = 0d;
        foreach (var s in scores)
        {
            if (s != 0d)
            {
                adjustment += 1d / Math.Pow(s, q);
            }
        }

        var excess = (float)((float)(uniques / disRisk) - uniques);
        for (var i = 0; i < scores.Length; i++)
        {
            var s = scores[i];
            dis[i] = s != 0d ? 1d / (1d + (excess / (Math.Pow(s, q) * adjustment))) : 0d;
        }
    }
}
