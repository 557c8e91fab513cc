namespace RiskNotebooks.Assessment;

/// <summary>
/// A planned change to the data themselves (generalisation, suppression, removing a column), with the probability of
/// re-identification measured or stated for the data as they will be.
/// </summary>
/// <remarks>The residual P(re-id | attempt) is the smaller of the initial one and this one: a planned measure never makes
/// the residual risk worse than the initial.</remarks>
public sealed class PlannedDataMeasure
{
    /// <summary>Creates a planned data measure.</summary>
    /// <param name="name">What will be done, e.g. "postcode replaced by county; birth date removed".</param>
    /// <param name="measurement">The re-identification risk of the data after it.</param>
    /// <exception cref="InvalidOptionException">The name is blank.</exception>
    public PlannedDataMeasure(string name, IReidentificationMeasurement measurement)
    {
        Name = string.IsNullOrWhiteSpace(name)
            ? throw new InvalidOptionException("plannedDataMeasure.name", "say what the planned data measure is.")
            : name.Trim();
        Measurement = measurement ?? throw new ArgumentNullException(nameof(measurement));
    }

    /// <summary>What will be done.</summary>
    public string Name { get; }

    /// <summary>The risk of the data after it.</summary>
    public IReidentificationMeasurement Measurement { get; }
}
