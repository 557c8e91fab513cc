using System.Text;
using RiskNotebooks.Data.Json;

namespace RiskNotebooks.Tests.Data;

public sealed class JsonSchemaTests
{
    private const string Schema = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "type": "object",
          "required": ["name", "items"],
          "additionalProperties": false,
          "properties": {
            "name": { "type": "string", "minLength": 1, "maxLength": 5 },
            "code": { "type": "string", "pattern": "^[A-Z]{2}$", "description": "two capital letters" },
            "share": { "type": "number", "minimum": 0, "maximum": 1, "exclusiveMaximum": 1 },
            "count": { "type": "integer", "exclusiveMinimum": 0 },
            "kind": { "enum": ["a", "b"] },
            "version": { "const": 1 },
            "items": { "type": "array", "minItems": 1, "maxItems": 2, "uniqueItems": true, "items": { "$ref": "#/$defs/item" } },
            "extra": { "type": "object", "additionalProperties": { "type": "boolean" } }
          },
          "$defs": { "item": { "type": ["string", "null"] } }
        }
        """;

    private static IReadOnlyList<(string Pointer, string Problem)> Errors(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return JsonSchema.Parse(Schema, "test").Validate(document.RootElement);
    }

    [Fact]
    public void A_valid_document_has_no_errors()
        => Assert.Empty(Errors("""{"name": "ok", "code": "SE", "share": 0.5, "count": 3, "kind": "a", "version": 1, "items": ["x", null], "extra": {"y": true}}"""));

    [Theory]
    [InlineData("""{"items": ["x"]}""", "", "the required property 'name' is missing.")]
    [InlineData("""{"name": "a", "items": ["x"], "other": 1}""", "/other", "unknown property; the properties allowed here are: name, code, share, count, kind, version, items, extra.")]
    [InlineData("""{"name": 3, "items": ["x"]}""", "/name", "must be a string.")]
    [InlineData("""{"name": "", "items": ["x"]}""", "/name", "must not be empty.")]
    [InlineData("""{"name": "toolong", "items": ["x"]}""", "/name", "may have at most 5 characters.")]
    [InlineData("""{"name": "a", "code": "se", "items": ["x"]}""", "/code", "does not have the expected form: two capital letters")]
    [InlineData("""{"name": "a", "share": 1, "items": ["x"]}""", "/share", "must be less than 1.")]
    [InlineData("""{"name": "a", "share": -0.5, "items": ["x"]}""", "/share", "must be at least 0.")]
    [InlineData("""{"name": "a", "count": 0, "items": ["x"]}""", "/count", "must be greater than 0.")]
    [InlineData("""{"name": "a", "count": 1.5, "items": ["x"]}""", "/count", "must be a whole number.")]
    [InlineData("""{"name": "a", "kind": "c", "items": ["x"]}""", "/kind", "must be one of: a, b.")]
    [InlineData("""{"name": "a", "version": 2, "items": ["x"]}""", "/version", "must be 1.")]
    [InlineData("""{"name": "a", "items": []}""", "/items", "must not be empty.")]
    [InlineData("""{"name": "a", "items": ["x", "y", "z"]}""", "/items", "may have at most 2 items.")]
    [InlineData("""{"name": "a", "items": ["x", "x"]}""", "/items/1", "repeats item 0 of the list; items must be unique.")]
    [InlineData("""{"name": "a", "items": [1]}""", "/items/0", "must be a string or null.")]
    [InlineData("""{"name": "a", "items": ["x"], "extra": {"y": 1}}""", "/extra/y", "must be true or false.")]
    public void Each_keyword_reports_where_and_what(string json, string pointer, string problem)
    {
        var error = Assert.Single(Errors(json));
        Assert.Equal((pointer, problem), error);
    }

    [Fact]
    public void A_schema_with_a_keyword_the_validator_does_not_implement_is_refused()
    {
        var e = Assert.Throws<InvalidOperationException>(() => JsonSchema.Parse("""{"properties": {"a": {"oneOf": [true]}}}""", "bad"));
        Assert.Contains("'oneOf'", e.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => JsonSchema.Parse("""{"$ref": "#/$defs/missing"}""", "bad"));
    }

    [Fact]
    public void The_first_error_in_the_file_is_thrown_with_its_place()
    {
        using var source = JsonSource.Parse(Encoding.UTF8.GetBytes("{\n  \"name\": \"a\",\n  \"items\": [\"x\", 2],\n  \"kind\": \"z\"\n}"), "doc.json");
        var e = Assert.Throws<InputFormatException>(() => JsonSchema.Parse(Schema, "test").ThrowIfInvalid(source));
        Assert.Equal(3, e.Line);
        Assert.Equal(18, e.Column);
        Assert.Equal("doc.json, line 3, column 18: 'items[1]': must be a string or null.", e.Message);
    }

    [Theory]
    [InlineData("assessment.schema.json")]
    [InlineData("guiding-questions.schema.json")]
    [InlineData("sensitivity-metadata.schema.json")]
    public void The_bundled_schemas_load(string name)
        => Assert.NotNull(JsonSchema.FromResource($"RiskNotebooks.Schemas.{name}").Id);
}
