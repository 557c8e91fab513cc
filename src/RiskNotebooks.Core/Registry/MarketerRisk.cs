namespace RiskNotebooks.Registry;

/// <summary>
/// The marketer attacker model: the expected share of records re-identified when every record is attacked,
/// (1/n) Σ_c f_c / F_c; without a population table F_c = f_c and it equals C/n.
/// </summary>
public sealed class MarketerRisk
{
    internal MarketerRisk(double averageRisk) => AverageRisk = averageRisk;

    /// <summary>The expected share of records re-identified.</summary>
    public double AverageRisk { get; }
}
