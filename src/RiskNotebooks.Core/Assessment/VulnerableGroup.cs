namespace RiskNotebooks.Assessment;

/// <summary>
/// Vulnerable data subjects, as listed by the Article 29 Working Party's DPIA guidelines (WP248 rev.01, criterion 7):
/// people in an imbalance of power with the controller or less able to consent or object.
/// </summary>
public enum VulnerableGroup
{
    /// <summary>Children.</summary>
    Children,

    /// <summary>Patients.</summary>
    Patients,

    /// <summary>Elderly people.</summary>
    Elderly,

    /// <summary>Employees (of the controller).</summary>
    Employees,

    /// <summary>Asylum seekers.</summary>
    AsylumSeekers,

    /// <summary>People with mental illness or reduced capacity.</summary>
    MentallyIll,

    /// <summary>Another vulnerable group (say which in the asset's description).</summary>
    Other,
}
