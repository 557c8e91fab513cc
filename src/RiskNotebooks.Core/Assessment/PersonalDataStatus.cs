namespace RiskNotebooks.Assessment;

/// <summary>Whether data are personal data, from least to most identifying.</summary>
/// <remarks>
/// GDPR Art. 4(1) (identified or identifiable natural person), Art. 4(5) and Recital 26: pseudonymised data are still
/// personal data; only data that no one can re-identify by means reasonably likely to be used are anonymous.
/// </remarks>
public enum PersonalDataStatus
{
    /// <summary>Anonymous: no one can re-identify anyone by means reasonably likely to be used (claims need measurement).</summary>
    Anonymous,

    /// <summary>Identifiable: no direct identifiers, but people can be singled out or linked through quasi-identifiers.</summary>
    Identifiable,

    /// <summary>Pseudonymised: direct identifiers replaced by codes whose key exists elsewhere; still personal data.</summary>
    Pseudonymised,

    /// <summary>Identified: names, identity numbers or other direct identifiers are present.</summary>
    Identified,
}
