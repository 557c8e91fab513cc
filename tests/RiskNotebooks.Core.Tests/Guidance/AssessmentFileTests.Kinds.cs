using RiskNotebooks.Assessment;
using RiskNotebooks.Guidance;
using RiskNotebooks.Text;

namespace RiskNotebooks.Tests.Guidance;

/// <summary>An assessment file lists assets of every kind, each measured by its own engine, and links them.</summary>
public sealed class AssessmentFileKindsTests : IDisposable
{
    internal static readonly string CohortExample = Path.Combine(AppContext.BaseDirectory, "TestData", "assessments", "cohort-project.assessment.json");

    private const string Secret = "19121212-1212";

    // Line numbers matter: the error tests point into this text.
    private const string Valid = """
        {
          "title": "Kinds",
          "setting": "internal",
          "assets": [
            {
              "id": "table",
              "name": "Table",
              "data": { "file": "small.csv", "quasiIdentifiers": ["a"] }
            },
            {
              "id": "docs",
              "name": "Documents",
              "text": { "folder": "docs", "atLeast": "identified" }
            },
            {
              "id": "phones",
              "name": "Traces",
              "traces": { "file": "traces.csv", "points": 1, "mode": "exact" }
            }
          ],
          "linkage": [
            { "assets": ["table", "phones"], "basis": "one study code" }
          ]
        }
        """;

    private readonly TempFiles files = new();

    public AssessmentFileKindsTests()
    {
        // a: x, x, y, z: classes 2, 1, 1 of 4 records, average prosecutor risk 3/4.
        files.Write("small.csv", $"a,pnr\nx,{Secret}\nx,{Secret}\ny,{Secret}\nz,{Secret}\n");
        Directory.CreateDirectory(Path.Combine(files.Folder, "docs"));
        files.Write(Path.Combine("docs", "a.txt"), $"Patient Anna Andersson, personnummer {Secret}, ringde idag.\n");
        files.Write(Path.Combine("docs", "b.txt"), "The weather was fine.\n");
        // p = 1: users 1 and 2 share their only place; user 3 has a place of its own and one shared: 0, 0, 1/2.
        files.Write("traces.csv", "uid,datetime,lat,lng\n1,2023-03-06 01:10:00,45.0,9.0\n2,2023-03-06 01:20:00,45.0,9.0\n3,2023-03-06 01:30:00,45.0,9.0\n3,2023-03-06 02:30:00,45.1,9.1\n");
    }

    public void Dispose() => files.Dispose();

    private InputFormatException Error(string from, string to)
    {
        var json = Valid.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Valid, json);
        var path = files.Write("kinds.assessment.json", json);
        var e = Assert.Throws<InputFormatException>(() => AssessmentFile.Load(path));
        Assert.StartsWith($"{path}, line ", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, e.Message, StringComparison.Ordinal);
        return e;
    }

    [Fact]
    public void Each_asset_is_measured_by_the_engine_its_file_names_and_linked_assets_combine()
    {
        var path = files.Write("kinds.assessment.json", Valid);
        var result = AssessmentFile.Load(path).Evaluate().Result;

        var table = result.Assets[0];
        var docs = result.Assets[1];
        var phones = result.Assets[2];
        Assert.IsType<RegistryMeasurement>(table.Asset.Measurement);
        Assert.Equal(0.75, table.Asset.Measurement!.AverageRisk, 12);
        var text = Assert.IsType<TextMeasurement>(docs.Asset.Measurement);
        Assert.Equal(DocumentRiskLevel.Identified, text.Threshold);
        Assert.Equal(0.5, text.AverageRisk, 12);
        Assert.IsType<TraceMeasurement>(phones.Asset.Measurement);
        Assert.Equal(1d / 6, phones.Asset.Measurement!.AverageRisk, 12);

        // Linked: 1 − (1 − 3/4)(1 − 1/6) = 1 − 5/24 = 19/24 for the table and the traces; the documents stand alone.
        Assert.Equal(19d / 24, table.InitialLikelihood.Reidentification.Probability, 12);
        Assert.Equal(19d / 24, phones.InitialLikelihood.Reidentification.Probability, 12);
        Assert.Equal(0.5, docs.InitialLikelihood.Reidentification.Probability, 12);
        Assert.Equal("one study code", Assert.Single(result.Assessment.Linkages).Basis);

        // The measure and its parameters are shown with the result.
        Assert.Contains("unicity at p = 1 points, spatial raw, temporal hour (location engine, exact;", phones.InitialLikelihood.Reidentification.Measurement!.Method, StringComparison.Ordinal);
        Assert.Contains("at least 'identified'", docs.InitialLikelihood.Reasons[0].Text, StringComparison.Ordinal);

        // The number of people measured counts for the harm when the file states none (traces: 3 users).
        Assert.Equal(3, phones.Asset.Measurement.SubjectCount);
    }

    [Fact]
    public void The_bundled_cohort_project_assesses_a_registry_interviews_and_traces_together()
    {
        var report = AssessmentFile.Load(CohortExample).Evaluate();
        var r = report.Result;

        Assert.Equal(["registry-extract", "interviews", "phone-traces"], r.Assessment.Assets.Select(a => a.Id));
        var registry = Assert.IsType<RegistryMeasurement>(r.Assessment.Assets[0].Measurement);
        var interviews = Assert.IsType<TextMeasurement>(r.Assessment.Assets[1].Measurement);
        var traces = Assert.IsType<TraceMeasurement>(r.Assessment.Assets[2].Measurement);
        Assert.Equal(0.99991, registry.AverageRisk, 12);
        Assert.Equal(100, interviews.DocumentCount);
        Assert.Equal((double)(interviews.Report.Summary.DocumentsAt(DocumentRiskLevel.High) + interviews.Report.Summary.DocumentsAt(DocumentRiskLevel.Identified)) / 100, interviews.AverageRisk, 12);
        Assert.Equal(4, traces.At.Points);
        Assert.Equal(100, traces.SubjectCount);

        // Residual: the registry after its planned measure (0.03074) joined with the interviews and the coarsened traces.
        var after = r.Assessment.Assets.Select(a => (a.PlannedDataMeasure?.Measurement ?? a.Measurement!).AverageRisk).ToArray();
        Assert.Equal(0.03074, after[0], 12);
        var combined = 1 - ((1 - after[0]) * (1 - after[1]) * (1 - after[2]));
        Assert.All(r.Assets, a => Assert.Equal(combined, a.ResidualLikelihood.Reidentification.Probability, 12));
        Assert.All(r.Assets, a => Assert.Equal("linked", a.ResidualLikelihood.Reidentification.Basis));

        // The weakest link and the matrix cover the whole project: one marker per asset and stage besides the project's.
        Assert.Equal(2 + (2 * 3), r.Matrix.Markers.Count);
        Assert.Equal(RiskLevel.Maximum, r.Harm.Level);
    }

    [Fact]
    public void Two_ways_of_measuring_one_asset_are_refused_at_the_second()
    {
        var e = Error("\"text\": { \"folder\": \"docs\", \"atLeast\": \"identified\" }", "\"text\": { \"folder\": \"docs\" }, \"reidentification\": { \"probability\": 0.1, \"basis\": \"b\" }");
        Assert.Equal(13, e.Line);
        Assert.Contains("'assets[1].reidentification': give one of 'data'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_linkage_naming_an_unknown_asset_points_at_it()
    {
        var e = Error("[\"table\", \"phones\"]", "[\"table\", \"phone\"]");
        Assert.Equal(22, e.Line);
        Assert.Contains("'linkage[0].assets[1]': no asset has this id. Assets: table, docs, phones.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_of_points_no_trace_reaches_points_at_the_points()
    {
        var e = Error("\"points\": 1,", "\"points\": 5,");
        Assert.Equal(18, e.Line);
        Assert.Contains("'assets[2].traces.points': no user has 5 distinct points", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_resolution_points_at_it()
    {
        var e = Error("\"mode\": \"exact\"", "\"spatial\": \"7 parsecs\"");
        Assert.Equal(18, e.Line);
        Assert.Contains("'assets[2].traces.spatial'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_of_documents_points_at_the_folder()
    {
        var e = Error("\"folder\": \"docs\"", "\"folder\": \"nowhere\"");
        Assert.Equal(13, e.Line);
        Assert.Contains("'assets[1].text.folder': the documents cannot be measured", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_threshold_is_a_schema_error_naming_the_choices()
    {
        var e = Error("\"atLeast\": \"identified\"", "\"atLeast\": \"low\"");
        Assert.Equal(13, e.Line);
        Assert.Contains("medium, high, identified", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Images_and_genotypes_are_measured_by_their_engines_too()
    {
        var dicom = Path.Combine(AppContext.BaseDirectory, "TestData", "dicom", "head-mr");
        files.Write("hand.vcf", "##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\tS2\n1\t1000\t.\tA\tG\t50\tPASS\t.\tGT\t0/0\t0/1\n");
        var path = files.Write("kinds.assessment.json", $$"""
            {
              "title": "Images and genotypes",
              "setting": "secure-enclave",
              "assets": [
                { "id": "scans", "name": "Scans", "images": { "folder": "{{dicom}}" } },
                { "id": "genomes", "name": "Genomes", "genotypes": { "file": "hand.vcf", "population": 10 } }
              ]
            }
            """);
        var assets = AssessmentFile.Load(path).Assessment.Assets;

        var scans = Assert.IsType<ImagingMeasurement>(assets[0].Measurement);
        Assert.Contains("head-mri-ct", scans.Findings.Select(f => f.Id));
        var genomes = Assert.IsType<GenotypeMeasurement>(assets[1].Measurement);

        // Site: one A/A and one A/G: p(A) = 3/4, q = 1/4. RMP of A/A = (3/4)² = 9/16, of A/G = 2 × 3/4 × 1/4 = 6/16.
        // P(unique) = (1 − RMP)^9: (7/16)^9 and (10/16)^9.
        Assert.Equal((Math.Pow(7d / 16, 9) + Math.Pow(10d / 16, 9)) / 2, genomes.AverageRisk, 12);
        Assert.Equal(Math.Pow(10d / 16, 9), genomes.HighestRisk, 12);
    }
}
