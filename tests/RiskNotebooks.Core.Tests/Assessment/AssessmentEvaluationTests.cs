using RiskNotebooks.Assessment;
using RiskNotebooks.Data;
using RiskNotebooks.Registry;

namespace RiskNotebooks.Tests.Assessment;

public sealed class AssessmentEvaluationTests
{
    [Fact]
    public void A_public_release_measures_the_highest_risk_and_other_settings_the_average()
    {
        var asset = Assessments.Measured(0.04, highest: 0.5);
        var published = Assessments.With(ReleaseSetting.PublicRelease, asset).Evaluate().InitialLikelihood;
        Tolerance.AssertClose(0.5, published.Reidentification.Probability);
        Assert.Equal("highest-risk", published.Reidentification.Basis);
        Tolerance.AssertClose(0.5, published.Probability);
        Assert.Equal(RiskLevel.Maximum, published.Level);

        var enclave = Assessments.FullyGuarded(ReleaseSetting.SecureEnclave, asset).Evaluate().InitialLikelihood;
        Tolerance.AssertClose(0.04, enclave.Reidentification.Probability);
        Assert.Equal("average-risk", enclave.Reidentification.Basis);
        Assert.Equal(0.04 * 0.2, enclave.Probability, 12);
        Assert.Equal(RiskLevel.Negligible, enclave.Level);
        Assert.Contains(enclave.Reasons, r => r.Rule == "likelihood-scale" && r.Text.Contains("0.04 × 0.2 = 0.008", StringComparison.Ordinal));
    }

    [Fact]
    public void Direct_identifiers_make_re_identification_certain()
    {
        var asset = Assessments.Measured(0.01) with { PersonalData = PersonalDataStatus.Identified };
        var reid = Assessments.FullyGuarded(ReleaseSetting.Internal, asset).Evaluate().InitialLikelihood.Reidentification;
        Tolerance.AssertClose(1.0, reid.Probability);
        Assert.Equal("direct-identifiers", reid.Basis);
    }

    [Fact]
    public void An_unmeasured_asset_is_assumed_the_worst_case_and_says_so()
    {
        var reid = Assessments.FullyGuarded(ReleaseSetting.SecureEnclave, Assessments.Asset()).Evaluate().InitialLikelihood.Reidentification;
        Tolerance.AssertClose(1.0, reid.Probability);
        Assert.Equal("not-measured", reid.Basis);
        Assert.Contains("worst case", Assert.Single(reid.Reasons).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_planned_data_measure_lowers_the_residual_and_is_credited()
    {
        var asset = Assessments.Measured(0.9) with { PlannedDataMeasure = new PlannedDataMeasure("generalise postcodes", new StatedMeasurement(0.03, "measured on the generalised extract")) };
        var result = Assessments.FullyGuarded(ReleaseSetting.SecureEnclave, asset).Evaluate();
        Tolerance.AssertClose(0.9, result.InitialLikelihood.Reidentification.Probability);
        Tolerance.AssertClose(0.03, result.ResidualLikelihood.Reidentification.Probability);
        var effect = Assert.Single(result.Risk.Effects);
        Assert.Equal(MeasureKind.DataMeasure, effect.Kind);
        Assert.Equal("asset", effect.AssetId);
        Assert.Equal("P(re-id | attempt)", effect.Quantity);
        Assert.Equal((0.9, 0.03), (effect.Before, effect.After));
        Assert.True(effect.Lowers);
    }

    [Fact]
    public void A_planned_data_measure_that_does_not_help_leaves_the_initial_value()
    {
        var asset = Assessments.Measured(0.1) with { PlannedDataMeasure = new PlannedDataMeasure("add a column", new StatedMeasurement(0.4, "measured")) };
        var result = Assessments.FullyGuarded(ReleaseSetting.SecureEnclave, asset).Evaluate();
        Tolerance.AssertClose(0.1, result.ResidualLikelihood.Reidentification.Probability);
        Assert.Contains(result.ResidualLikelihood.Reidentification.Reasons, r => r.Rule == "data-measure-no-gain");
        Assert.False(Assert.Single(result.Risk.Effects).Lowers);
    }

    [Fact]
    public void The_difference_between_initial_and_residual_is_attributed_to_the_measures_that_made_it()
    {
        var assessment = Assessments.FullyGuarded(ReleaseSetting.SecureEnclave, Assessments.Measured(0.9) with { SpecialCategories = [SpecialCategory.Health] })
            .WithControl(new Control("log-review", ControlStatus.Planned))
            .WithControl(new Control("staff-training", ControlStatus.Planned));
        var result = assessment.Evaluate();

        var logReview = result.Risk.Effects.Where(e => e.ControlId == "log-review").ToArray();
        Assert.Equal([ThreatPath.Insider, ThreatPath.ExportOfResults], logReview.Select(e => e.Path!.Value));
        Assert.All(logReview, e => Assert.Equal((0.5, 0.2), (e.Before, e.After)));

        // The insider path needs both planned controls: each is credited with the path's change.
        var training = result.Risk.Effects.Where(e => e.ControlId == "staff-training").ToArray();
        Assert.Equal([ThreatPath.Insider, ThreatPath.RecipientLinking], training.Select(e => e.Path!.Value));
        Assert.All(training, e => Assert.True(e.Lowers));

        Assert.Equal(new RiskCell(RiskLevel.Significant, RiskLevel.Maximum), result.Risk.Initial); // 0.9 × 0.5 = 0.45
        Assert.Equal(new RiskCell(RiskLevel.Significant, RiskLevel.Significant), result.Risk.Residual); // 0.9 × 0.2 = 0.18
        Assert.Contains(result.Risk.Reasons, r => r.Rule == "attempt-change" && r.Text.Contains("0.5 → 0.2", StringComparison.Ordinal));
        Assert.Contains(result.Risk.Reasons, r => r.Rule == "likelihood-change" && r.Text.Contains("maximum (0.45) → significant (0.18)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_planned_control_that_changes_nothing_says_why()
    {
        // Pseudonymisation is planned; the recipient path also lacks its data-use agreement, so only the insider path gains.
        var assessment = Assessments.FullyGuarded(ReleaseSetting.SecureEnclave, Assessments.Measured(0.5))
            .WithoutControl("anonymised")
            .WithoutControl("data-use-agreement")
            .WithControl(new Control("pseudonymised", ControlStatus.Planned));
        var effects = assessment.Evaluate().Risk.Effects;
        Assert.Equal([ThreatPath.Insider, ThreatPath.RecipientLinking], effects.Select(e => e.Path!.Value));
        Assert.True(effects[0].Lowers);
        Assert.False(effects[1].Lowers);
        Assert.Contains("still limited by 'a binding promise not to re-identify or link'", effects[1].Text, StringComparison.Ordinal);

        var redundant = Assessments.FullyGuarded(ReleaseSetting.SecureEnclave, Assessments.Measured(0.5)).WithControl(new Control("pseudonymised", ControlStatus.Planned));
        var effect = Assert.Single(redundant.Evaluate().Risk.Effects);
        Assert.Null(effect.Path);
        Assert.Contains("another control already provides", effect.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_assessment_takes_the_highest_harm_and_the_highest_likelihood_of_its_assets()
    {
        var health = Assessments.Measured(0.01, id: "health") with { SpecialCategories = [SpecialCategory.Health] };
        var exposed = Assessments.Measured(0.9, id: "exposed");
        var result = new RiskAssessment("two assets", ReleaseSetting.SecureEnclave, [health, exposed], Assessments.AllControlIds.Select(id => new Control(id, ControlStatus.InPlace))).Evaluate();
        Assert.Equal(RiskLevel.Significant, result.Harm.Level);
        Assert.Equal("highest-asset", result.Harm.Reasons[0].Rule);
        Assert.Equal("exposed", result.InitialLikelihood.AssetId);
        Assert.Equal(RiskLevel.Significant, result.InitialLikelihood.Level); // 0.9 × 0.2 = 0.18
        Assert.Equal(new RiskCell(RiskLevel.Significant, RiskLevel.Significant), result.Risk.Initial);
        Assert.Equal(new RiskCell(RiskLevel.Significant, RiskLevel.Negligible), result.Assets.Single(a => a.Asset.Id == "health").InitialRisk);

        // Markers: the whole assessment, then each asset, initial and residual; one arrow each.
        Assert.Equal(6, result.Matrix.Markers.Count);
        Assert.Equal(3, result.Matrix.Arrows.Count);
        Assert.Null(result.Matrix.Markers[0].AssetId);
        Assert.Equal(16, result.Matrix.Cells.Count);
    }

    [Fact]
    public void The_matrix_of_one_asset_has_an_initial_and_a_residual_marker_and_an_arrow_naming_the_measures()
    {
        var asset = Assessments.Measured(0.9) with { PlannedDataMeasure = new PlannedDataMeasure("drop birth dates", new StatedMeasurement(0.01, "measured")) };
        var matrix = Assessments.FullyGuarded(ReleaseSetting.SecureEnclave, asset).WithControl(new Control("log-review", ControlStatus.Planned)).Evaluate().Matrix;
        Assert.Equal([RiskStage.Initial, RiskStage.Residual], matrix.Markers.Select(m => m.Stage));
        Assert.Equal(new RiskCell(RiskLevel.Negligible, RiskLevel.Maximum), matrix.Markers[0].Cell);
        Assert.Equal(new RiskCell(RiskLevel.Negligible, RiskLevel.Negligible), matrix.Markers[1].Cell);
        var arrow = Assert.Single(matrix.Arrows);
        Assert.True(arrow.Moves);
        Assert.Equal(["Log review", "drop birth dates"], arrow.Measures);
    }

    [Fact]
    public void In_a_public_release_a_planned_control_has_no_effect_and_says_so()
    {
        var result = Assessments.With(ReleaseSetting.PublicRelease, Assessments.Measured(0.01, highest: 0.04)).WithControl(new Control("data-use-agreement", ControlStatus.Planned)).Evaluate();
        var effect = Assert.Single(result.Risk.Effects);
        Assert.Contains("no effect on P(attempt) in a public release", effect.Text, StringComparison.Ordinal);
        Assert.Equal(RiskLevel.Negligible, result.InitialLikelihood.Level); // highest risk 0.04 × 1
    }

    [Fact]
    public void Every_conclusion_carries_its_reasons()
    {
        var result = Assessments.FullyGuarded(ReleaseSetting.SecureEnclave, Assessments.Measured(0.3) with { SpecialCategories = [SpecialCategory.Health] })
            .WithControl(new Control("log-review", ControlStatus.Planned)).Evaluate();
        Assert.NotEmpty(result.Harm.Reasons);
        Assert.NotEmpty(result.InitialLikelihood.Reasons);
        Assert.NotEmpty(result.ResidualLikelihood.Reasons);
        Assert.NotEmpty(result.InitialAttempt.Reasons);
        Assert.NotEmpty(result.Risk.Reasons);
        Assert.All(result.InitialAttempt.Paths, p => Assert.False(string.IsNullOrWhiteSpace(p.WeakestLink.Reason)));
        Assert.All(result.Risk.Effects, e => Assert.False(string.IsNullOrWhiteSpace(e.Text)));
    }

    [Fact]
    public void The_registry_engine_gives_p_re_id_given_attempt_through_the_one_interface()
    {
        // Classes on (a, b): (x,1)×3, (y,1)×1, (y,2)×2, (z,3)×1: average 4/7, highest 1.
        var table = Table.FromRows("small", ["a", "b"], [["x", "1"], ["x", "1"], ["y", "2"], ["x", "1"], ["y", "1"], ["y", "2"], ["z", "3"]]);
        IReidentificationMeasurement measurement = new RegistryMeasurement(ReidentificationAnalysis.Run(table, new ReidentificationOptions { QuasiIdentifiers = ["a", "b"] }));
        Assert.Equal(4d / 7d, measurement.AverageRisk, 12);
        Assert.Equal(1d, measurement.HighestRisk);
        Assert.Contains("prosecutor risk on a, b", measurement.Method, StringComparison.Ordinal);

        var asset = new DataAsset { Id = "small", Name = "Small", Measurement = measurement };
        var result = Assessments.With(ReleaseSetting.Internal, asset, Assessments.AllControlIds).Evaluate();
        Assert.Equal(4d / 7d * 0.2, result.InitialLikelihood.Probability, 12);
    }

    [Fact]
    public void Stated_probabilities_need_a_basis_and_a_sane_range()
    {
        Assert.Throws<InvalidOptionException>(() => new StatedMeasurement(0.1, " "));
        Assert.Throws<InvalidOptionException>(() => new StatedMeasurement(1.1, "x"));
        Assert.Throws<InvalidOptionException>(() => new StatedMeasurement(0.3, "x", highestRisk: 0.2));
        Assert.Equal(0.3, new StatedMeasurement(0.3, "x").HighestRisk);
    }

    [Fact]
    public void The_builder_reads_like_the_model()
    {
        var result = RiskAssessment.Create("Interviews")
            .In(ReleaseSetting.SharedUnderAgreement)
            .WithAsset(new DataAsset { Id = "transcripts", Name = "Transcripts", Kinds = [DataKind.FreeText], Measurement = new StatedMeasurement(0.2, "identifiers found by hand in a sample") })
            .WithControlsInPlace("strong-authentication", "encrypted-storage", "encrypted-transfer", "project-separation", "access-privilege-routines", "pseudonymised", "log-review", "staff-training", "encrypted-backups", "limited-physical-access")
            .WithControl("data-use-agreement", ControlStatus.Planned)
            .Build()
            .Evaluate();
        Assert.Equal(RiskLevel.Limited, result.Harm.Level);
        Assert.Equal(ThreatPath.RecipientLinking, result.InitialAttempt.WeakestLink.Path);
        Assert.Equal(0.5 * 0.2, result.InitialLikelihood.Probability, 12);
        Assert.Equal(RiskLevel.Significant, result.InitialLikelihood.Level);
        Assert.Equal(0.2 * 0.2, result.ResidualLikelihood.Probability, 12);
        Assert.Equal(RiskLevel.Negligible, result.ResidualLikelihood.Level);
        Assert.True(result.Risk.Changes);
        Assert.Equal(["data-use-agreement"], result.Matrix.Arrows[0].Measures.Select(m => ControlCatalog.Controls.Single(c => c.Name == m).Id));
    }
}
