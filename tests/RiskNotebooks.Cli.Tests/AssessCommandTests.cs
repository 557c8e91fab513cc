using System.Text.Json;
using RiskNotebooks.Guidance;

namespace RiskNotebooks.Cli.Tests;

public sealed class AssessCommandTests : IDisposable
{
    private static readonly string Golden = Path.Combine(AppContext.BaseDirectory, "Golden", "assess-demo-registry-enclave.json");
    private static readonly string[] LevelNames = ["negligible", "limited", "significant", "maximum"];
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Without_a_file_it_assesses_the_bundled_example_in_a_secure_enclave()
    {
        var (code, output, error) = Cli.Run("assess");
        Assert.True(code == 0, error);
        Assert.Empty(error);
        Assert.Contains("Assessment: Demo registry: hospital admissions 2023 in the secure enclave", output);
        Assert.Contains("  setting   secure enclave", output);
        Assert.Contains("Harm: maximum (4)", output);
        Assert.Contains("  likelihood                                   maximum (4)      negligible (1)", output);
        Assert.Contains("weakest link overall, initial:  insider: 'accountability: someone reads the logs': no control: log review is only planned", output);
        Assert.Contains("  initial   harm maximum (4) × likelihood maximum (4) = maximum (4) risk, zone avoid absolutely (4)", output);
        Assert.Contains("  residual  harm maximum (4) × likelihood negligible (1) = limited (2) risk, zone avoid or reduce (3)", output);
        Assert.Contains("  permitted openness  secure enclave only.", output);
    }

    [Fact]
    public void Json_of_the_bundled_example_matches_the_golden_file_field_by_field()
    {
        var (code, output, error) = Cli.Run("assess", "--format", "json");
        Assert.True(code == 0, error);
        using var actual = JsonDocument.Parse(output);
        using var expected = JsonDocument.Parse(File.ReadAllText(Golden));
        AssertSame(expected.RootElement, actual.RootElement, "$");
    }

    [Fact]
    public void Json_has_the_documented_fields_with_every_level_as_name_and_number()
    {
        var (code, output, error) = Cli.Run("assess", "--format", "json");
        Assert.True(code == 0, error);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(("maximum", 4), Level(root.GetProperty("harm")));
        Assert.Equal(("maximum", 4), Level(root.GetProperty("likelihood").GetProperty("initial")));
        Assert.Equal(("negligible", 1), Level(root.GetProperty("likelihood").GetProperty("residual")));
        var risk = root.GetProperty("risk");
        Assert.Equal(("maximum", 4), Level(risk.GetProperty("initial")));
        Assert.Equal(("limited", 2), Level(risk.GetProperty("residual")));
        Assert.Equal(("negligible", 1), Level(risk.GetProperty("residual").GetProperty("likelihood")));
        Assert.Equal("avoid-or-reduce", risk.GetProperty("residual").GetProperty("zone").GetProperty("name").GetString());

        var initial = root.GetProperty("weakestLinks").GetProperty("initial");
        Assert.Equal(0.5, initial.GetProperty("attemptProbability").GetDouble());
        var overall = initial.GetProperty("overall");
        Assert.Equal("insider", overall.GetProperty("path").GetString());
        Assert.Equal(JsonValueKind.Null, overall.GetProperty("control").ValueKind);
        Assert.Equal("none", overall.GetProperty("strength").GetString());
        Assert.Equal(5, initial.GetProperty("paths").GetArrayLength());
        Assert.Equal("external-attacker", root.GetProperty("weakestLinks").GetProperty("residual").GetProperty("overall").GetProperty("path").GetString());

        var likelihood = root.GetProperty("likelihood").GetProperty("initial");
        Assert.Equal(0.99991, likelihood.GetProperty("reidentification").GetProperty("probability").GetDouble(), 1e-12);
        Assert.Equal(0.99991 * 0.5, likelihood.GetProperty("probability").GetDouble(), 1e-12);

        // Wherever a level appears, its name and number agree.
        var levels = 0;
        Walk(root, e =>
        {
            if (e.TryGetProperty("name", out var name) && e.TryGetProperty("number", out var number) && LevelNames.Contains(name.GetString()))
            {
                Assert.Equal(Array.IndexOf(LevelNames, name.GetString()) + 1, number.GetInt32());
                levels++;
            }
        });
        Assert.True(levels > 50);
    }

    [Fact]
    public void The_metadata_in_the_json_is_a_valid_sensitivity_metadata_record()
    {
        var (code, output, error) = Cli.Run("assess", "--format", "json");
        Assert.True(code == 0, error);
        var metadata = JsonDocument.Parse(output).RootElement.GetProperty("metadata").GetRawText();
        var record = SensitivityMetadataJson.Parse(metadata);
        Assert.Equal(Openness.SecureEnclaveOnly, record.PermittedOpenness.Level);
        Assert.Equal(["DUO:0000006", "DUO:0000021", "DUO:0000028"], record.PermittedOpenness.DataUseCodes);
    }

    [Fact]
    public void A_file_of_ones_own_with_a_data_file_beside_it()
    {
        temp.Write("survey.csv", "age,sex,zip\n30,F,111\n30,F,111\n31,M,112\n");
        var path = temp.Write("survey.assessment.json", """
            {
              "title": "Survey, published",
              "setting": "public-release",
              "assets": [{ "id": "survey", "name": "Survey", "data": { "file": "survey.csv", "quasiIdentifiers": ["age", "sex", "zip"] } }]
            }
            """);
        var (code, output, error) = Cli.Run("assess", path, "--format", "json");
        Assert.True(code == 0, error);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("survey.assessment.json", root.GetProperty("source").GetString());
        Assert.Equal("highest-risk", root.GetProperty("likelihood").GetProperty("initial").GetProperty("reidentification").GetProperty("basis").GetString());
        Assert.Equal(1.0, root.GetProperty("likelihood").GetProperty("initial").GetProperty("probability").GetDouble(), 1e-12); // computed: within rounding error
        Assert.Equal("recipient-linking", root.GetProperty("weakestLinks").GetProperty("initial").GetProperty("overall").GetProperty("path").GetString());
    }

    [Fact]
    public void An_error_in_the_file_gives_exit_code_2_and_a_line_precise_message()
    {
        var path = temp.Write("broken.assessment.json", """
            {
              "title": "Broken",
              "setting": "secure-enclave",
              "assets": [{ "id": "a", "name": "A" }],
              "controls": [
                { "id": "log-review", "status": "sometimes" }
              ]
            }
            """);
        var (code, output, error) = Cli.Run("assess", path);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Empty(output);
        Assert.Equal($"risknb: {path}, line 6, column 27: 'controls[0].status': must be one of: in-place, planned, absent.", error.Trim());
    }

    [Fact]
    public void A_missing_file_or_an_unknown_format_gives_exit_code_2()
    {
        var missing = Cli.Run("assess", Path.Combine(temp.Path, "none.json"));
        Assert.Equal(ExitCodes.BadInput, missing.ExitCode);
        Assert.Contains("the file does not exist", missing.Error);
        Assert.Equal(ExitCodes.BadInput, Cli.Run("assess", "--format", "xml").ExitCode);
    }

    private static (string?, int) Level(JsonElement e) => (e.GetProperty("name").GetString(), e.GetProperty("number").GetInt32());

    private static void Walk(JsonElement e, Action<JsonElement> visit)
    {
        if (e.ValueKind == JsonValueKind.Object)
        {
            visit(e);
            foreach (var p in e.EnumerateObject())
            {
                Walk(p.Value, visit);
            }
        }
        else if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
            {
                Walk(item, visit);
            }
        }
    }

    /// <summary>Same structure and values; numbers within a relative 1e-9 (not byte-equal text).</summary>
    private static void AssertSame(JsonElement expected, JsonElement actual, string path)
    {
        Assert.True(expected.ValueKind == actual.ValueKind, $"{path}: {expected.ValueKind} expected, {actual.ValueKind} found");
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                Assert.True(
                    expected.EnumerateObject().Select(p => p.Name).SequenceEqual(actual.EnumerateObject().Select(p => p.Name)),
                    $"{path}: properties differ: expected {string.Join(", ", expected.EnumerateObject().Select(p => p.Name))}; found {string.Join(", ", actual.EnumerateObject().Select(p => p.Name))}");
                foreach (var property in expected.EnumerateObject())
                {
                    AssertSame(property.Value, actual.GetProperty(property.Name), $"{path}.{property.Name}");
                }

                break;
            case JsonValueKind.Array:
                Assert.True(expected.GetArrayLength() == actual.GetArrayLength(), $"{path}: {expected.GetArrayLength()} items expected, {actual.GetArrayLength()} found");
                var i = 0;
                foreach (var (e, a) in expected.EnumerateArray().Zip(actual.EnumerateArray()))
                {
                    AssertSame(e, a, $"{path}[{i++}]");
                }

                break;
            case JsonValueKind.Number:
                var x = expected.GetDouble();
                var y = actual.GetDouble();
                Assert.True(Math.Abs(x - y) <= 1e-9 * Math.Max(1, Math.Abs(x)), $"{path}: {x} expected, {y} found");
                break;
            case JsonValueKind.String:
                Assert.True(expected.GetString() == actual.GetString(), $"{path}: '{expected.GetString()}' expected, '{actual.GetString()}' found");
                break;
        }
    }
}
