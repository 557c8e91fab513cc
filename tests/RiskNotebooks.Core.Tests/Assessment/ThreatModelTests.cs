using RiskNotebooks.Assessment;

namespace RiskNotebooks.Tests.Assessment;

public sealed class ThreatModelTests
{
    private static readonly DataAsset Asset = Assessments.Measured(0.5);

    [Theory]
    [InlineData(ReleaseSetting.PublicRelease, new[] { ThreatPath.RecipientLinking })]
    [InlineData(ReleaseSetting.SharedUnderAgreement, new[] { ThreatPath.ExternalAttacker, ThreatPath.Insider, ThreatPath.PhysicalMediaAndBackups, ThreatPath.RecipientLinking })]
    [InlineData(ReleaseSetting.SecureEnclave, new[] { ThreatPath.ExternalAttacker, ThreatPath.Insider, ThreatPath.ExportOfResults, ThreatPath.PhysicalMediaAndBackups, ThreatPath.RecipientLinking })]
    [InlineData(ReleaseSetting.Internal, new[] { ThreatPath.ExternalAttacker, ThreatPath.Insider, ThreatPath.ExportOfResults, ThreatPath.PhysicalMediaAndBackups })]
    public void The_setting_decides_which_threat_paths_exist(ReleaseSetting setting, ThreatPath[] expected)
        => Assert.Equal(expected, Assessments.FullyGuarded(setting, Asset).Evaluate().InitialAttempt.Paths.Select(p => p.Path));

    [Fact]
    public void A_public_release_is_attempted_for_certain_whatever_the_controls()
    {
        var result = Assessments.FullyGuarded(ReleaseSetting.PublicRelease, Asset).Evaluate();
        Assert.Equal(1.0, result.InitialAttempt.Probability);
        Assert.Equal(1.0, result.ResidualAttempt.Probability);
        Assert.Null(result.InitialAttempt.WeakestLink.Safeguard);
        Assert.Contains("public release", result.InitialAttempt.WeakestLink.Reason, StringComparison.Ordinal);
        Assert.Contains(result.InitialAttempt.Reasons, r => r.Rule == "public-release");
    }

    [Theory]
    [InlineData(ReleaseSetting.SharedUnderAgreement)]
    [InlineData(ReleaseSetting.SecureEnclave)]
    [InlineData(ReleaseSetting.Internal)]
    public void With_every_control_in_place_at_its_default_strength_the_weakest_link_is_moderate(ReleaseSetting setting)
    {
        var attempt = Assessments.FullyGuarded(setting, Asset).Evaluate().InitialAttempt;
        Assert.Equal(0.2, attempt.Probability);
        Assert.Equal(ControlStrength.Moderate, attempt.WeakestLink.Strength);
    }

    [Fact]
    public void Without_controls_every_path_is_a_gap()
    {
        var attempt = Assessments.With(ReleaseSetting.SecureEnclave, Asset).Evaluate().InitialAttempt;
        Assert.All(attempt.Paths, p =>
        {
            Assert.Equal(0.5, p.AttemptProbability);
            Assert.True(p.WeakestLink.Safeguard!.IsGap);
        });
        Assert.Equal(ThreatPath.ExternalAttacker, attempt.WeakestLink.Path);
        Assert.Contains(attempt.Reasons, r => r.Text.Contains("Equally exposed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_path_is_as_strong_as_its_weakest_safeguard()
    {
        var assessment = Assessments.FullyGuarded(ReleaseSetting.SecureEnclave, Asset)
            .WithControl(new Control("staff-training", ControlStatus.InPlace, ControlStrength.Weak))
            .WithControl(new Control("project-separation", ControlStatus.InPlace, ControlStrength.Strong))
            .WithControl(new Control("limited-physical-access", ControlStatus.InPlace, ControlStrength.Strong))
            .WithControl(new Control("data-classified", ControlStatus.InPlace, ControlStrength.Strong))
            .WithControl(new Control("log-review", ControlStatus.InPlace, ControlStrength.Strong));
        var result = assessment.Evaluate();
        Assert.Equal(0.1, Assessments.Path(result, ThreatPath.ExternalAttacker).AttemptProbability);
        Assert.Equal(0.1, Assessments.Path(result, ThreatPath.ExportOfResults).AttemptProbability);
        Assert.Equal(0.1, Assessments.Path(result, ThreatPath.PhysicalMediaAndBackups).AttemptProbability);
        var insider = Assessments.Path(result, ThreatPath.Insider);
        Assert.Equal(0.3, insider.AttemptProbability);
        Assert.Equal("staff-training", insider.WeakestLink.Control!.Id);

        // access-privilege routines (moderate) and staff training (weak) are both on the insider path: the weak one is the link.
        Assert.Equal(ThreatPath.Insider, result.InitialAttempt.WeakestLink.Path);
        Assert.Equal(0.3, result.InitialAttempt.Probability);
    }

    [Fact]
    public void A_safeguard_with_alternatives_takes_the_strongest_control_in_place()
    {
        var withPseudonyms = Assessments.FullyGuarded(ReleaseSetting.SecureEnclave, Asset).WithoutControl("anonymised");
        var safeguard = Assessments.Path(withPseudonyms.Evaluate(), ThreatPath.Insider).Safeguards.Single(s => s.Safeguard.ControlIds.Contains("anonymised"));
        Assert.Equal("pseudonymised", safeguard.Control!.Id);
        Assert.Equal(ControlStrength.Moderate, safeguard.Strength);

        var both = Assessments.Path(Assessments.FullyGuarded(ReleaseSetting.SecureEnclave, Asset).Evaluate(), ThreatPath.Insider).Safeguards.Single(s => s.Safeguard.ControlIds.Contains("anonymised"));
        Assert.Equal("anonymised", both.Control!.Id);
        Assert.Equal(ControlStrength.Strong, both.Strength);
    }

    [Fact]
    public void Removing_one_control_moves_the_weakest_link_to_the_gap()
    {
        var guarded = Assessments.FullyGuarded(ReleaseSetting.SecureEnclave, Asset);
        Assert.Equal(ThreatPath.ExternalAttacker, guarded.Evaluate().InitialAttempt.WeakestLink.Path);

        var withoutBackups = guarded.WithoutControl("encrypted-backups").Evaluate().InitialAttempt;
        Assert.Equal(ThreatPath.PhysicalMediaAndBackups, withoutBackups.WeakestLink.Path);
        Assert.Equal(0.5, withoutBackups.Probability);
        Assert.True(withoutBackups.WeakestLink.Safeguard!.IsGap);
        Assert.Contains("encrypted backups absent", withoutBackups.WeakestLink.Reason, StringComparison.Ordinal);

        var withoutGateway = guarded.WithControl(new Control("logged-export-gateway", ControlStatus.Absent)).Evaluate().InitialAttempt;
        Assert.Equal(ThreatPath.ExportOfResults, withoutGateway.WeakestLink.Path);
    }

    [Fact]
    public void Planned_controls_count_for_the_residual_risk_only()
    {
        var assessment = Assessments.FullyGuarded(ReleaseSetting.SecureEnclave, Asset).WithControl(new Control("log-review", ControlStatus.Planned, note: "from next quarter"));
        var result = assessment.Evaluate();
        var initial = Assessments.Path(result, ThreatPath.Insider);
        Assert.True(initial.Safeguards.Single(s => s.Safeguard.ControlIds.Contains("log-review")).IsGap);
        Assert.Equal(0.5, initial.AttemptProbability);
        Assert.Contains("log review is only planned", initial.WeakestLink.Reason, StringComparison.Ordinal);
        Assert.Equal(0.2, Assessments.Path(result, ThreatPath.Insider, RiskStage.Residual).AttemptProbability);
        Assert.Equal(0.5, result.InitialAttempt.Probability);
        Assert.Equal(0.2, result.ResidualAttempt.Probability);
    }

    [Fact]
    public void A_stated_strength_replaces_the_catalogue_default()
    {
        var control = new Control("data-use-agreement", ControlStatus.InPlace, ControlStrength.Strong);
        Assert.True(control.IsStrengthStated);
        Assert.Equal(ControlStrength.Strong, control.Strength);
        var byDefault = new Control("data-use-agreement", ControlStatus.InPlace);
        Assert.False(byDefault.IsStrengthStated);
        Assert.Equal(ControlStrength.Moderate, byDefault.Strength);
    }

    [Fact]
    public void A_control_cannot_have_no_strength_or_an_unknown_id()
    {
        Assert.Throws<InvalidOptionException>(() => new Control("log-review", ControlStatus.InPlace, ControlStrength.None));
        var e = Assert.Throws<InvalidOptionException>(() => new Control("firewall", ControlStatus.InPlace));
        Assert.Contains("log-review", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_catalogue_is_consistent()
    {
        Assert.Equal(ControlCatalog.Controls.Count, ControlCatalog.Controls.Select(c => c.Id).Distinct().Count());
        Assert.Equal(14, ControlCatalog.Controls.Count);
        Assert.All(ControlCatalog.Controls, c => Assert.NotEmpty(c.Guards));
        Assert.All(ControlCatalog.Paths.SelectMany(p => p.Safeguards).SelectMany(s => s.ControlIds), id => Assert.NotNull(ControlCatalog.Find(id)));
        Assert.Equal(Enum.GetValues<ThreatPath>(), ControlCatalog.Paths.Select(p => p.Path));
        Assert.All(Enum.GetValues<ReleaseSetting>(), s => Assert.Contains(ControlCatalog.Paths, p => p.AppliesTo(s)));
        Assert.Equal([ThreatPath.ExportOfResults], ControlCatalog.Get("logged-export-gateway").Guards);
    }

    [Fact]
    public void Assessments_refuse_repeated_controls_and_assets_and_need_an_asset()
    {
        Assert.Throws<InvalidOptionException>(() => new RiskAssessment("t", ReleaseSetting.Internal, [Asset], [new Control("log-review", ControlStatus.InPlace), new Control("log-review", ControlStatus.Planned)]));
        Assert.Throws<InvalidOptionException>(() => new RiskAssessment("t", ReleaseSetting.Internal, [Asset, Asset], []));
        Assert.Throws<InvalidOptionException>(() => new RiskAssessment("t", ReleaseSetting.Internal, [], []));
        Assert.Throws<InvalidOptionException>(() => new RiskAssessment(" ", ReleaseSetting.Internal, [Asset], []));
    }
}
