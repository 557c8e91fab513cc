namespace RiskNotebooks.Registry;

/// <summary>
/// Re-identification risk of the prosecutor or journalist attacker model, measured on the sample (ARX's
/// <c>RiskModelSampleSummary</c> and <c>RiskModelSampleRisks</c>).
/// </summary>
/// <remarks>
/// <para>A record's risk is 1/f_c (prosecutor) or 1/F_c (journalist, F_c the size of the record's class in the population
/// table). Highest = 1/min, lowest = 1/max. Average: prosecutor C/n; journalist max(C / Σ_c F_c, (1/n) Σ_c f_c/F_c) as in
/// ARX. Records at risk: the share of records whose risk is strictly greater than <see cref="Threshold"/>.
/// Records at the highest risk: the share of records whose risk equals the highest.</para>
/// <para>All shares are in [0, 1]; an empty table has all figures 0.</para>
/// </remarks>
public sealed class SampleRisk
{
    internal SampleRisk(AttackerModel model, double threshold, double highestRisk, double lowestRisk, double averageRisk, double recordsAtHighestRisk, double recordsAtRisk)
    {
        Model = model;
        Threshold = threshold;
        HighestRisk = highestRisk;
        LowestRisk = lowestRisk;
        AverageRisk = averageRisk;
        RecordsAtHighestRisk = recordsAtHighestRisk;
        RecordsAtRisk = recordsAtRisk;
    }

    /// <summary>The attacker model.</summary>
    public AttackerModel Model { get; }

    /// <summary>The threshold for <see cref="RecordsAtRisk"/>.</summary>
    public double Threshold { get; }

    /// <summary>The highest risk of any record.</summary>
    public double HighestRisk { get; }

    /// <summary>The lowest risk of any record.</summary>
    public double LowestRisk { get; }

    /// <summary>The average risk (success rate of an attack on a random record).</summary>
    public double AverageRisk { get; }

    /// <summary>The share of records at the highest risk.</summary>
    public double RecordsAtHighestRisk { get; }

    /// <summary>The share of records whose risk is strictly greater than <see cref="Threshold"/>.</summary>
    public double RecordsAtRisk { get; }
}
