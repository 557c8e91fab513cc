using RiskNotebooks.Guidance;

namespace RiskNotebooks.Tests.Guidance;

/// <summary>Errors in assessment files name the line, the column and the property, never a value from the data.</summary>
public sealed class AssessmentFileErrorTests : IDisposable
{
    private const string Secret = "19121212-1212";

    // Line numbers matter: the tests below point into this text.
    private const string Valid = """
        {
          "title": "Test",
          "setting": "secure-enclave",
          "answers": { "personal-data": "pseudonymised" },
          "assets": [
            {
              "id": "extract",
              "name": "Extract",
              "data": { "file": "data/small.csv", "quasiIdentifiers": ["a", "b"] }
            }
          ],
          "controls": [
            { "id": "log-review", "status": "in-place" },
            { "id": "staff-training", "status": "planned" }
          ],
          "model": { "likelihoodCutPoints": [0.05, 0.09, 0.2] },
          "metadata": { "assessedOn": "2026-01-31" }
        }
        """;

    private readonly TempFiles files = new();

    public AssessmentFileErrorTests()
    {
        Directory.CreateDirectory(Path.Combine(files.Folder, "data"));
        files.Write(Path.Combine("data", "small.csv"), $"a,b,pnr\nx,1,{Secret}\ny,2,{Secret}\n");
    }

    public void Dispose() => files.Dispose();

    private InputFormatException Error(string from, string to, string? text = null)
    {
        var json = (text ?? Valid).Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(text ?? Valid, json);
        var path = files.Write("test.assessment.json", json);
        var e = Assert.Throws<InputFormatException>(() => AssessmentFile.Load(path));
        Assert.StartsWith($"{path}, line ", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, e.Message, StringComparison.Ordinal);
        return e;
    }

    [Fact]
    public void The_valid_text_loads()
    {
        var path = files.Write("test.assessment.json", Valid);
        Assert.Equal("extract", AssessmentFile.Load(path).Assessment.Assets[0].Id);
    }

    [Fact]
    public void A_missing_comma_is_reported_where_system_text_json_stops()
    {
        var e = Error("\"in-place\" },", "\"in-place\" }");
        Assert.Equal(14, e.Line);
        Assert.Equal(5, e.Column);
        Assert.Contains("not valid JSON", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_property_names_itself_and_the_allowed_ones()
    {
        var e = Error("\"name\": \"Extract\",", "\"name\": \"Extract\", \"colour\": \"red\",");
        Assert.Equal(8, e.Line);
        Assert.Equal(26, e.Column);
        Assert.Contains("'assets[0].colour': unknown property; the properties allowed here are: id, name,", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_outside_the_vocabulary_lists_the_allowed_values()
    {
        var e = Error("\"status\": \"planned\"", "\"status\": \"done\"");
        Assert.Equal(14, e.Line);
        Assert.Contains("'controls[1].status': must be one of: in-place, planned, absent.", e.Message, StringComparison.Ordinal);

        var control = Error("\"staff-training\"", "\"firewall\"");
        Assert.Equal(14, control.Line);
        Assert.Contains("'controls[1].id': must be one of: strong-authentication,", control.Message, StringComparison.Ordinal);

        var setting = Error("\"secure-enclave\"", "\"enclave\"");
        Assert.Equal((3L, 3), (setting.Line!.Value, setting.Column!.Value));
        Assert.Contains("'setting': must be one of: public-release, shared-under-agreement, secure-enclave, internal.", setting.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_property_points_at_its_object()
    {
        var e = Error("      \"name\": \"Extract\",\n", string.Empty);
        Assert.Equal(6, e.Line);
        Assert.Contains("'assets[0]': the required property 'name' is missing.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_control_listed_twice_is_reported_at_its_second_place()
    {
        var e = Error("\"staff-training\"", "\"log-review\"");
        Assert.Equal(14, e.Line);
        Assert.Contains("'controls[1].id': this control is listed twice.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_and_a_stated_probability_together_are_refused()
    {
        var e = Error("\"quasiIdentifiers\": [\"a\", \"b\"] }", "\"quasiIdentifiers\": [\"a\", \"b\"] },\n      \"reidentification\": { \"probability\": 0.1, \"basis\": \"guess\" }");
        Assert.Equal(10, e.Line);
        Assert.Contains("'assets[0].reidentification': give one of 'data'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stated_probability_above_1_is_refused_at_its_line()
    {
        var e = Error("\"data\": { \"file\": \"data/small.csv\", \"quasiIdentifiers\": [\"a\", \"b\"] }", "\"reidentification\": { \"probability\": 1.2, \"basis\": \"guess\" }");
        Assert.Equal(9, e.Line);
        Assert.Contains("'assets[0].reidentification.probability': must be at most 1.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_planned_data_measure_needs_its_measurement()
    {
        var e = Error("\"quasiIdentifiers\": [\"a\", \"b\"] }", "\"quasiIdentifiers\": [\"a\", \"b\"] },\n      \"plannedDataMeasure\": { \"name\": \"generalise\" }");
        Assert.Equal(10, e.Line);
        Assert.Contains("'assets[0].plannedDataMeasure': a planned data measure needs exactly one of", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_harm_override_needs_its_reason()
    {
        var e = Error("\"name\": \"Extract\",", "\"name\": \"Extract\", \"harmOverride\": { \"level\": \"limited\" },");
        Assert.Equal(8, e.Line);
        Assert.Contains("'assets[0].harmOverride': the required property 'reason' is missing.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_quasi_identifier_points_at_the_list_entry_and_names_the_columns_not_the_values()
    {
        var e = Error("[\"a\", \"b\"]", "[\"a\", \"c\"]");
        Assert.Equal(9, e.Line);
        Assert.Contains("'assets[0].data.quasiIdentifiers[1]': the data file 'data/small.csv' has no column of this name. Columns: a, b, pnr.", e.Message, StringComparison.Ordinal);
        Assert.IsType<UnknownColumnException>(e.InnerException);
    }

    [Fact]
    public void An_unknown_quasi_identifier_of_a_headerless_data_file_does_not_print_its_first_record()
    {
        // Regression: "Its columns: ..." listed the first record of a headerless data file.
        files.Write(Path.Combine("data", "headerless.csv"), $"x,1,{Secret}\ny,2,{Secret}\n");
        var e = Error("data/small.csv", "data/headerless.csv");
        Assert.Contains("has no column of this name. The header has 3 columns", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_data_file_points_at_the_file_property()
    {
        var e = Error("data/small.csv", "data/missing.csv");
        Assert.Equal(9, e.Line);
        Assert.Contains("'assets[0].data.file': the data file cannot be measured:", e.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_data_file_is_reported_without_its_values()
    {
        files.Write(Path.Combine("data", "ragged.csv"), $"a,b\nx,1\n{Secret}\n");
        var e = Error("data/small.csv", "data/ragged.csv");
        Assert.Equal(9, e.Line);
        Assert.Contains("line 3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cut_points_must_increase_and_stay_inside_0_1()
    {
        var order = Error("[0.05, 0.09, 0.2]", "[0.2, 0.09, 0.05]");
        Assert.Equal(16, order.Line);
        Assert.Contains("'model.likelihoodCutPoints': give three strictly increasing probabilities", order.Message, StringComparison.Ordinal);

        var range = Error("[0.05, 0.09, 0.2]", "[0.05, 0.09, 1.5]");
        Assert.Equal(16, range.Line);
        Assert.Contains("'model.likelihoodCutPoints[2]': must be less than 1.", range.Message, StringComparison.Ordinal);

        var count = Error("[0.05, 0.09, 0.2]", "[0.05, 0.09]");
        Assert.Contains("'model.likelihoodCutPoints': needs at least 3 items.", count.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Attempt_probabilities_must_not_fall_as_controls_weaken()
    {
        var e = Error("\"likelihoodCutPoints\": [0.05, 0.09, 0.2]", "\"attemptProbabilities\": { \"strong\": 0.3, \"moderate\": 0.2, \"weak\": 0.1, \"unguarded\": 0.5, \"publicRelease\": 1 }");
        Assert.Equal(16, e.Line);
        Assert.Contains("'model.attemptProbabilities': the values must not decrease", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Answers_must_name_questions_and_answers_of_the_questionnaire()
    {
        var answer = Error("\"pseudonymised\" }", "\"coded\" }");
        Assert.Equal(4, answer.Line);
        Assert.Contains("'answers.personal-data': not an answer to 'personal-data'. Answers: identified, pseudonymised, identifiable, anonymous.", answer.Message, StringComparison.Ordinal);

        var question = Error("\"personal-data\"", "\"is-personal\"");
        Assert.Equal(4, question.Line);
        Assert.Contains("'answers.is-personal': no guiding question has this id.", question.Message, StringComparison.Ordinal);

        var many = Error("\"pseudonymised\" }", "[\"pseudonymised\", \"anonymous\"] }");
        Assert.Contains("this question takes exactly one answer", many.Message, StringComparison.Ordinal);

        var inList = Error("\"pseudonymised\" }", "\"pseudonymised\", \"special-categories\": [\"health\", \"gossip\"] }");
        Assert.Contains("'answers.special-categories[1]': not an answer", inList.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_must_be_written_yyyy_mm_dd_and_exist()
    {
        var form = Error("2026-01-31", "31/01/2026");
        Assert.Equal(17, form.Line);
        Assert.Contains("'metadata.assessedOn': does not have the expected form: a date written YYYY-MM-DD", form.Message, StringComparison.Ordinal);

        var calendar = Error("2026-01-31", "2026-02-30");
        Assert.Equal(17, calendar.Line);
        Assert.Contains("'metadata.assessedOn': is not a date of the calendar.", calendar.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_asset_id_is_refused()
    {
        var e = Error("    }\n  ],", "    },\n    { \"id\": \"extract\", \"name\": \"Again\" }\n  ],");
        Assert.Equal(11, e.Line);
        Assert.Contains("'assets[1].id': another asset has the same id.", e.Message, StringComparison.Ordinal);
    }
}
