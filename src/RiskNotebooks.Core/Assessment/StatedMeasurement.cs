namespace RiskNotebooks.Assessment;

/// <summary>A probability of re-identification stated by the assessor (measured elsewhere, or estimated), with its basis.</summary>
/// <remarks>Used when the data cannot be measured here (traces, text and images until their engines land; data one may
/// not copy). The same probability serves as average and highest risk unless both are given.</remarks>
public sealed class StatedMeasurement : IReidentificationMeasurement
{
    /// <summary>Creates a stated measurement.</summary>
    /// <param name="averageRisk">The average risk in [0, 1].</param>
    /// <param name="basis">Where the number comes from (required).</param>
    /// <param name="highestRisk">The highest risk in [averageRisk, 1]; <paramref name="averageRisk"/> when <see langword="null"/>.</param>
    /// <exception cref="InvalidOptionException">The basis is blank, or the risks are not probabilities with highest ≥ average.</exception>
    public StatedMeasurement(double averageRisk, string basis, double? highestRisk = null)
    {
        if (double.IsNaN(averageRisk) || averageRisk is < 0 or > 1)
        {
            throw new InvalidOptionException("reidentification.probability", "must be a probability in [0, 1].");
        }

        var highest = highestRisk ?? averageRisk;
        if (double.IsNaN(highest) || highest < averageRisk || highest > 1)
        {
            throw new InvalidOptionException("reidentification.highest", "the highest risk must be a probability at least as large as the average.");
        }

        Method = string.IsNullOrWhiteSpace(basis)
            ? throw new InvalidOptionException("reidentification.basis", "a stated probability needs its basis: where the number comes from.")
            : basis.Trim();
        AverageRisk = averageRisk;
        HighestRisk = highest;
    }

    /// <inheritdoc/>
    public string Source => "stated by the assessor";

    /// <inheritdoc/>
    public string Method { get; }

    /// <inheritdoc/>
    public double AverageRisk { get; }

    /// <inheritdoc/>
    public double HighestRisk { get; }
}
