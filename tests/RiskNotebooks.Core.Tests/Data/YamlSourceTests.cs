using System.Text;
using System.Text.Json;
using RiskNotebooks.Data.Json;
using RiskNotebooks.Guidance;

namespace RiskNotebooks.Tests.Data;

/// <summary>YAML assessment files: the same tree as JSON, errors at the YAML's line and column, never a value.</summary>
public sealed class YamlSourceTests : IDisposable
{
    private const string Marker = "ZZSECRET41";
    private static readonly string Assessments = Path.Combine(AppContext.BaseDirectory, "TestData", "assessments");
    private readonly TempFiles files = new();

    public void Dispose() => files.Dispose();

    private static JsonSource Yaml(string text) => YamlSource.Parse(Encoding.UTF8.GetBytes(text), "test.yaml");

    private InputFormatException Error(string text)
    {
        var path = files.Write("test.assessment.yaml", text);
        var e = Assert.Throws<InputFormatException>(() => AssessmentFile.Load(path));
        Assert.StartsWith($"{path}, line ", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Marker, e.Message, StringComparison.Ordinal);
        return e;
    }

    [Fact]
    public void The_bundled_yaml_example_is_the_same_tree_as_its_json_twin()
    {
        using var yaml = YamlSource.Load(Path.Combine(Assessments, "cohort-project.assessment.yaml"));
        using var json = JsonSource.Load(Path.Combine(Assessments, "cohort-project.assessment.json"));
        var withoutSchema = JsonSerializer.SerializeToElement(json.Root.EnumerateObject().Where(p => p.Name != "$schema").ToDictionary(p => p.Name, p => p.Value));
        Assert.True(JsonElement.DeepEquals(withoutSchema, yaml.Root));
    }

    [Fact]
    public void The_bundled_yaml_example_evaluates_as_the_json_one()
    {
        var yaml = AssessmentFile.Load(Path.Combine(Assessments, "cohort-project.assessment.yaml")).Evaluate().Result;
        var json = AssessmentFile.Load(Path.Combine(Assessments, "cohort-project.assessment.json")).Evaluate().Result;
        Assert.Equal(json.InitialLikelihood.Probability, yaml.InitialLikelihood.Probability);
        Assert.Equal(json.ResidualLikelihood.Probability, yaml.ResidualLikelihood.Probability);
        Assert.Equal(json.Risk.Residual, yaml.Risk.Residual);
        Assert.Equal(json.Assets.Select(a => a.Asset.Measurement!.Method), yaml.Assets.Select(a => a.Asset.Measurement!.Method));
    }

    [Fact]
    public void Plain_values_are_typed_by_the_yaml_core_schema_and_quoted_values_are_text()
    {
        using var source = Yaml("a: 5\nb: 0.25\nc: \"5\"\nd: true\ne: ~\nf: 2036-12-31\ng: -3\nh: 1e-3\ni: 'null'\nj:\nk: .5\n");
        var r = source.Root;
        Assert.Equal(5, r.GetProperty("a").GetInt64());
        Assert.Equal(0.25, r.GetProperty("b").GetDouble());
        Assert.Equal("5", r.GetProperty("c").GetString());
        Assert.True(r.GetProperty("d").GetBoolean());
        Assert.Equal(JsonValueKind.Null, r.GetProperty("e").ValueKind);
        Assert.Equal("2036-12-31", r.GetProperty("f").GetString());
        Assert.Equal(-3, r.GetProperty("g").GetInt64());
        Assert.Equal(0.001, r.GetProperty("h").GetDouble());
        Assert.Equal("null", r.GetProperty("i").GetString());
        Assert.Equal(JsonValueKind.Null, r.GetProperty("j").ValueKind);
        Assert.Equal(0.5, r.GetProperty("k").GetDouble());
    }

    [Fact]
    public void Places_are_the_yaml_lines_and_columns_of_keys_and_items()
    {
        using var source = Yaml("title: x\nassets:\n  - id: a\n    name: b\n  -   id: c\n");
        Assert.Equal((1L, 1), source.PlaceOf("/title"));
        Assert.Equal((3L, 5), source.PlaceOf("/assets/0"));
        Assert.Equal((4L, 5), source.PlaceOf("/assets/0/name"));
        Assert.Equal((5L, 7), source.PlaceOf("/assets/1/id"));
    }

    [Fact]
    public void A_schema_error_names_the_yaml_line_and_the_property()
    {
        var e = Error("title: Test\nsetting: internal\nassets:\n  - id: a\n    name: A\ncontrols:\n  - id: log-review\n    status: " + Marker + "\n");
        Assert.Equal(8, e.Line);
        Assert.Contains("'controls[0].status': must be one of: in-place, planned, absent", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_where_text_is_needed_is_a_schema_error_unless_quoted()
    {
        var e = Error("title: 2024\nsetting: internal\nassets:\n  - id: a\n    name: A\n");
        Assert.Equal(1, e.Line);
        Assert.Contains("'title'", e.Message, StringComparison.Ordinal);
        var path = files.Write("quoted.assessment.yaml", "title: \"2024\"\nsetting: internal\nassets:\n  - id: a\n    name: A\n");
        Assert.Equal("2024", AssessmentFile.Load(path).Assessment.Title);
    }

    [Fact]
    public void A_syntax_error_names_the_line_and_never_the_value()
    {
        var e = Error("title: Test\nsetting: internal\nassets:\n  - id: a\n    name: \"" + Marker + "\n");
        Assert.Contains("not valid YAML", e.Message, StringComparison.Ordinal);
        Assert.NotNull(e.Line);

        var indent = Error("title: Test\nsetting: internal\nassets:\n  - id: a\n   name: " + Marker + "\n");
        Assert.Equal(5, indent.Line);
    }

    [Fact]
    public void A_key_given_twice_is_refused_at_its_second_place()
    {
        var e = Error("title: Test\nsetting: internal\ntitle: Again\nassets:\n  - id: a\n    name: A\n");
        Assert.Equal(3, e.Line);
        Assert.Contains("'title': the key appears twice", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aliases_tags_and_a_second_document_are_refused()
    {
        Assert.Contains("alias", Error("title: &t Test\nsetting: internal\nassets:\n  - id: a\n    name: *t\n").Message, StringComparison.Ordinal);
        Assert.Equal(1, Error("title: !secret " + Marker + "\nsetting: internal\nassets:\n  - id: a\n    name: A\n").Line);
        Assert.Equal(6, Error("title: Test\nsetting: internal\nassets:\n  - id: a\n    name: A\n---\ntitle: B\n").Line);
    }

    [Fact]
    public void An_empty_file_and_invalid_utf8_are_refused_with_their_place()
    {
        var empty = files.Write("empty.assessment.yaml", "# only a comment\n");
        Assert.Equal($"{empty}: the file is empty: a YAML mapping is needed.", Assert.Throws<InputFormatException>(() => AssessmentFile.Load(empty)).Message);
        var path = files.WriteBytes("bad.assessment.yaml", [.. "title: x\n"u8, 0xC3, 0x28, (byte)'\n']);
        var e = Assert.Throws<InputFormatException>(() => AssessmentFile.Load(path));
        Assert.Equal(2, e.Line);
    }

    [Fact]
    public void A_data_file_error_points_at_the_yaml_line_of_the_column_list()
    {
        files.Write("small.csv", $"a,b\nx,{Marker}\n");
        var e = Error("title: T\nsetting: internal\nassets:\n  - id: a\n    name: A\n    data:\n      file: small.csv\n      quasiIdentifiers: [a, c]\n");
        Assert.Equal(8, e.Line);
        Assert.Contains("'assets[0].data.quasiIdentifiers[1]'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_is_refused()
    {
        var text = "title: " + string.Concat(Enumerable.Repeat("[", 100)) + string.Concat(Enumerable.Repeat("]", 100)) + "\n";
        Assert.Contains("nested deeper", Assert.Throws<InputFormatException>(() => Yaml(text)).Message, StringComparison.Ordinal);
    }
}
