namespace RiskNotebooks.Guidance;

/// <summary>What a conclusion of the guiding questions is about, and so how it feeds the model.</summary>
public enum ConclusionTopic
{
    /// <summary>Whether the data are personal data (a <see cref="Assessment.PersonalDataStatus"/> id); applies to every asset that does not state its own.</summary>
    PersonalDataStatus,

    /// <summary>A special category present (a <see cref="Assessment.SpecialCategory"/> id); added to every asset.</summary>
    SpecialCategory,

    /// <summary>A vulnerable group among the subjects (a <see cref="Assessment.VulnerableGroup"/> id); added to every asset.</summary>
    VulnerableGroup,

    /// <summary>Whether ethical review is needed: <c>required</c>, <c>to-be-checked</c> or <c>not-required</c>; goes into the metadata.</summary>
    EthicsReview,

    /// <summary>The legal basis of the processing (an id such as <c>public-interest</c>); goes into the metadata.</summary>
    LegalBasis,

    /// <summary>Where the data may be processed (an id such as <c>eu-eea</c>); goes into the metadata.</summary>
    ProcessingLocation,
}
