namespace RiskNotebooks.Assessment;

/// <summary>The special categories of personal data of GDPR Art. 9(1), and the criminal-offence data of Art. 10.</summary>
public enum SpecialCategory
{
    /// <summary>Racial or ethnic origin (Art. 9(1)).</summary>
    RacialOrEthnicOrigin,

    /// <summary>Political opinions (Art. 9(1)).</summary>
    PoliticalOpinions,

    /// <summary>Religious or philosophical beliefs (Art. 9(1)).</summary>
    ReligiousOrPhilosophicalBeliefs,

    /// <summary>Trade-union membership (Art. 9(1)).</summary>
    TradeUnionMembership,

    /// <summary>Genetic data (Art. 9(1), defined in Art. 4(13)).</summary>
    Genetic,

    /// <summary>Biometric data processed to identify a person (Art. 9(1), Art. 4(14)).</summary>
    Biometric,

    /// <summary>Data concerning health (Art. 9(1), Art. 4(15)).</summary>
    Health,

    /// <summary>Data concerning a person's sex life or sexual orientation (Art. 9(1)).</summary>
    SexLifeOrSexualOrientation,

    /// <summary>Personal data relating to criminal convictions and offences (Art. 10).</summary>
    CriminalConvictions,
}
