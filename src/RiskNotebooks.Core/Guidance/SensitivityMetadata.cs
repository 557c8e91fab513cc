using RiskNotebooks.Assessment;

namespace RiskNotebooks.Guidance;

/// <summary>
/// A machine-readable record per data set saying how it may be sensitive and how it may be open: classification,
/// personal-data status, special categories, measured identifiability, harm, likelihood, risk, permitted openness,
/// retention. Its JSON form is defined by <c>datasets/schemas/sensitivity-metadata.schema.json</c> and read and written by
/// <see cref="SensitivityMetadataJson"/>.
/// </summary>
/// <remarks>Derive one from an evaluated assessment with <see cref="FromAssessment"/>; every derived field carries its
/// reason.</remarks>
public sealed partial record SensitivityMetadata
{
    private readonly string datasetId = string.Empty;
    private readonly string title = string.Empty;

    /// <summary>The data set's id.</summary>
    public required string DatasetId
    {
        get => datasetId;
        init => datasetId = string.IsNullOrWhiteSpace(value) ? throw new InvalidOptionException("dataset.id", "a metadata record needs a data set id.") : value;
    }

    /// <summary>The data set's title.</summary>
    public required string Title
    {
        get => title;
        init => title = string.IsNullOrWhiteSpace(value) ? throw new InvalidOptionException("dataset.title", "a metadata record needs a title.") : value;
    }

    /// <summary>When the assessment was made, if given.</summary>
    public DateOnly? AssessedOn { get; init; }

    /// <summary>The classification level.</summary>
    public required ClassificationLevel Classification { get; init; }

    /// <summary>Why that classification.</summary>
    public required string ClassificationReason { get; init; }

    /// <summary>Whether the data are personal data.</summary>
    public required PersonalDataStatus PersonalData { get; init; }

    /// <summary>Why that status.</summary>
    public required string PersonalDataReason { get; init; }

    /// <summary>The special categories present.</summary>
    public required IReadOnlyList<SpecialCategory> SpecialCategories { get; init; }

    /// <summary>The measured identifiability.</summary>
    public required Identifiability Identifiability { get; init; }

    /// <summary>The harm level.</summary>
    public required RiskLevel Harm { get; init; }

    /// <summary>The likelihood with the controls in place.</summary>
    public required RiskLevel InitialLikelihood { get; init; }

    /// <summary>The likelihood with the planned measures.</summary>
    public required RiskLevel ResidualLikelihood { get; init; }

    /// <summary>The initial risk cell.</summary>
    public required RiskCell InitialRisk { get; init; }

    /// <summary>The residual risk cell.</summary>
    public required RiskCell ResidualRisk { get; init; }

    /// <summary>How open the data may be.</summary>
    public required PermittedOpenness PermittedOpenness { get; init; }

    /// <summary>How long the data are kept, if stated.</summary>
    public Retention? Retention { get; init; }

    /// <summary>Whether ethical review is needed (<c>required</c>, <c>to-be-checked</c>, <c>not-required</c>), if answered.</summary>
    public string? EthicsReview { get; init; }

    /// <summary>The legal basis, if answered.</summary>
    public string? LegalBasis { get; init; }

    /// <summary>Where the data may be processed, if answered.</summary>
    public string? ProcessingLocation { get; init; }
}
