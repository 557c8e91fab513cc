using System.Runtime.CompilerServices;

namespace RiskNotebooks;

/// <summary>The one place where arguments of public members are checked.</summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
        => value ?? throw new ArgumentNullException(name);

    /// <summary>A probability in [0, 1]; NaN is rejected.</summary>
    internal static double CheckProbability(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (double.IsNaN(value) || value < 0d || value > 1d)
        {
            throw new ArgumentOutOfRangeException(name, value, "Must be a probability in [0, 1].");
        }

        return value;
    }

    /// <summary>A share in (0, 1]: a sampling fraction of zero would mean an infinite population.</summary>
    internal static double CheckFraction(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (double.IsNaN(value) || value <= 0d || value > 1d)
        {
            throw new ArgumentOutOfRangeException(name, value, "Must be a fraction in (0, 1].");
        }

        return value;
    }

    internal static long CheckPositive(long value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "Must be positive.");
        }

        return value;
    }
}
