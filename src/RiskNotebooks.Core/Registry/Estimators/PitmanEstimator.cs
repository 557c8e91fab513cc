namespace RiskNotebooks.Registry.Estimators;

/// <summary>
/// Pitman's model of population uniques (Pitman 1996; as applied by Hoshino 2001, "Applying Pitman's sampling formula to
/// microdata disclosure risk assessment"), fitted by maximum likelihood as ARX does (<c>ModelPitman</c>).
/// </summary>
/// <remarks>
/// <para>The log-likelihood of (θ, α) given C classes, n records and class sizes f_c is
/// Σ_{i=1}^{C-1} ln(θ + iα) − Σ_{i=1}^{n-1} ln(θ + i) + Σ_c Σ_{j=1}^{f_c − 1} ln(j − α). Its two score equations are solved
/// by Newton-Raphson from Hoshino's moment start values, first with digamma/trigamma closed forms, then (if that fails or
/// does not verify) with the plain sums. The estimate of population uniques is Γ(θ + 1)/Γ(θ + α) · N^α, invalid (NaN)
/// unless it lies in [0, N] and α ≠ 0.</para>
/// </remarks>
internal static class PitmanEstimator
{
    internal static double EstimateUniques(ClassSizeHistogram histogram, double populationSize)
    {
        double c1 = histogram.ClassesOfSize(1);
        double c2 = histogram.ClassesOfSize(2);
        double u = histogram.ClassCount;
        double n = histogram.RecordCount;
        c2 = c2 != 0 ? c2 : 1; // as ARX: an overestimate when there are no pairs
        var c = c1 * (c1 - 1) / c2;
        var t0 = ((n * u * c) - (c1 * (n - 1) * ((2 * u) + c))) / ((2 * c1 * u) + (c1 * c) - (n * c));
        var a0 = ((t0 * (c1 - n)) + ((n - 1) * c1)) / (n * u);

        var sizes = histogram.Sizes;
        var counts = histogram.Counts;
        bool Constraint(double t, double a) => t >= 0;

        var result = NewtonRaphson2D.Solve((double t, double a, out double f1, out double f2, out double j11, out double j12, out double j21, out double j22) =>
            ClosedForm(t, a, u, n, sizes, counts, out f1, out f2, out j11, out j12, out j21, out j22), (t0, a0), Constraint);

        var verified = !double.IsNaN(result.X) && !double.IsNaN(result.Y);
        if (verified)
        {
            Sums(result.X, result.Y, u, n, sizes, counts, out var g1, out var g2, out _, out _, out _, out _);
            verified = !double.IsNaN(g1) && !double.IsNaN(g2) && Math.Abs(g1) <= NewtonRaphson2D.Accuracy && Math.Abs(g2) <= NewtonRaphson2D.Accuracy;
        }

        if (!verified)
        {
            result = NewtonRaphson2D.Solve((double t, double a, out double f1, out double f2, out double j11, out double j12, out double j21, out double j22) =>
                Sums(t, a, u, n, sizes, counts, out f1, out f2, out j11, out j12, out j21, out j22), (t0, a0), Constraint);
        }

        return Uniques(result.X, result.Y, populationSize);
    }

    private static double Uniques(double t, double a, double N)
    {
        if (double.IsNaN(t) || double.IsNaN(a) || a == 0d)
        {
            return double.NaN;
        }

        var value = Math.Exp(SpecialFunctions.LogGamma(t + 1d) - SpecialFunctions.LogGamma(t + a) + (a * Math.Log(N)));
        return value >= 0d && value <= N ? value : double.NaN;
    }

    /// <summary>The score equations and their Jacobian with digamma/trigamma closed forms.</summary>
    private static void ClosedForm(double t, double a, double u, double n, IReadOnlyList<int> sizes, IReadOnlyList<long> counts,
        out double f1, out double f2, out double j11, out double j12, out double j21, out double j22)
    {
        var r = t / a;
        var psiU = SpecialFunctions.Digamma(r + u);
        var psi1 = SpecialFunctions.Digamma(r + 1d);
        var tri1 = SpecialFunctions.Trigamma(r + 1d);
        var triU = SpecialFunctions.Trigamma(r + u);
        var s1 = (psiU - psi1) / a;                  // Σ_{i=1}^{u-1} 1/(t + i a)
        var q1 = (tri1 - triU) / (a * a);            // Σ 1/(t + i a)^2
        var s3 = ((u - 1d) / a) - (t * s1 / a);      // Σ i/(t + i a)
        var q5 = (s1 / a) - (t * q1 / a);            // Σ i/(t + i a)^2
        var q3 = ((u - 1d) - (2d * t * s1) + (t * t * q1)) / (a * a); // Σ i^2/(t + i a)^2
        var s2 = SpecialFunctions.Digamma(n + t) - SpecialFunctions.Digamma(t + 1d);
        var q2 = SpecialFunctions.Trigamma(t + 1d) - SpecialFunctions.Trigamma(n + t);
        var psiA = SpecialFunctions.Digamma(1d - a);
        var triA = SpecialFunctions.Trigamma(1d - a);
        var s4 = 0d;
        var q4 = 0d;
        for (var i = 0; i < sizes.Count; i++)
        {
            if (sizes[i] != 1)
            {
                s4 += counts[i] * (SpecialFunctions.Digamma(sizes[i] - a) - psiA);
                q4 += counts[i] * (triA - SpecialFunctions.Trigamma(sizes[i] - a));
            }
        }

        f1 = s1 - s2;
        f2 = s3 - s4;
        j11 = q2 - q1;
        j12 = -q5;
        j21 = -q5;
        j22 = -q3 - q4;
    }

    /// <summary>The same equations as plain sums: slower, but without the cancellation of the closed forms.</summary>
    private static void Sums(double t, double a, double u, double n, IReadOnlyList<int> sizes, IReadOnlyList<long> counts,
        out double f1, out double f2, out double j11, out double j12, out double j21, out double j22)
    {
        double s1 = 0, s3 = 0, q1 = 0, q3 = 0, q5 = 0;
        for (var i = 1; i < u; i++)
        {
            var v = t + (i * a);
            var inv = 1d / v;
            var inv2 = inv * inv;
            s1 += inv;
            s3 += i * inv;
            q1 += inv2;
            q5 += i * inv2;
            q3 += (double)i * i * inv2;
        }

        double s4 = 0, q4 = 0;
        for (var k = 0; k < sizes.Count; k++)
        {
            if (sizes[k] == 1)
            {
                continue;
            }

            double inner = 0, inner2 = 0;
            for (var j = 1; j < sizes[k]; j++)
            {
                var v = j - a;
                inner += 1d / v;
                inner2 += 1d / (v * v);
            }

            s4 += counts[k] * inner;
            q4 += counts[k] * inner2;
        }

        double s2 = 0, q2 = 0;
        for (var i = 1; i < n; i++)
        {
            var v = t + i;
            s2 += 1d / v;
            q2 += 1d / (v * v);
        }

        f1 = s1 - s2;
        f2 = s3 - s4;
        j11 = q2 - q1;
        j12 = -q5;
        j21 = -q5;
        j22 = -q3 - q4;
    }
}
