namespace RiskNotebooks.Registry.Estimators;

/// <summary>
/// Newton-Raphson for two equations in two unknowns, with restarts from a fixed list of start values, as ARX configures
/// its solver (accuracy 1e-6, 1,000 iterations per try, the 16 start values {0, .33, .66, .99}², deterministic).
/// </summary>
/// <remarks>
/// A try ends when the step leaves the domain (<see cref="System.Func{T1, T2, TResult}"/> constraint), gives NaN, or runs
/// out of iterations; the next start value is then taken. As in ARX's solver, the last start value gets a single step.
/// There are no wall-clock limits, so results do not depend on machine speed.
/// </remarks>
internal static class NewtonRaphson2D
{
    internal const double Accuracy = 1e-6;
    internal const int IterationsPerTry = 1000;

    /// <summary>Evaluates the two equations and their Jacobian at (x, y).</summary>
    internal delegate void System2D(double x, double y, out double f1, out double f2, out double j11, out double j12, out double j21, out double j22);

    internal static readonly (double X, double Y)[] DefaultStartValues = CreateStartValues();

    internal static (double X, double Y) Solve(System2D system, (double X, double Y) start, Func<double, double, bool>? constraint = null)
    {
        var starts = DefaultStartValues;
        var next = 0;
        var totalIterations = 0;
        var totalLimit = (starts.Length + 1) * IterationsPerTry;
        var (x, y) = start;
        while (totalIterations <= totalLimit)
        {
            var iterations = 0;
            while (true)
            {
                totalIterations++;
                system(x, y, out var f1, out var f2, out var a, out var b, out var c, out var d);
                if (Math.Abs(f1) <= Accuracy && Math.Abs(f2) <= Accuracy)
                {
                    return (x, y);
                }

                var det = (a * d) - (b * c);
                var s = 1d / det;
                var dx = ((d * f1) - (b * f2)) * s;
                var dy = ((a * f2) - (c * f1)) * s;
                x -= dx;
                y -= dy;
                if (next == starts.Length)
                {
                    return (double.NaN, double.NaN);
                }

                if (constraint is not null && !constraint(x, y))
                {
                    break;
                }

                if (double.IsNaN(x) || double.IsNaN(y) || iterations++ >= IterationsPerTry)
                {
                    break;
                }
            }

            (x, y) = starts[next++];
        }

        return (double.NaN, double.NaN);
    }

    private static (double X, double Y)[] CreateStartValues()
    {
        var steps = new[] { 0d, 0.33d, 0.66d, 0.99d };
        var result = new (double, double)[16];
        var i = 0;
        foreach (var a in steps)
        {
            foreach (var b in steps)
            {
                result[i++] = (a, b);
            }
        }

        return result;
    }
}
