namespace RiskNotebooks.Location;

/// <summary>Binomial confidence intervals.</summary>
internal static class ConfidenceIntervals
{
    /// <summary>The Wilson score interval of a proportion (Wilson 1927): good near 0 and 1, where unicity usually is.</summary>
    internal static (double Low, double High) Wilson(long successes, long trials, double level)
    {
        if (trials <= 0)
        {
            return (double.NaN, double.NaN);
        }

        var z = NormalQuantile(0.5 + (level / 2d));
        var n = (double)trials;
        var p = successes / n;
        var z2 = z * z;
        var centre = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        var half = z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n))) / (1 + (z2 / n));
        return (Math.Max(0d, centre - half), Math.Min(1d, centre + half));
    }

    /// <summary>
    /// The excess of an attack over its control, (a − c)/(1 − c), with an interval: Newcombe's (1998, method 10) hybrid
    /// score interval of the difference a − c of two independent proportions (from their Wilson intervals, square and
    /// add), divided by 1 − c.
    /// </summary>
    internal static (double A, double C, double Risk, double Low, double High) ExcessOverControl(long attackHits, long attackTotal, long controlHits, long controlTotal, double level)
    {
        var a = attackTotal == 0 ? 0 : (double)attackHits / attackTotal;
        var c = controlTotal == 0 ? 0 : (double)controlHits / controlTotal;
        var (aLow, aHigh) = attackTotal == 0 ? (0d, 0d) : Wilson(attackHits, attackTotal, level);
        var (cLow, cHigh) = controlTotal == 0 ? (0d, 0d) : Wilson(controlHits, controlTotal, level);
        var d = a - c;
        var low = d - Math.Sqrt(((a - aLow) * (a - aLow)) + ((cHigh - c) * (cHigh - c)));
        var high = d + Math.Sqrt(((aHigh - a) * (aHigh - a)) + ((c - cLow) * (c - cLow)));
        var scale = c >= 1 ? 0 : 1 / (1 - c);
        return (a, c, d * scale, low * scale, high * scale);
    }

    /// <summary>The standard normal quantile (Acklam's rational approximation, relative error below 1.2e-9).</summary>
    internal static double NormalQuantile(double p)
    {
        ReadOnlySpan<double> a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00];
        ReadOnlySpan<double> b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01];
        ReadOnlySpan<double> c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00];
        ReadOnlySpan<double> d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00];
        const double low = 0.02425;
        if (p < low || p > 1 - low)
        {
            var q = Math.Sqrt(-2 * Math.Log(p < low ? p : 1 - p));
            var x = Horner(c, q) / ((Horner(d, q) * q) + 1);
            return p < low ? x : -x;
        }

        var r = p - 0.5;
        var s = r * r;
        return Horner(a, s) * r / ((Horner(b, s) * s) + 1);
    }

    private static double Horner(ReadOnlySpan<double> coefficients, double x)
    {
        var sum = 0d;
        foreach (var coefficient in coefficients)
        {
            sum = (sum * x) + coefficient;
        }

        return sum;
    }
}
