using System.Text;
using RiskNotebooks.Data.Json;

namespace RiskNotebooks.Tests.Data;

public sealed class JsonSourceTests
{
    private static JsonSource Parse(string json, bool bom = false)
        => JsonSource.Parse([.. (bom ? Encoding.UTF8.Preamble.ToArray() : []), .. Encoding.UTF8.GetBytes(json)], "test.json");

    [Fact]
    public void Every_value_has_the_line_and_column_of_its_property_name_or_array_item()
    {
        using var source = Parse("{\n  \"a\": 1,\n  \"list\": [\n    {\"b\": true},\n    \"x\"\n  ]\n}\n");
        Assert.Equal((1L, 1), source.PlaceOf(""));
        Assert.Equal((2L, 3), source.PlaceOf("/a"));
        Assert.Equal((3L, 3), source.PlaceOf("/list"));
        Assert.Equal((4L, 5), source.PlaceOf("/list/0"));
        Assert.Equal((4L, 6), source.PlaceOf("/list/0/b"));
        Assert.Equal((5L, 5), source.PlaceOf("/list/1"));
        Assert.Null(source.PlaceOf("/missing"));
    }

    [Fact]
    public void Columns_count_characters_not_bytes_and_a_bom_is_skipped()
    {
        using var source = Parse("{\"län\": \"Gävleborg\", \"ö\": 1}", bom: true);
        Assert.Equal((1L, 22), source.PlaceOf("/ö"));
    }

    [Theory]
    [InlineData(new byte[] { 0x7B, 0x0A, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xFF, 0x22, 0x7D }, 2, 6)] // in a value
    [InlineData(new byte[] { 0x7B, 0x22, 0xC3, 0x22, 0x3A, 0x31, 0x7D }, 1, 3)] // in a property name: a truncated sequence
    public void Invalid_utf8_is_an_error_at_its_place_not_a_crash(byte[] json, long line, int column)
    {
        var e = Assert.Throws<InputFormatException>(() => JsonSource.Parse(json, "test.json"));
        Assert.Equal(line, e.Line);
        Assert.Equal(column, e.Column);
        Assert.Contains("not valid UTF-8", e.Message);
    }

    [Theory]
    [InlineData("100", 100L)]
    [InlineData("100.0", 100L)]
    [InlineData("1E2", 100L)]
    [InlineData("1e2", 100L)]
    public void Whole_numbers_are_read_as_json_schema_writes_them(string written, long expected)
    {
        using var source = Parse($"{{\"n\": {written}}}");
        Assert.Equal(expected, source.Integer("/n", source.Root.GetProperty("n"), int.MaxValue));
    }

    [Theory]
    [InlineData("3e9", "must be at most 2,147,483,647.")]
    [InlineData("1e30", "must be at most 2,147,483,647.")]
    [InlineData("1.5", "must be a whole number.")]
    [InlineData("\"5\"", "must be a whole number.")]
    public void Numbers_that_are_not_whole_or_too_large_are_errors_at_their_place(string written, string problem)
    {
        using var source = Parse($"{{\n  \"n\": {written}}}");
        var e = Assert.Throws<InputFormatException>(() => source.Integer("/n", source.Root.GetProperty("n"), int.MaxValue));
        Assert.Equal($"test.json, line 2, column 3: 'n': {problem}", e.Message);
    }

    [Fact]
    public void Syntax_errors_give_the_line_and_column_of_system_text_json()
    {
        var e = Assert.Throws<InputFormatException>(() => Parse("{\n  \"å\": 1\n  \"b\": 2\n}"));
        Assert.Equal(3, e.Line);
        Assert.Equal(3, e.Column);
        Assert.StartsWith("test.json, line 3, column 3: not valid JSON", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", e.Message, StringComparison.Ordinal);
        Assert.IsType<System.Text.Json.JsonException>(e.InnerException, exactMatch: false);
    }

    [Fact]
    public void Comments_are_allowed_and_trailing_commas_are_not()
    {
        using (var ok = Parse("// a comment\n{ /* inline */ \"a\": 1 }"))
        {
            Assert.Equal((2L, 16), ok.PlaceOf("/a"));
        }

        var e = Assert.Throws<InputFormatException>(() => Parse("{\"a\": 1,\n}"));
        Assert.Equal(2, e.Line);
    }

    [Fact]
    public void A_property_given_twice_is_an_error_at_its_second_place()
    {
        var e = Assert.Throws<InputFormatException>(() => Parse("{\n \"a\": {\"x\": 1,\n  \"x\": 2}\n}"));
        Assert.Equal(3, e.Line);
        Assert.Equal(3, e.Column);
        Assert.Contains("'a.x': the property appears twice", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_or_a_missing_file_says_so()
    {
        Assert.Contains("empty", Assert.Throws<InputFormatException>(() => Parse("  \n")).Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", Assert.Throws<InputFormatException>(() => JsonSource.Load(Path.Combine(Path.GetTempPath(), "no-such-risknb-file.json"))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_point_at_the_nearest_place_and_name_the_property_path()
    {
        using var source = Parse("{\n  \"controls\": [\n    {\"id\": \"x\"}\n  ]\n}");
        var e = source.Error("/controls/0/status", "the required property is missing.");
        Assert.Equal(3, e.Line);
        Assert.Equal("test.json, line 3, column 5: 'controls[0].status': the required property is missing.", e.Message);
        Assert.Equal("a/b.c[2]", JsonSource.Display("/a~1b.c/2"));
    }
}
