namespace RiskNotebooks.Data;

/// <summary>The median of numbers already sorted (the mean of the middle two for an even count).</summary>
internal static class Medians
{
    /// <summary>The median of a sorted array.</summary>
    /// <param name="sorted">Ascending numbers; at least one.</param>
    /// <returns>The median.</returns>
    internal static double OfSorted(double[] sorted)
        => sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
}
