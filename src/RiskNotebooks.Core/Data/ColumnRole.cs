namespace RiskNotebooks.Data;

/// <summary>The part a column plays in a re-identification analysis.</summary>
public enum ColumnRole
{
    /// <summary>Not relevant to re-identification (or not known to be).</summary>
    Insensitive,

    /// <summary>Identifies a person on its own: personal identity number, name, phone, e-mail. Remove or pseudonymise.</summary>
    DirectIdentifier,

    /// <summary>Identifies in combination with others and is knowable to an attacker: dates, age, sex, place.</summary>
    QuasiIdentifier,

    /// <summary>What must not be disclosed about a person: diagnoses, treatments, income.</summary>
    Sensitive,

    /// <summary>A sampling weight.</summary>
    Weight,
}
