namespace RiskNotebooks.Registry.Estimators;

/// <summary>
/// The slide negative binomial (SNB) model of population uniques (Chen &amp; Keller-McNulty 1998, "Estimation of identification
/// disclosure risk in microdata"), with the equations and the estimate of the number of non-empty population classes as ARX
/// implements them (<c>ModelSNB</c>), so that its figures can be compared with ARX's.
/// </summary>
/// <remarks>
/// <para>K, the number of non-empty population classes, is estimated from the histogram and f; then (a, b) solve
/// E[c_1] = c_1 and E[c_2] = c_2 by Newton-Raphson from (1, 1) and the fixed restarts; the estimate is K·b^a.</para>
/// <para>The Jacobian is the exact derivative of those equations (ARX's is not, which mostly shows as failures to
/// converge). A root outside the model's domain (a &gt; 0, 0 &lt; b &lt; 1) or an estimate outside [0, N] is reported as
/// not converged.</para>
/// </remarks>
internal static class SlideNegativeBinomialEstimator
{
    internal static double EstimateUniques(ClassSizeHistogram histogram, double populationSize)
    {
        double c1 = histogram.ClassesOfSize(1);
        double c2 = histogram.ClassesOfSize(2);
        double n = histogram.RecordCount;
        var f = n / populationSize;
        var k = EstimateNonEmptyClasses(histogram, f);
        var g = 1d - f;

        void System(double a, double b, out double f1, out double f2, out double j11, out double j12, out double j21, out double j22)
        {
            var d = g * (1d - b);          // (1 − f)(1 − b)
            var w = 1d - d;
            var h = b / w;
            var ha = Math.Pow(h, a);
            var q = (a * d / w) + 1d;
            f1 = (k * f * ha * q) - c1;
            j11 = k * f * ha * ((q * Math.Log(h)) + (d / w));
            j12 = k * f * ha * ((a * ((1d / b) - (g / w)) * q) - (a * g / (w * w)));

            var ba = Math.Pow(b, a);
            var wa2 = Math.Pow(w, a + 2d);
            var r = 2d - ((1d - a) * d);
            var scale = k * f * f / 2d;
            var p = a * ba * (1d - b) * wa2;
            f2 = (scale * p * r) - c2;
            var dpda = ba * (1d - b) * wa2 * (1d + (a * Math.Log(b)) + (a * Math.Log(w)));
            var dpdb = a * ((a * Math.Pow(b, a - 1d) * (1d - b) * wa2) - (ba * wa2) + (ba * (1d - b) * (a + 2d) * Math.Pow(w, a + 1d) * g));
            j21 = scale * ((dpda * r) + (p * d));
            j22 = scale * ((dpdb * r) + (p * (1d - a) * g));
        }

        var (x, y) = NewtonRaphson2D.Solve(System, (1d, 1d));
        if (!(x > 0d && y > 0d && y < 1d))
        {
            // A negative binomial needs a > 0 and 0 < b < 1; a root outside is not an estimate. (ARX's inexact Jacobian
            // usually diverges before reaching such roots and reports "not converged"; so do we.)
            return double.NaN;
        }

        var uniques = k * Math.Pow(y, x);
        return uniques >= 0d && uniques <= populationSize ? uniques : double.NaN;
    }

    /// <summary>ARX's estimate of the number of non-empty population classes.</summary>
    private static double EstimateNonEmptyClasses(ClassSizeHistogram histogram, double f)
    {
        double v1 = 0, v2 = 0, v3 = 0, v4 = 0;
        var f2 = f * f;
        for (var i = 0; i < histogram.Sizes.Count; i++)
        {
            double size = histogram.Sizes[i];
            double count = histogram.Counts[i];
            var shrink = Math.Pow(1d - f, size) * count;
            v1 += size * f2 * Math.Pow(1d - f2, size - 1d) * count;
            v2 += (shrink * Math.Pow(1d + f, size)) - 1d; // the "- 1" per size class is ARX's
            v3 += shrink;
            v4 += size * f * Math.Pow(1d - f, size - 1d) * count;
        }

        double classes = histogram.ClassCount;
        double c1 = histogram.ClassesOfSize(1);
        return classes + (c1 * (v1 / v2) * (v3 / v4) * (v3 / v4));
    }
}
