using RiskNotebooks.Assessment;
using RiskNotebooks.Guidance;

namespace RiskNotebooks.Tests.Guidance;

public sealed class AssessmentFileTests : IDisposable
{
    internal static readonly string Example = Path.Combine(AppContext.BaseDirectory, "TestData", "assessments", "demo-registry-enclave.assessment.json");
    private readonly TempFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void The_bundled_example_measures_the_demo_registry_and_weighs_it()
    {
        var document = AssessmentFile.Load(Example);
        var report = document.Evaluate();
        var r = report.Result;

        Assert.Equal(ReleaseSetting.SecureEnclave, r.Assessment.Setting);
        var asset = Assert.Single(r.Assessment.Assets);
        Assert.Equal("registry-extract", asset.Id);
        var measurement = Assert.IsType<RegistryMeasurement>(asset.Measurement);
        Assert.Equal(100_000, measurement.RecordCount);
        Assert.Equal(0.99991, measurement.AverageRisk, 12);
        Assert.Equal(0.03074, asset.PlannedDataMeasure!.Measurement.AverageRisk, 12);

        Assert.Equal(RiskLevel.Maximum, r.Harm.Level);
        Assert.Equal(["health-data", "vulnerable-subjects", "large-scale", "linkage", "aggravating"], r.Harm.Reasons.Select(x => x.Rule));
        Assert.Equal(0.5, r.InitialAttempt.Probability);
        Assert.Equal(ThreatPath.Insider, r.InitialAttempt.WeakestLink.Path);
        Assert.Equal("accountability: someone reads the logs", r.InitialAttempt.WeakestLink.Safeguard!.Safeguard.Need);
        Assert.Equal(0.2, r.ResidualAttempt.Probability);
        Assert.Equal(RiskLevel.Maximum, r.InitialLikelihood.Level);
        Assert.Equal(RiskLevel.Negligible, r.ResidualLikelihood.Level);
        Assert.Equal(new RiskCell(RiskLevel.Maximum, RiskLevel.Maximum), r.Risk.Initial);
        Assert.Equal(new RiskCell(RiskLevel.Maximum, RiskLevel.Negligible), r.Risk.Residual);
        Assert.Equal(["log-review", "log-review", null], r.Risk.Effects.Select(e => e.ControlId));

        Assert.Equal(6, report.Conclusions.Count);
        Assert.Equal(Openness.SecureEnclaveOnly, report.Metadata.PermittedOpenness.Level);
        Assert.Equal(new DateOnly(2026, 11, 28), report.Metadata.AssessedOn);
        Assert.Equal("required", report.Metadata.EthicsReview);
    }

    [Fact]
    public void The_example_shows_the_weakest_link_move_when_a_control_is_removed()
    {
        var document = AssessmentFile.Load(Example);
        var variant = document.Assessment.WithControl(new Control("log-review", ControlStatus.InPlace)).WithoutControl("encrypted-backups");
        var result = document.Evaluate(variant).Result;
        Assert.Equal(ThreatPath.PhysicalMediaAndBackups, result.InitialAttempt.WeakestLink.Path);
        Assert.Equal(ThreatPath.PhysicalMediaAndBackups, result.ResidualAttempt.WeakestLink.Path);
    }

    [Fact]
    public void Data_files_are_found_relative_to_the_assessment_file()
    {
        Directory.CreateDirectory(Path.Combine(files.Folder, "data"));
        Directory.CreateDirectory(Path.Combine(files.Folder, "assessments"));
        files.Write(Path.Combine("data", "small.csv"), "a;b\nx;1\nx;1\ny;2\nx;1\ny;1\ny;2\nz;3\n");
        var path = files.Write(Path.Combine("assessments", "small.json"), """
            {
              "title": "Small",
              "setting": "public-release",
              "assets": [
                { "id": "small", "name": "Small", "data": { "file": "../data/small.csv", "quasiIdentifiers": ["a", "b"], "delimiter": ";" } }
              ]
            }
            """);
        var result = AssessmentFile.Load(path).Evaluate().Result;
        Tolerance.AssertClose(1.0, result.InitialLikelihood.Reidentification.Probability); // public release: highest risk, 1/k with k = 1
        Assert.Equal("highest-risk", result.InitialLikelihood.Reidentification.Basis);
        Assert.Equal(RiskLevel.Maximum, result.InitialLikelihood.Level);
    }

    [Fact]
    public void A_planned_transformation_is_measured_on_the_released_table()
    {
        // 12 records on age and sex; generalising age to decades makes classes of 3 and 9, suppressing nothing.
        files.Write("ages.csv", "age,sex\n21,F\n22,F\n27,F\n31,F\n32,F\n33,F\n34,F\n35,F\n36,F\n37,F\n38,F\n39,F\n");
        const string Asset = """
            { "title": "Treated", "setting": "public-release", "assets": [ { "id": "ages", "name": "Ages",
              "data": { "file": "ages.csv", "quasiIdentifiers": ["age", "sex"] },
              "plannedDataMeasure": { "name": "age in decades", "transformation": { "build": { "age": "interval:10", "sex": "flat" }, TRANSFORMATION } } } ] }
            """;
        var levels = AssessmentFile.Parse(Asset.Replace("TRANSFORMATION", "\"levels\": { \"age\": 1 }", StringComparison.Ordinal), files.Folder).Assessment.Assets[0];
        Assert.Equal(1, levels.Measurement!.HighestRisk);
        Assert.Equal(1d / 3, levels.PlannedDataMeasure!.Measurement.HighestRisk, 12);
        Assert.Equal(2d / 12, levels.PlannedDataMeasure.Measurement.AverageRisk, 12);

        // A target instead: the least-loss release with classes of at least 5 (ages in 20-year bands: one class of 12).
        var searched = AssessmentFile.Parse(Asset.Replace("TRANSFORMATION", "\"target\": \"k=5\"", StringComparison.Ordinal), files.Folder).Assessment.Assets[0];
        Assert.Equal(1d / 12, searched.PlannedDataMeasure!.Measurement.HighestRisk, 12);

        var e = Assert.Throws<InputFormatException>(() => AssessmentFile.Parse(Asset.Replace("TRANSFORMATION", "\"target\": \"k=50\"", StringComparison.Ordinal), files.Folder));
        Assert.Contains("no transformation meets the target", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_model_section_sets_cut_points_attempt_probabilities_and_scale()
    {
        var document = AssessmentFile.Parse("""
            {
              "title": "Configured",
              "setting": "internal",
              "assets": [
                {
                  "id": "survey", "name": "Survey", "subjects": { "count": 2000 }, "specialCategories": ["political-opinions"],
                  "reidentification": { "probability": 0.5, "highest": 0.9, "basis": "unicity of answers, measured elsewhere" },
                  "harmOverride": { "level": "limited", "reason": "Opinions are about local planning only." }
                }
              ],
              "model": {
                "likelihoodCutPoints": [0.1, 0.2, 0.4],
                "attemptProbabilities": { "strong": 0.05, "moderate": 0.1, "weak": 0.2, "unguarded": 0.4, "publicRelease": 1 },
                "largeScaleSubjects": 1000
              }
            }
            """, files.Folder);
        var options = document.Assessment.Options;
        Assert.Equal([0.1, 0.2, 0.4], options.Likelihood.CutPoints);
        Assert.Equal(0.4, options.Attempt.Unguarded);
        Assert.Equal(1000, options.LargeScaleSubjects);
        var result = document.Evaluate().Result;
        Assert.Equal(0.5 * 0.4, result.InitialLikelihood.Probability, 12); // no controls: every path unguarded
        Assert.Equal(RiskLevel.Limited, result.InitialLikelihood.Level); // 0.2 is the second cut point: still limited
        Assert.Equal(RiskLevel.Limited, result.Harm.Level);
        Assert.Equal(RiskLevel.Maximum, result.Harm.DerivedLevel); // significant, raised by large scale (2,000 ≥ 1,000)
        Assert.Contains("local planning", result.Harm.Reasons[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_is_read_as_yaml_by_its_name_and_as_json_otherwise()
    {
        var yaml = files.Write("a.yaml", "title: x\nsetting: internal\nassets:\n  - id: a\n    name: A\n");
        Assert.Equal("x", AssessmentFile.Load(yaml).Assessment.Title);
        Assert.True(AssessmentFile.IsYaml("a.YML"));

        var json = files.Write("a.json", "title: x\nsetting: internal\n");
        var e = Assert.Throws<InputFormatException>(() => AssessmentFile.Load(json));
        Assert.Equal(1, e.Line);
        Assert.Contains("not valid JSON", e.Message, StringComparison.Ordinal);
    }
}
