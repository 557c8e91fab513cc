namespace RiskNotebooks.Guidance;

/// <summary>An information-security classification of a data set, from least to most protected.</summary>
public enum ClassificationLevel
{
    /// <summary>May be published.</summary>
    Public,

    /// <summary>For the organisation's own use; disclosure does little harm.</summary>
    Internal,

    /// <summary>Disclosure harms people or the organisation; access on a need-to-know basis.</summary>
    Confidential,

    /// <summary>Disclosure would seriously harm people; the strongest protection the organisation has.</summary>
    StrictlyConfidential,
}
