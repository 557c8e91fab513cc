using RiskNotebooks.Assessment;
using RiskNotebooks.Guidance;

namespace RiskNotebooks.Tests.Guidance;

public sealed class SensitivityMetadataJsonTests : IDisposable
{
    private static readonly Lazy<string> Example = new(() => SensitivityMetadataJson.ToJson(AssessmentFile.Load(AssessmentFileTests.Example).Evaluate().Metadata));
    private readonly TempFiles files = new();

    public void Dispose() => files.Dispose();

    private static string ExampleJson() => Example.Value;

    [Fact]
    public void A_record_written_and_read_back_is_the_same_record()
    {
        var json = ExampleJson();
        var read = SensitivityMetadataJson.Parse(json);
        Assert.Equal("demo-registry-admissions-2023", read.DatasetId);
        Assert.Equal(ClassificationLevel.StrictlyConfidential, read.Classification);
        Assert.Equal(PersonalDataStatus.Pseudonymised, read.PersonalData);
        Assert.Equal([SpecialCategory.Health], read.SpecialCategories);
        Assert.Equal(0.99991, read.Identifiability.Initial, 12);
        Assert.Equal(new RiskCell(RiskLevel.Maximum, RiskLevel.Negligible), read.ResidualRisk);
        Assert.Equal(Openness.SecureEnclaveOnly, read.PermittedOpenness.Level);
        Assert.Equal(new DateOnly(2036, 12, 31), read.Retention!.Until);
        Assert.Equal(json, SensitivityMetadataJson.ToJson(read));
    }

    [Fact]
    public void A_record_file_is_read_from_disk()
    {
        var path = files.Write("record.json", ExampleJson());
        Assert.Equal("required", SensitivityMetadataJson.Read(path).EthicsReview);
    }

    private static InputFormatException Error(string from, string to)
    {
        var json = ExampleJson();
        var broken = json.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(json, broken);
        return Assert.Throws<InputFormatException>(() => SensitivityMetadataJson.Parse(broken, "record.json"));
    }

    private static int LineOf(string text)
        => ExampleJson().Split('\n').Select((line, i) => (line, i)).First(x => x.line.Contains(text, StringComparison.Ordinal)).i + 1;

    [Fact]
    public void A_level_whose_name_and_number_disagree_is_refused_at_the_number()
    {
        var e = Error("\"harm\": {\n    \"name\": \"maximum\",\n    \"number\": 4", "\"harm\": {\n    \"name\": \"maximum\",\n    \"number\": 3");
        Assert.Equal(LineOf("\"harm\": {") + 2, e.Line);
        Assert.Contains("'harm.number': does not match the name: maximum is 4.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_whose_zone_does_not_follow_from_harm_and_likelihood_is_refused()
    {
        var e = Error("\"name\": \"avoid-or-reduce\",\n        \"number\": 3", "\"name\": \"acceptable\",\n        \"number\": 1");
        Assert.Contains("'risk.residual.zone': does not follow from harm and likelihood: the cell's zone is avoid-or-reduce (3).", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_whose_risk_level_does_not_follow_is_refused()
    {
        var e = Error("\"residual\": {\n      \"name\": \"limited\",\n      \"number\": 2", "\"residual\": {\n      \"name\": \"maximum\",\n      \"number\": 4");
        Assert.Contains("'risk.residual.name': does not follow from harm and likelihood: the cell's risk level is limited (2).", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Residual_identifiability_above_initial_is_refused()
    {
        var e = Error("\"residual\": 0.03074", "\"residual\": 0.999999");
        Assert.Equal(LineOf("\"residual\": 0.03074"), e.Line);
        Assert.Contains("'identifiability.residual': must not exceed the initial", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_data_use_code_and_a_missing_property_are_refused_with_their_lines()
    {
        var code = Error("\"DUO:0000021\"", "\"DUO:21\"");
        Assert.Equal(LineOf("\"DUO:0000021\""), code.Line);
        Assert.Contains("'permittedOpenness.dataUseCodes[1]': does not have the expected form: a GA4GH Data Use Ontology term", code.Message, StringComparison.Ordinal);

        var missing = Error("\"schemaVersion\": 1,", string.Empty);
        Assert.Equal(1, missing.Line);
        Assert.Contains("the required property 'schemaVersion' is missing.", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_aggregates_need_a_minimum_cell_size()
    {
        var e = Error("\"level\": \"secure-enclave-only\"", "\"level\": \"open-aggregates\"");
        Assert.Contains("'permittedOpenness': open aggregates need a minimumCellSize.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_that_is_not_in_the_calendar_is_refused()
    {
        var e = Error("\"until\": \"2036-12-31\"", "\"until\": \"2036-02-30\"");
        Assert.Contains("'retention.until': is not a date of the calendar.", e.Message, StringComparison.Ordinal);
    }
}
