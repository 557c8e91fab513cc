namespace RiskNotebooks.Registry.Estimators;

/// <summary>Digamma, trigamma and log-gamma, as the population models need them.</summary>
/// <remarks>
/// Digamma and trigamma use the recurrence up to an argument of 12 and then the asymptotic series (Bernardo 1976,
/// Algorithm AS 103; Schneider 1978, AS 121). Log-gamma uses the Lanczos approximation (g = 7, 9 terms), relative error
/// about 1e-15 for positive arguments.
/// </remarks>
internal static class SpecialFunctions
{
    private const double Large = 12d;

    internal static double Digamma(double x)
    {
        if (double.IsNaN(x) || double.IsInfinity(x))
        {
            return double.NaN;
        }

        if (x <= 0d && Math.Floor(x) == x)
        {
            return double.NaN;
        }

        if (x < 0d)
        {
            // Reflection: psi(1 - x) - psi(x) = pi cot(pi x).
            return Digamma(1d - x) - (Math.PI / Math.Tan(Math.PI * x));
        }

        var result = 0d;
        while (x < Large)
        {
            result -= 1d / x;
            x += 1d;
        }

        var r = 1d / x;
        var r2 = r * r;
        result += Math.Log(x) - (0.5d * r)
            - (r2 * ((1d / 12d) - (r2 * ((1d / 120d) - (r2 * ((1d / 252d) - (r2 * ((1d / 240d) - (r2 * (1d / 132d))))))))));
        return result;
    }

    internal static double Trigamma(double x)
    {
        if (double.IsNaN(x) || double.IsInfinity(x))
        {
            return double.NaN;
        }

        if (x <= 0d && Math.Floor(x) == x)
        {
            return double.NaN;
        }

        if (x < 0d)
        {
            // Reflection: psi1(1 - x) + psi1(x) = pi^2 / sin^2(pi x).
            var s = Math.PI / Math.Sin(Math.PI * x);
            return -Trigamma(1d - x) + (s * s);
        }

        var result = 0d;
        while (x < Large)
        {
            result += 1d / (x * x);
            x += 1d;
        }

        var r = 1d / x;
        var r2 = r * r;
        // psi1(x) ~ 1/x + 1/(2x^2) + sum B_2k / x^(2k+1)
        result += r + (0.5d * r2)
            + (r * r2 * ((1d / 6d) - (r2 * ((1d / 30d) - (r2 * ((1d / 42d) - (r2 * ((1d / 30d) - (r2 * (5d / 66d))))))))));
        return result;
    }

    private static readonly double[] Lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];

    internal static double LogGamma(double x)
    {
        if (double.IsNaN(x) || x <= 0d)
        {
            return double.NaN;
        }

        if (x < 0.5d)
        {
            // Reflection keeps precision near 0.
            return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - LogGamma(1d - x);
        }

        x -= 1d;
        var a = Lanczos[0];
        var t = x + 7.5d;
        for (var i = 1; i < Lanczos.Length; i++)
        {
            a += Lanczos[i] / (x + i);
        }

        return (0.5d * Math.Log(2d * Math.PI)) + ((x + 0.5d) * Math.Log(t)) - t + Math.Log(a);
    }
}
