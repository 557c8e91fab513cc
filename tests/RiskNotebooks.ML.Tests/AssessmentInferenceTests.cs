using System.Globalization;
using System.Text;
using RiskNotebooks.Assessment;
using RiskNotebooks.Guidance;

namespace RiskNotebooks.ML.Tests;

/// <summary>An assessment takes the inference advantage as P(disclosure | attempt) of an asset.</summary>
public sealed class AssessmentInferenceTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("risknb-assess-infer-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string Assessment(string sensitive) => $$"""
        {
          "title": "Inference",
          "setting": "internal",
          "assets": [
            { "id": "cohort", "name": "Cohort", "inference": { "file": "cohort.csv", "quasiIdentifiers": ["a", "b"], "sensitive": "{{sensitive}}", "folds": 3, "seed": 7 } }
          ]
        }
        """;

    [Fact]
    public void A_sensitive_attribute_the_quasi_identifiers_determine_is_disclosed_with_probability_about_1()
    {
        // s = (a + 2b) mod 4 exactly; t is independent of a and b.
        var random = new Random(3);
        var csv = new StringBuilder("a,b,s,t\n");
        for (var i = 0; i < 2_000; i++)
        {
            var (a, b) = (random.Next(10), random.Next(5));
            csv.Append(CultureInfo.InvariantCulture, $"a{a},b{b},s{(a + (2 * b)) % 4},t{random.Next(3)}\n");
        }

        File.WriteAllText(Path.Combine(folder, "cohort.csv"), csv.ToString());
        AssessmentInference.Register();

        var determined = Assert.IsType<InferenceMeasurement>(AssessmentFile.Parse(Assessment("s"), folder).Assessment.Assets[0].Measurement);
        Assert.InRange(determined.AverageRisk, 0.98, 1.0);
        Assert.Equal(2_000, determined.SubjectCount);
        Assert.Contains("inference advantage of 's' from a, b", determined.Method, StringComparison.Ordinal);

        var independent = Assert.IsType<InferenceMeasurement>(AssessmentFile.Parse(Assessment("t"), folder).Assessment.Assets[0].Measurement);
        Assert.InRange(independent.AverageRisk, 0, 0.05);
        Assert.True(independent.Low <= 0, $"{independent.Low}");
    }

    [Fact]
    public void A_column_the_table_lacks_is_named_at_its_place_in_the_file()
    {
        File.WriteAllText(Path.Combine(folder, "cohort.csv"), "a,b,s\na1,b1,s1\n");
        AssessmentInference.Register();
        var e = Assert.Throws<RiskNotebooks.InputFormatException>(() => AssessmentFile.Parse(Assessment("nosuch"), folder));
        Assert.Contains("line 5", e.Message, StringComparison.Ordinal);
        Assert.Contains("inference", e.Message, StringComparison.Ordinal);
        Assert.Contains("no column of this name", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("a1", e.Message, StringComparison.Ordinal);
    }
}
