using RiskNotebooks.Assessment;
using RiskNotebooks.Guidance;
using RiskNotebooks.Tests.Assessment;

namespace RiskNotebooks.Tests.Guidance;

public sealed class SensitivityMetadataTests
{
    private static SensitivityMetadata Metadata(DataAsset asset, bool guarded = true, MetadataInputs? inputs = null, ReleaseSetting setting = ReleaseSetting.SecureEnclave)
    {
        var assessment = guarded ? Assessments.FullyGuarded(setting, asset) : Assessments.With(setting, asset);
        return SensitivityMetadata.FromAssessment(assessment.Evaluate(), inputs);
    }

    [Fact]
    public void Direct_identifiers_keep_the_data_in_a_secure_enclave()
    {
        var md = Metadata(Assessments.Measured(0.01) with { PersonalData = PersonalDataStatus.Identified });
        Assert.Equal(Openness.SecureEnclaveOnly, md.PermittedOpenness.Level);
        Assert.Contains("Direct identifiers", Assert.Single(md.PermittedOpenness.Reasons), StringComparison.Ordinal);
        Assert.Equal("direct-identifiers", md.Identifiability.Basis);
    }

    [Fact]
    public void A_residual_risk_in_the_red_zone_keeps_the_data_in_a_secure_enclave()
    {
        var md = Metadata(Assessments.Measured(0.5) with { SpecialCategories = [SpecialCategory.Health], PersonalData = PersonalDataStatus.Pseudonymised }, guarded: false);
        Assert.Equal(RiskZone.AvoidAbsolutely, md.ResidualRisk.Zone);
        Assert.Equal(Openness.SecureEnclaveOnly, md.PermittedOpenness.Level);
        Assert.Contains("zone that must be avoided", md.PermittedOpenness.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Maximum_harm_keeps_personal_data_in_a_secure_enclave()
    {
        var md = Metadata(Assessments.Measured(0.01) with { SpecialCategories = [SpecialCategory.Genetic], PersonalData = PersonalDataStatus.Pseudonymised });
        Assert.Equal(RiskZone.AvoidOrReduce, md.ResidualRisk.Zone);
        Assert.Equal(Openness.SecureEnclaveOnly, md.PermittedOpenness.Level);
        Assert.Contains("Maximum harm", md.PermittedOpenness.Reasons[0], StringComparison.Ordinal);
        Assert.Equal(ClassificationLevel.StrictlyConfidential, md.Classification);
    }

    [Fact]
    public void Special_categories_allow_controlled_access_with_the_data_use_codes()
    {
        var inputs = MetadataInputs.None with { DataUseCodes = ["DUO:0000006", "DUO:0000021"] };
        var md = Metadata(Assessments.Measured(0.01) with { SpecialCategories = [SpecialCategory.Health], PersonalData = PersonalDataStatus.Pseudonymised }, inputs: inputs);
        Assert.Equal(Openness.ControlledAccess, md.PermittedOpenness.Level);
        Assert.Equal(["DUO:0000006", "DUO:0000021"], md.PermittedOpenness.DataUseCodes);
        Assert.Null(md.PermittedOpenness.MinimumCellSize);
        Assert.Contains("special categories (health)", md.PermittedOpenness.Reasons[0], StringComparison.Ordinal);
        Assert.Equal([SpecialCategory.Health], md.SpecialCategories);
    }

    [Fact]
    public void Other_personal_data_allow_open_aggregates_with_a_minimum_cell_size()
    {
        var md = Metadata(Assessments.Measured(0.01) with { Kinds = [DataKind.Demographic] });
        Assert.Equal(Openness.OpenAggregates, md.PermittedOpenness.Level);
        Assert.Equal(11, md.PermittedOpenness.MinimumCellSize);
        Assert.Equal(PersonalDataStatus.Identifiable, md.PersonalData);
        Assert.Contains("assumed identifiable", md.PersonalDataReason, StringComparison.Ordinal);
        Assert.Equal(ClassificationLevel.Internal, md.Classification);

        Assert.Equal(5, Metadata(Assessments.Measured(0.01), inputs: MetadataInputs.None with { MinimumCellSize = 5 }).PermittedOpenness.MinimumCellSize);
    }

    [Fact]
    public void Anonymous_data_may_be_opened_only_when_the_measured_highest_risk_is_low_enough()
    {
        var shown = Metadata(Assessments.Measured(0.01, highest: 0.09) with { PersonalData = PersonalDataStatus.Anonymous });
        Assert.Equal(Openness.Open, shown.PermittedOpenness.Level);
        Assert.Equal(ClassificationLevel.Public, shown.Classification);

        var claimed = Metadata(Assessments.Measured(0.01, highest: 0.5) with { PersonalData = PersonalDataStatus.Anonymous });
        Assert.Equal(Openness.OpenAggregates, claimed.PermittedOpenness.Level);
        Assert.Contains("claimed but not shown", claimed.PermittedOpenness.Reasons[0], StringComparison.Ordinal);

        var unmeasured = Metadata(Assessments.Asset() with { PersonalData = PersonalDataStatus.Anonymous });
        Assert.Contains("not every asset is measured", unmeasured.PermittedOpenness.Reasons[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { DataKind.Financial }, ClassificationLevel.Confidential)]
    [InlineData(new[] { DataKind.LocationTraces }, ClassificationLevel.StrictlyConfidential)]
    [InlineData(new DataKind[0], ClassificationLevel.Internal)]
    public void The_classification_follows_the_harm(DataKind[] kinds, ClassificationLevel expected)
        => Assert.Equal(expected, Metadata(Assessments.Measured(0.01) with { Kinds = kinds }).Classification);

    [Fact]
    public void A_classification_set_by_the_data_owner_needs_a_reason()
    {
        var asset = Assessments.Measured(0.01);
        Assert.Throws<InvalidOptionException>(() => Metadata(asset, inputs: MetadataInputs.None with { Classification = ClassificationLevel.Confidential }));
        var md = Metadata(asset, inputs: MetadataInputs.None with { Classification = ClassificationLevel.Confidential, ClassificationReason = "Policy of the department." });
        Assert.Equal((ClassificationLevel.Confidential, "Policy of the department."), (md.Classification, md.ClassificationReason));
    }

    [Fact]
    public void Answers_to_the_guiding_questions_go_into_the_record()
    {
        var questions = GuidingQuestionnaire.Default;
        var conclusions = questions.Conclude(new Dictionary<string, IReadOnlyList<string>>
        {
            ["ethics-review"] = ["research-other"],
            ["legal-basis"] = ["consent"],
            ["processing-location"] = ["adequacy"],
        });
        var md = SensitivityMetadata.FromAssessment(Assessments.FullyGuarded(ReleaseSetting.Internal, Assessments.Measured(0.1)).Evaluate(), null, conclusions);
        Assert.Equal(("to-be-checked", "consent", "adequacy"), (md.EthicsReview, md.LegalBasis, md.ProcessingLocation));
    }
}
