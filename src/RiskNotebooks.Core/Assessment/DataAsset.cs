namespace RiskNotebooks.Assessment;

/// <summary>
/// One data asset of an assessment (a registry extract, interview transcripts, location traces, ...) with the context
/// the harm rules read and the measurement the likelihood uses.
/// </summary>
/// <remarks>
/// Immutable; lists are copied and de-duplicated. Use <c>with</c> to ask "what if": an asset with one more special
/// category never has a lower harm (see <see cref="HarmRules"/>).
/// </remarks>
public sealed record DataAsset
{
    private readonly string id = string.Empty;
    private readonly string name = string.Empty;
    private readonly IReadOnlyList<DataKind> kinds = [];
    private readonly IReadOnlyList<SpecialCategory> specialCategories = [];
    private readonly IReadOnlyList<VulnerableGroup> vulnerableGroups = [];
    private readonly IReadOnlyList<string> linkableSources = [];
    private readonly long? subjectCount;

    /// <summary>A short id, unique in the assessment (e.g. <c>registry-extract</c>).</summary>
    public required string Id
    {
        get => id;
        init => id = string.IsNullOrWhiteSpace(value) ? throw new InvalidOptionException("assets[].id", "an asset needs an id.") : value.Trim();
    }

    /// <summary>What the asset is, in words.</summary>
    public required string Name
    {
        get => name;
        init => name = string.IsNullOrWhiteSpace(value) ? throw new InvalidOptionException("assets[].name", "an asset needs a name.") : value.Trim();
    }

    /// <summary>A longer description, or <see langword="null"/>.</summary>
    public string? Description { get; init; }

    /// <summary>Kinds of data present besides special categories.</summary>
    public IReadOnlyList<DataKind> Kinds
    {
        get => kinds;
        init => kinds = Distinct(value, nameof(Kinds));
    }

    /// <summary>GDPR Art. 9 special categories and Art. 10 criminal-offence data present.</summary>
    public IReadOnlyList<SpecialCategory> SpecialCategories
    {
        get => specialCategories;
        init => specialCategories = Distinct(value, nameof(SpecialCategories));
    }

    /// <summary>The number of people the data are about, or <see langword="null"/> when unknown (then the measured record count is used, if any).</summary>
    public long? SubjectCount
    {
        get => subjectCount;
        init => subjectCount = value is < 0 ? throw new InvalidOptionException("assets[].subjects.count", "must not be negative.") : value;
    }

    /// <summary>Vulnerable groups among the data subjects.</summary>
    public IReadOnlyList<VulnerableGroup> VulnerableGroups
    {
        get => vulnerableGroups;
        init => vulnerableGroups = Distinct(value, nameof(VulnerableGroups));
    }

    /// <summary>Other sources the data could be linked with (registers, social media, other releases), in words.</summary>
    public IReadOnlyList<string> LinkableSources
    {
        get => linkableSources;
        init => linkableSources = (value ?? throw new ArgumentNullException(nameof(value))).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Whether the data are personal data; <see langword="null"/> when not stated (then assumed identifiable).</summary>
    public PersonalDataStatus? PersonalData { get; init; }

    /// <summary>The measured (or stated) P(re-id | attempt) of the data as they are; <see langword="null"/> means assumed 1.</summary>
    public IReidentificationMeasurement? Measurement { get; init; }

    /// <summary>A planned change to the data, with the risk measured after it, for the residual risk.</summary>
    public PlannedDataMeasure? PlannedDataMeasure { get; init; }

    /// <summary>The assessor's override of the derived harm, or <see langword="null"/>.</summary>
    public HarmOverride? HarmOverride { get; init; }

    /// <summary>The personal-data status used: the stated one, else <see cref="PersonalDataStatus.Identifiable"/>.</summary>
    public PersonalDataStatus EffectivePersonalData => PersonalData ?? PersonalDataStatus.Identifiable;

    private static T[] Distinct<T>(IReadOnlyList<T> values, string name)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(values, name);
        foreach (var v in values)
        {
            if (!Enum.IsDefined(v))
            {
                throw new ArgumentOutOfRangeException(name, v, $"Not a {typeof(T).Name}.");
            }
        }

        return values.Distinct().ToArray();
    }
}
