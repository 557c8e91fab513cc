using System.Text.Json;
using RiskNotebooks.Data.Json;
using Xunit.Abstractions;

namespace RiskNotebooks.Tests.Data;

/// <summary>
/// The validator against the official JSON-Schema-Test-Suite (draft 2020-12) for the keywords it implements: every case
/// whose schema it accepts must get the suite's verdict; schemas with other keywords must be refused at load, never
/// half-checked.
/// </summary>
public sealed class JsonSchemaSuiteTests(ITestOutputHelper output)
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "TestData", "json-schema-test-suite");

    public static TheoryData<string> Files() => [.. Directory.GetFiles(Folder, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_case_of_the_suite_whose_schema_is_accepted_gets_the_suites_verdict(string keyword)
    {
        using var suite = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, keyword + ".json")));
        var checkedCases = 0;
        var refusedGroups = 0;
        var wrong = new List<string>();
        foreach (var group in suite.RootElement.EnumerateArray())
        {
            var description = group.GetProperty("description").GetString();
            JsonSchema schema;
            try
            {
                schema = JsonSchema.Parse(group.GetProperty("schema").GetRawText(), keyword);
            }
            catch (Exception e) when (e is InvalidDataException or InputFormatException or NotSupportedException or ArgumentException or InvalidOperationException)
            {
                refusedGroups++;
                continue;
            }

            foreach (var test in group.GetProperty("tests").EnumerateArray())
            {
                var expected = test.GetProperty("valid").GetBoolean();
                bool actual;
                try
                {
                    actual = schema.Validate(test.GetProperty("data")).Count == 0;
                }
                catch (Exception e)
                {
                    wrong.Add($"{description} / {test.GetProperty("description").GetString()}: threw {e.GetType().Name}");
                    continue;
                }

                checkedCases++;
                if (actual != expected)
                {
                    wrong.Add($"{description} / {test.GetProperty("description").GetString()}: expected {(expected ? "valid" : "invalid")}");
                }
            }
        }

        output.WriteLine($"{keyword}: {checkedCases} cases checked, {refusedGroups} groups refused at load");
        Assert.True(wrong.Count == 0, $"{keyword}: {wrong.Count} wrong of {checkedCases} checked ({refusedGroups} groups refused at load):\n" + string.Join("\n", wrong));
        Assert.True(checkedCases > 0 || keyword is "defs", $"{keyword}: no case was checked ({refusedGroups} groups refused at load)");
    }
}
