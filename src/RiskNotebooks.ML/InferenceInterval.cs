namespace RiskNotebooks.ML;

/// <summary>A confidence interval of a share or of an advantage (plain data).</summary>
/// <param name="Low">The lower end.</param>
/// <param name="High">The upper end.</param>
public readonly record struct InferenceInterval(double Low, double High)
{
    /// <summary>Whether a value lies in the interval (ends included).</summary>
    /// <param name="value">The value.</param>
    /// <returns>True when Low ≤ value ≤ High.</returns>
    public bool Contains(double value) => value >= Low && value <= High;
}
