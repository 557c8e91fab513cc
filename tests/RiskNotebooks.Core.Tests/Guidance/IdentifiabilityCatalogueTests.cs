using System.Text.Json;
using System.Text.Json.Nodes;
using RiskNotebooks.Assessment;
using RiskNotebooks.Guidance;
using RiskNotebooks.Tests;

namespace RiskNotebooks.Core.Tests.Guidance;

public sealed class IdentifiabilityCatalogueTests : IDisposable
{
    private readonly TempFiles files = new();

    public void Dispose() => files.Dispose();

    private static string BundledPath => Path.Combine(AppContext.BaseDirectory, "TestData", "identifiability-catalogue.json");

    [Fact]
    public void The_bundled_catalogue_answers_the_seeds_questions_with_sources()
    {
        var catalogue = IdentifiabilityCatalogue.Default;
        Assert.True(catalogue.Entries.Count >= 15);
        var genome = catalogue.Get("WGS", "TYPE");
        Assert.Equal("whole-genome", genome.Id);
        Assert.Equal("identifying", genome.Verdict);
        Assert.Equal("always", genome.PersonalData);
        Assert.Contains(genome.Evidence, e => e.Source.Key == "gymrek-2013" && e.Source.Doi == "10.1126/science.1229566");
        Assert.Equal("grey", catalogue.Get("microbiome", "TYPE").Verdict);
        Assert.Equal("head-mri-ct", catalogue.Get("head-mri-ct", "TYPE").Id);
        Assert.Equal(0.83, catalogue.Get("head-mri-ct", "TYPE").Low); // Schwarz et al. 2019: 70 of 84
        foreach (var entry in catalogue.Entries)
        {
            Assert.NotEmpty(entry.Evidence);
            Assert.InRange(entry.Low, 0, entry.High);
            Assert.All(entry.Evidence, e => Assert.False(string.IsNullOrWhiteSpace(e.Source.Citation)));
        }
    }

    [Fact]
    public void An_unknown_type_lists_the_entries()
    {
        var error = Assert.Throws<InvalidOptionException>(() => IdentifiabilityCatalogue.Default.Get("horoscope", "TYPE"));
        Assert.Equal("TYPE", error.OptionName);
        Assert.Contains("whole-genome", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_trainers_copy_is_checked_beyond_the_schema()
    {
        var json = JsonNode.Parse(File.ReadAllText(BundledPath))!;
        var entries = json["entries"]!.AsArray();

        var unknownSource = json.DeepClone();
        unknownSource["entries"]![0]!["evidence"]![0]!["source"] = "nobody-1999";
        var e1 = Assert.Throws<InputFormatException>(() => IdentifiabilityCatalogue.Load(files.Write("s.json", unknownSource.ToJsonString())));
        Assert.Contains("no source of this key", e1.Message, StringComparison.Ordinal);
        Assert.NotNull(e1.Line);

        var duplicate = json.DeepClone();
        duplicate["entries"]![1]!["id"] = entries[0]!["id"]!.GetValue<string>();
        Assert.Contains("same id", Assert.Throws<InputFormatException>(() => IdentifiabilityCatalogue.Load(files.Write("d.json", duplicate.ToJsonString()))).Message, StringComparison.Ordinal);

        var inverted = json.DeepClone();
        inverted["entries"]![0]!["identifiability"]!["low"] = 1.0;
        inverted["entries"]![0]!["identifiability"]!["high"] = 0.5;
        Assert.Contains("low must not be above high", Assert.Throws<InputFormatException>(() => IdentifiabilityCatalogue.Load(files.Write("i.json", inverted.ToJsonString()))).Message, StringComparison.Ordinal);

        var badVerdict = json.DeepClone();
        badVerdict["entries"]![0]!["verdict"] = "maybe";
        Assert.Throws<InputFormatException>(() => IdentifiabilityCatalogue.Load(files.Write("v.json", badVerdict.ToJsonString())));

        var own = json.DeepClone();
        own["entries"]![0]!["identifiability"]!["low"] = 0.7;
        Assert.Equal(0.7, IdentifiabilityCatalogue.Load(files.Write("own.json", own.ToJsonString(new JsonSerializerOptions { WriteIndented = true }))).Entries[0].Low);
    }

    [Fact]
    public void An_asset_takes_its_identifiability_from_the_catalogue_with_its_sources()
    {
        var document = AssessmentFile.Parse("""
            {
              "title": "Imaging cohort",
              "setting": "internal",
              "assets": [
                {
                  "id": "scans", "name": "Head MRI", "kinds": ["images"], "specialCategories": ["health"], "subjects": { "count": 400 },
                  "catalogue": "head mri",
                  "plannedDataMeasure": { "name": "Defacing", "catalogue": "defaced-head-mri" }
                }
              ]
            }
            """, files.Folder);
        var asset = document.Assessment.Assets.Single();
        var measured = Assert.IsType<CatalogueMeasurement>(asset.Measurement);
        Assert.Equal(0.83, measured.AverageRisk);
        Assert.Equal(0.97, measured.HighestRisk);
        Assert.Contains("Schwarz et al. 2019", measured.Method, StringComparison.Ordinal);
        Assert.Equal(0.38, asset.PlannedDataMeasure!.Measurement.HighestRisk);
        var result = document.Evaluate().Result;
        Assert.True(result.ResidualLikelihood.Probability < result.InitialLikelihood.Probability);
    }

    [Fact]
    public void An_asset_with_an_unknown_catalogue_entry_or_two_sources_is_refused_at_its_line()
    {
        var unknown = Assert.Throws<InputFormatException>(() => AssessmentFile.Parse("""
            { "title": "x", "setting": "internal",
              "assets": [ { "id": "a", "name": "A", "catalogue": "tarot" } ] }
            """, files.Folder));
        Assert.Contains("not an entry of the identifiability catalogue", unknown.Message, StringComparison.Ordinal);
        Assert.Equal(2, unknown.Line);

        var both = Assert.Throws<InputFormatException>(() => AssessmentFile.Parse("""
            { "title": "x", "setting": "internal",
              "assets": [ { "id": "a", "name": "A", "catalogue": "wgs", "reidentification": { "probability": 0.1, "basis": "b" } } ] }
            """, files.Folder));
        Assert.Contains("not more", both.Message, StringComparison.Ordinal);
    }
}
