namespace RiskNotebooks.Tests;

/// <summary>
/// Comparisons of computed doubles within a tolerance. A figure the engine computes (a share, a product of
/// probabilities, a risk of 1/k) is compared with <see cref="AssertClose(double, double, double)"/>; exact equality is kept
/// where exactness is the point: a value read back from a file or an option, a constant from a table, a printed figure.
/// </summary>
internal static class Tolerance
{
    /// <summary>The default absolute tolerance: far below any difference that matters, far above rounding error.</summary>
    public const double Default = 1e-12;

    /// <summary>Asserts that <paramref name="actual"/> is within <paramref name="tolerance"/> of <paramref name="expected"/>.</summary>
    public static void AssertClose(double expected, double actual, double tolerance = Default)
    {
        var close = !double.IsNaN(expected) && !double.IsNaN(actual) && Math.Abs(expected - actual) <= tolerance;
        Assert.True(close, FormattableString.Invariant($"Expected {expected:R} within {tolerance:R}, got {actual:R}."));
    }

    /// <summary>Asserts that two sequences have the same length and are close element by element.</summary>
    public static void AssertClose(IEnumerable<double> expected, IEnumerable<double> actual, double tolerance = Default)
    {
        var e = expected.ToArray();
        var a = actual.ToArray();
        Assert.Equal(e.Length, a.Length);
        for (var i = 0; i < e.Length; i++)
        {
            AssertClose(e[i], a[i], tolerance);
        }
    }
}
