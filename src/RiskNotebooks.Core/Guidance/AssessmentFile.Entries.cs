using System.Text.Json;
using System.Text.Json.Serialization;

namespace RiskNotebooks.Guidance;

/// <content>
/// The assessment file's shape as typed records, read with System.Text.Json's source generator once the schema
/// (<c>datasets/schemas/assessment.schema.json</c>) has accepted the document: every required member is present and every
/// member has its type. Each record is one object of the schema, its properties the object's members (camelCase in the
/// file); an absent optional member is <see langword="null"/>.
/// </content>
/// <remarks>
/// Whole numbers stay <see cref="JsonElement"/>s: JSON Schema's "integer" also accepts <c>100.0</c> and <c>1E2</c>, and
/// <see cref="Data.Json.JsonSource.Integer"/> reads them with the error at the member's place. Vocabulary (statuses,
/// levels, kinds) stays text, parsed where it is used. Places for errors come from the document's JSON Pointers, not
/// from these records: the records carry values, the pointers carry where they were.
/// </remarks>
public static partial class AssessmentFile
{
    /// <summary>The typed records of an assessment file, generated at build time (no reflection).</summary>
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
    [JsonSerializable(typeof(FileEntry))]
    private sealed partial class EntryContext : JsonSerializerContext;

    /// <summary>The whole file.</summary>
    private sealed record FileEntry
    {
        public required string Title { get; init; }

        public required string Setting { get; init; }

        /// <summary>Question id to one answer id (text) or several (an array): a <see cref="JsonElement"/> so the error's place can tell which.</summary>
        public Dictionary<string, JsonElement>? Answers { get; init; }

        public required AssetEntry[] Assets { get; init; }

        public ControlEntry[]? Controls { get; init; }

        public LinkageEntry[]? Linkage { get; init; }

        public ModelEntry? Model { get; init; }

        public MetadataEntry? Metadata { get; init; }
    }

    /// <summary>The ways an asset's (or a planned measure's) P(re-id | attempt) can be given: at most one is.</summary>
    private abstract record MeasuredEntry
    {
        public DataEntry? Data { get; init; }

        public TextEntry? Text { get; init; }

        public TracesEntry? Traces { get; init; }

        public GenotypesEntry? Genotypes { get; init; }

        public ImagesEntry? Images { get; init; }

        public InferenceEntry? Inference { get; init; }

        public StatedEntry? Reidentification { get; init; }

        public string? Catalogue { get; init; }

        /// <summary>The measurements given, each with its member's name, in the order of <see cref="MeasurementKinds"/>.</summary>
        public List<(string Kind, object Value)> Given()
        {
            var given = new List<(string Kind, object Value)>(1);
            Add("data", Data);
            Add("text", Text);
            Add("traces", Traces);
            Add("genotypes", Genotypes);
            Add("images", Images);
            Add("inference", Inference);
            Add("reidentification", Reidentification);
            Add("catalogue", Catalogue);
            return given;

            void Add(string kind, object? value)
            {
                if (value is not null)
                {
                    given.Add((kind, value));
                }
            }
        }
    }

    private sealed record AssetEntry : MeasuredEntry
    {
        public required string Id { get; init; }

        public required string Name { get; init; }

        public string? Description { get; init; }

        public string[]? Kinds { get; init; }

        public string[]? SpecialCategories { get; init; }

        public SubjectsEntry? Subjects { get; init; }

        public string[]? LinkableSources { get; init; }

        public string? PersonalData { get; init; }

        public PlannedEntry? PlannedDataMeasure { get; init; }

        public HarmOverrideEntry? HarmOverride { get; init; }
    }

    private sealed record SubjectsEntry
    {
        public JsonElement? Count { get; init; }

        public string[]? Vulnerable { get; init; }
    }

    private sealed record PlannedEntry : MeasuredEntry
    {
        public required string Name { get; init; }

        public TransformationEntry? Transformation { get; init; }
    }

    private sealed record HarmOverrideEntry
    {
        public required string Level { get; init; }

        public required string Reason { get; init; }
    }

    private sealed record DataEntry
    {
        public required string File { get; init; }

        public required string[] QuasiIdentifiers { get; init; }

        public string? Delimiter { get; init; }
    }

    private sealed record InferenceEntry
    {
        public required string File { get; init; }

        public required string[] QuasiIdentifiers { get; init; }

        public required string Sensitive { get; init; }

        public JsonElement? Folds { get; init; }

        public JsonElement? Seed { get; init; }
    }

    private sealed record TextEntry
    {
        public required string Folder { get; init; }

        public string? AtLeast { get; init; }

        public string? Language { get; init; }
    }

    private sealed record TracesEntry
    {
        public required string File { get; init; }

        public required JsonElement Points { get; init; }

        public string? Spatial { get; init; }

        public string? Temporal { get; init; }

        public JsonElement? Seed { get; init; }

        public string? Mode { get; init; }

        public JsonElement? Draws { get; init; }
    }

    private sealed record GenotypesEntry
    {
        public required string File { get; init; }

        public required JsonElement Population { get; init; }

        public string? Frequencies { get; init; }
    }

    private sealed record ImagesEntry
    {
        public required string Folder { get; init; }
    }

    private sealed record StatedEntry
    {
        public required double Probability { get; init; }

        public double? Highest { get; init; }

        public required string Basis { get; init; }
    }

    private sealed record TransformationEntry
    {
        public string? Hierarchies { get; init; }

        /// <summary>Column to hierarchy specification, in the file's order.</summary>
        public Dictionary<string, string>? Build { get; init; }

        /// <summary>Column to level, in the file's order.</summary>
        public Dictionary<string, JsonElement>? Levels { get; init; }

        public string? Target { get; init; }

        public double? MaxSuppression { get; init; }
    }

    private sealed record ControlEntry
    {
        public required string Id { get; init; }

        public required string Status { get; init; }

        public string? Strength { get; init; }

        public string? Note { get; init; }
    }

    private sealed record LinkageEntry
    {
        public required string[] Assets { get; init; }

        public required string Basis { get; init; }
    }

    private sealed record ModelEntry
    {
        public double[]? LikelihoodCutPoints { get; init; }

        public AttemptEntry? AttemptProbabilities { get; init; }

        public JsonElement? LargeScaleSubjects { get; init; }
    }

    private sealed record AttemptEntry
    {
        public required double Strong { get; init; }

        public required double Moderate { get; init; }

        public required double Weak { get; init; }

        public required double Unguarded { get; init; }

        public required double PublicRelease { get; init; }
    }

    private sealed record MetadataEntry
    {
        public string? DatasetId { get; init; }

        public ClassificationEntry? Classification { get; init; }

        public RetentionEntry? Retention { get; init; }

        public string[]? DataUseCodes { get; init; }

        public JsonElement? MinimumCellSize { get; init; }

        public string? AssessedOn { get; init; }
    }

    private sealed record ClassificationEntry
    {
        public required string Level { get; init; }

        public required string Reason { get; init; }
    }

    private sealed record RetentionEntry
    {
        public required string Rule { get; init; }

        public string? Until { get; init; }
    }
}
