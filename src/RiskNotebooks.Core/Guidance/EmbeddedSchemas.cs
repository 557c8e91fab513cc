using RiskNotebooks.Data.Json;

namespace RiskNotebooks.Guidance;

/// <summary>The schemas of <c>datasets/schemas/</c>, embedded at build so that validation never depends on the working directory.</summary>
internal static class EmbeddedSchemas
{
    private static readonly Lazy<JsonSchema> AssessmentSchema = new(() => JsonSchema.FromResource("RiskNotebooks.Schemas.assessment.schema.json"));
    private static readonly Lazy<JsonSchema> QuestionsSchema = new(() => JsonSchema.FromResource("RiskNotebooks.Schemas.guiding-questions.schema.json"));
    private static readonly Lazy<JsonSchema> MetadataSchema = new(() => JsonSchema.FromResource("RiskNotebooks.Schemas.sensitivity-metadata.schema.json"));

    private static readonly Lazy<JsonSchema> CatalogueSchema = new(() => JsonSchema.FromResource("RiskNotebooks.Schemas.identifiability-catalogue.schema.json"));

    internal static JsonSchema Assessment => AssessmentSchema.Value;

    internal static JsonSchema IdentifiabilityCatalogue => CatalogueSchema.Value;

    internal static JsonSchema GuidingQuestions => QuestionsSchema.Value;

    internal static JsonSchema SensitivityMetadata => MetadataSchema.Value;
}
