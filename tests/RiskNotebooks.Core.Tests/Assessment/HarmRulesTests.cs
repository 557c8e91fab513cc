using RiskNotebooks.Assessment;

namespace RiskNotebooks.Tests.Assessment;

public sealed class HarmRulesTests
{
    private static readonly HashSet<string> Tested = [];

    private static HarmAssessment Harm(DataAsset asset, AssessmentOptions? options = null, long? measured = null)
    {
        var harm = HarmRules.Evaluate(asset, options, measured);
        lock (Tested)
        {
            foreach (var reason in harm.Reasons)
            {
                Tested.Add(reason.Rule);
            }
        }

        return harm;
    }

    [Fact]
    public void Without_any_rule_the_harm_is_negligible_and_says_why()
    {
        var harm = Harm(new DataAsset { Id = "a", Name = "Demographics", Kinds = [DataKind.Demographic, DataKind.ContactDetails], SubjectCount = 50 });
        Assert.Equal(RiskLevel.Negligible, harm.Level);
        var reason = Assert.Single(harm.Reasons);
        Assert.Equal("baseline", reason.Rule);
        Assert.Equal(RiskLevel.Negligible, reason.Level);
    }

    [Theory]
    [InlineData(SpecialCategory.Genetic, RiskLevel.Maximum, "genetic-data")]
    [InlineData(SpecialCategory.Health, RiskLevel.Significant, "health-data")]
    [InlineData(SpecialCategory.Biometric, RiskLevel.Significant, "biometric-data")]
    [InlineData(SpecialCategory.RacialOrEthnicOrigin, RiskLevel.Significant, "special-category")]
    [InlineData(SpecialCategory.PoliticalOpinions, RiskLevel.Significant, "special-category")]
    [InlineData(SpecialCategory.ReligiousOrPhilosophicalBeliefs, RiskLevel.Significant, "special-category")]
    [InlineData(SpecialCategory.TradeUnionMembership, RiskLevel.Significant, "special-category")]
    [InlineData(SpecialCategory.SexLifeOrSexualOrientation, RiskLevel.Significant, "special-category")]
    [InlineData(SpecialCategory.CriminalConvictions, RiskLevel.Significant, "criminal-data")]
    public void Each_special_category_sets_its_floor_with_a_reason(SpecialCategory category, RiskLevel expected, string rule)
    {
        var harm = Harm(Assessments.Asset(category) with { SubjectCount = 10 });
        Assert.Equal(expected, harm.Level);
        var reason = Assert.Single(harm.Reasons, r => r.Rule == rule);
        Assert.Equal(expected, reason.Level);
        Assert.Equal(expected, HarmRules.Get(rule).Floor);
    }

    [Theory]
    [InlineData(DataKind.LocationTraces, RiskLevel.Significant, "location-traces")]
    [InlineData(DataKind.NationalIdentifier, RiskLevel.Limited, "identity-or-financial")]
    [InlineData(DataKind.Financial, RiskLevel.Limited, "identity-or-financial")]
    [InlineData(DataKind.FreeText, RiskLevel.Limited, "free-text-or-images")]
    [InlineData(DataKind.Images, RiskLevel.Limited, "free-text-or-images")]
    public void Kinds_of_data_set_their_floor_with_a_reason(DataKind kind, RiskLevel expected, string rule)
    {
        var harm = Harm(new DataAsset { Id = "a", Name = "A", Kinds = [DataKind.Demographic, kind], SubjectCount = 10 });
        Assert.Equal(expected, harm.Level);
        Assert.Contains(harm.Reasons, r => r.Rule == rule && r.Level == expected);
        Assert.DoesNotContain(harm.Reasons, r => r.Rule == "baseline");
    }

    [Fact]
    public void The_highest_floor_wins_and_every_fired_rule_is_listed()
    {
        var harm = Harm(Assessments.Asset(SpecialCategory.Health, SpecialCategory.Genetic) with { Kinds = [DataKind.Financial], SubjectCount = 10 });
        Assert.Equal(RiskLevel.Maximum, harm.Level);
        Assert.Equal(["genetic-data", "health-data", "identity-or-financial"], harm.Reasons.Select(r => r.Rule));
    }

    [Theory]
    [InlineData(VulnerableGroup.Children)]
    [InlineData(VulnerableGroup.Patients)]
    [InlineData(VulnerableGroup.AsylumSeekers)]
    public void Vulnerable_subjects_raise_the_harm_one_level(VulnerableGroup group)
    {
        var harm = Harm(new DataAsset { Id = "a", Name = "A", VulnerableGroups = [group], SubjectCount = 10 });
        Assert.Equal(RiskLevel.Limited, harm.Level);
        Assert.Contains(harm.Reasons, r => r.Rule == "vulnerable-subjects" && r.Text.Contains(Vocabulary.Words(group), StringComparison.Ordinal));
        Assert.Contains(harm.Reasons, r => r.Rule == "aggravating" && r.Level == RiskLevel.Limited && r.Text.Contains("from negligible to limited", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(99_999, RiskLevel.Significant)]
    [InlineData(100_000, RiskLevel.Maximum)]
    [InlineData(2_000_000, RiskLevel.Maximum)]
    public void Large_scale_starts_at_the_threshold(long subjects, RiskLevel expected)
    {
        var harm = Harm(Assessments.Asset(SpecialCategory.Health) with { SubjectCount = subjects });
        Assert.Equal(expected, harm.Level);
        Assert.Equal(expected == RiskLevel.Maximum, harm.Reasons.Any(r => r.Rule == "large-scale"));
    }

    [Fact]
    public void The_large_scale_threshold_is_configurable_and_the_measured_count_stands_in_for_an_unstated_one()
    {
        var asset = Assessments.Asset(SpecialCategory.Health);
        Assert.Equal(RiskLevel.Significant, Harm(asset, new AssessmentOptions { LargeScaleSubjects = 1_000 }, measured: 999).Level);
        var measured = Harm(asset, new AssessmentOptions { LargeScaleSubjects = 1_000 }, measured: 1_000);
        Assert.Equal(RiskLevel.Maximum, measured.Level);
        Assert.Contains(measured.Reasons, r => r.Rule == "large-scale" && r.Text.Contains("number of records measured", StringComparison.Ordinal));
        Assert.Throws<InvalidOptionException>(() => new AssessmentOptions { LargeScaleSubjects = 0 });
    }

    [Fact]
    public void An_unknown_number_of_subjects_is_said_and_not_counted_as_large()
    {
        var harm = Harm(Assessments.Asset(SpecialCategory.Health));
        Assert.Equal(RiskLevel.Significant, harm.Level);
        var reason = Assert.Single(harm.Reasons, r => r.Rule == "large-scale");
        Assert.Null(reason.Level);
        Assert.Contains("not known", reason.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Linkage_with_named_sources_is_an_aggravating_factor()
    {
        var harm = Harm(new DataAsset { Id = "a", Name = "A", Kinds = [DataKind.NationalIdentifier], LinkableSources = ["the tax register"], SubjectCount = 10 });
        Assert.Equal(RiskLevel.Significant, harm.Level);
        Assert.Contains(harm.Reasons, r => r.Rule == "linkage" && r.Text.Contains("the tax register", StringComparison.Ordinal));
    }

    [Fact]
    public void Several_aggravating_factors_raise_the_harm_one_level_in_all()
    {
        var harm = Harm(new DataAsset { Id = "a", Name = "A", VulnerableGroups = [VulnerableGroup.Children], LinkableSources = ["x"], SubjectCount = 500_000 });
        Assert.Equal(RiskLevel.Limited, harm.Level);
        var aggravating = Assert.Single(harm.Reasons, r => r.Rule == "aggravating");
        Assert.Contains("vulnerable subjects (children), large scale, linkage", aggravating.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggravating_factors_stop_at_maximum()
    {
        var harm = Harm(Assessments.Asset(SpecialCategory.Genetic) with { VulnerableGroups = [VulnerableGroup.Children], SubjectCount = 10 });
        Assert.Equal(RiskLevel.Maximum, harm.Level);
        Assert.Contains(harm.Reasons, r => r.Rule == "aggravating" && r.Text.Contains("already maximum", StringComparison.Ordinal));
    }

    [Fact]
    public void An_override_sets_the_level_keeps_the_derived_one_and_records_the_reason()
    {
        var asset = Assessments.Asset(SpecialCategory.Health) with { SubjectCount = 10, HarmOverride = new HarmOverride(RiskLevel.Limited, "Only aggregated admission counts per county.") };
        var harm = Harm(asset);
        Assert.Equal(RiskLevel.Limited, harm.Level);
        Assert.Equal(RiskLevel.Significant, harm.DerivedLevel);
        Assert.True(harm.IsOverridden);
        var reason = harm.Reasons[^1];
        Assert.Equal("override", reason.Rule);
        Assert.Contains("Only aggregated admission counts per county.", reason.Text, StringComparison.Ordinal);
        Assert.Contains("the rules derive significant", reason.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_override_without_a_written_reason_is_refused(string reason)
    {
        var e = Assert.Throws<InvalidOptionException>(() => new HarmOverride(RiskLevel.Negligible, reason));
        Assert.Contains("written reason", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rule_is_documented_and_covered_by_these_tests()
    {
        Assert.Equal(HarmRules.All.Count, HarmRules.All.Select(r => r.Id).Distinct().Count());
        Assert.All(HarmRules.All, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Rationale));
            Assert.False(string.IsNullOrWhiteSpace(r.Source));
            Assert.True(r.Aggravates ^ r.Floor is not null, r.Id);
        });

        // Exercise every rule once here, so the check does not depend on test order.
        Harm(Assessments.Asset(Enum.GetValues<SpecialCategory>()) with
        {
            Kinds = Enum.GetValues<DataKind>(),
            VulnerableGroups = [VulnerableGroup.Elderly],
            LinkableSources = ["a register"],
            SubjectCount = 1_000_000,
        });
        Assert.Empty(HarmRules.All.Select(r => r.Id).Except(Tested));
    }
}
