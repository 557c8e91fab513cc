namespace RiskNotebooks.Guidance;

/// <summary>What the sensitivity metadata need beyond what the assessment derives: ids, retention, data-use conditions.</summary>
public sealed record MetadataInputs
{
    private readonly int minimumCellSize = 11;
    private readonly double publicReleaseThreshold = 0.09;
    private readonly IReadOnlyList<string> dataUseCodes = [];

    /// <summary>No inputs: every default.</summary>
    public static MetadataInputs None { get; } = new();

    /// <summary>The data set's id; the assessment's first asset id when <see langword="null"/>.</summary>
    public string? DatasetId { get; init; }

    /// <summary>A classification set by the data owner, overriding the derived one; requires <see cref="ClassificationReason"/>.</summary>
    public ClassificationLevel? Classification { get; init; }

    /// <summary>Why the data owner set <see cref="Classification"/>.</summary>
    public string? ClassificationReason { get; init; }

    /// <summary>How long the data are kept, or <see langword="null"/>.</summary>
    public Retention? Retention { get; init; }

    /// <summary>GA4GH Data Use Ontology codes for controlled access.</summary>
    public IReadOnlyList<string> DataUseCodes
    {
        get => dataUseCodes;
        init => dataUseCodes = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>
    /// The smallest count an open aggregate may show (default 11: the class size that goes with the 0.09 threshold of EMA
    /// Policy 0070, as that threshold is usually read).
    /// </summary>
    public int MinimumCellSize
    {
        get => minimumCellSize;
        init => minimumCellSize = value > 0 ? value : throw new InvalidOptionException("minimumCellSize", "must be a positive count.");
    }

    /// <summary>
    /// The highest re-identification risk at which data claimed anonymous may be opened (default 0.09: EMA Policy 0070 and
    /// Health Canada for clinical study reports; El Emam &amp; Arbuckle 2013).
    /// </summary>
    public double PublicReleaseThreshold
    {
        get => publicReleaseThreshold;
        init => publicReleaseThreshold = Preconditions.CheckProbability(value);
    }

    /// <summary>When the assessment was made (injected, never read from the clock), or <see langword="null"/>.</summary>
    public DateOnly? AssessedOn { get; init; }
}
