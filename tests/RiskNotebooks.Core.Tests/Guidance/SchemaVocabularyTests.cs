using System.Text.Json;
using RiskNotebooks.Assessment;
using RiskNotebooks.Guidance;

namespace RiskNotebooks.Tests.Guidance;

/// <summary>The schemas in datasets/schemas/ and the C# vocabularies name the same values.</summary>
public sealed class SchemaVocabularyTests
{
    private static JsonElement Schema(string name)
    {
        using var stream = typeof(RiskAssessment).Assembly.GetManifestResourceStream($"RiskNotebooks.Schemas.{name}")!;
        return JsonDocument.Parse(stream).RootElement.Clone();
    }

    private static string[] Enum(JsonElement schema, params string[] path)
    {
        var element = schema;
        foreach (var part in path)
        {
            element = element.GetProperty(part);
        }

        return element.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToArray();
    }

    [Fact]
    public void The_assessment_schema_names_every_value_of_the_model()
    {
        var s = Schema("assessment.schema.json");
        Assert.Equal(Vocabulary.Ids<ReleaseSetting>(), Enum(s, "properties", "setting"));
        Assert.Equal(Vocabulary.Ids<DataKind>(), Enum(s, "$defs", "asset", "properties", "kinds", "items"));
        Assert.Equal(Vocabulary.Ids<SpecialCategory>(), Enum(s, "$defs", "specialCategory"));
        Assert.Equal(Vocabulary.Ids<VulnerableGroup>(), Enum(s, "$defs", "asset", "properties", "subjects", "properties", "vulnerable", "items"));
        Assert.Equal(Vocabulary.Ids<PersonalDataStatus>(), Enum(s, "$defs", "asset", "properties", "personalData"));
        Assert.Equal(ControlCatalog.Controls.Select(c => c.Id), Enum(s, "$defs", "control", "properties", "id"));
        Assert.Equal(Vocabulary.Ids<ControlStatus>().Reverse(), Enum(s, "$defs", "control", "properties", "status"));
        Assert.Equal(Vocabulary.Ids<ControlStrength>().Skip(1), Enum(s, "$defs", "control", "properties", "strength"));
        Assert.Equal(RiskLevels.All.Select(l => l.Name()), Enum(s, "$defs", "level"));
        Assert.Equal(Vocabulary.Ids<ClassificationLevel>(), Enum(s, "$defs", "metadata", "properties", "classification", "properties", "level"));
    }

    [Fact]
    public void The_metadata_schema_names_every_value_of_the_record()
    {
        var s = Schema("sensitivity-metadata.schema.json");
        Assert.Equal(Vocabulary.Ids<ClassificationLevel>(), Enum(s, "properties", "classification", "properties", "level"));
        Assert.Equal(Vocabulary.Ids<PersonalDataStatus>(), Enum(s, "properties", "personalData", "properties", "status"));
        Assert.Equal(Vocabulary.Ids<SpecialCategory>(), Enum(s, "properties", "specialCategories", "items"));
        Assert.Equal(Vocabulary.Ids<Openness>(), Enum(s, "properties", "permittedOpenness", "properties", "level"));
        Assert.Equal(Vocabulary.Ids<RiskZone>(), Enum(s, "$defs", "zone", "properties", "name"));
        Assert.Equal(RiskLevels.All.Select(l => l.Name()), Enum(s, "$defs", "level", "properties", "name"));
    }

    [Fact]
    public void The_questionnaire_schema_names_every_conclusion_topic()
        => Assert.Equal(Vocabulary.Ids<ConclusionTopic>(), Enum(Schema("guiding-questions.schema.json"), "$defs", "conclusion", "properties", "topic"));

    [Fact]
    public void Ids_are_the_member_names_in_kebab_case_and_parse_back()
    {
        Assert.Equal("secure-enclave", Vocabulary.Id(ReleaseSetting.SecureEnclave));
        Assert.Equal("sex-life-or-sexual-orientation", Vocabulary.Id(SpecialCategory.SexLifeOrSexualOrientation));
        Assert.Equal("physical media and backups", Vocabulary.Words(ThreatPath.PhysicalMediaAndBackups));
        Assert.Equal(ReleaseSetting.PublicRelease, Vocabulary.TryParse<ReleaseSetting>("Public-Release"));
        Assert.Null(Vocabulary.TryParse<ReleaseSetting>("public"));
    }
}
