namespace RiskNotebooks.Assessment;

/// <summary>Kinds of data that are not special categories but bear on the harm a disclosure does.</summary>
public enum DataKind
{
    /// <summary>Demographics: age or birth date, sex, place of residence, country of birth, education.</summary>
    Demographic,

    /// <summary>Contact details: address, telephone, e-mail.</summary>
    ContactDetails,

    /// <summary>National identity numbers (personnummer, social security numbers) and similar keys.</summary>
    NationalIdentifier,

    /// <summary>Financial data: income, debts, bank and card details.</summary>
    Financial,

    /// <summary>Location traces over time (GPS, mobile network, check-ins): where someone lives, works, goes.</summary>
    LocationTraces,

    /// <summary>Free text (interviews, clinical notes) that may carry anything, including undeclared special categories.</summary>
    FreeText,

    /// <summary>Images or recordings of people (photographs, video, medical images).</summary>
    Images,
}
