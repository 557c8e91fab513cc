using RiskNotebooks.Assessment;

namespace RiskNotebooks.Tests.Assessment;

public sealed class AssetLinkageTests
{
    [Fact]
    public void Linked_probabilities_combine_as_the_chance_that_at_least_one_route_succeeds()
    {
        // 1 − (1 − 0.5)(1 − 0.2) = 1 − 0.4 = 0.6; with a third route of 0.5: 1 − 0.4 × 0.5 = 0.8.
        Assert.Equal(0.6, AssetLinkage.Combine([0.5, 0.2]), 12);
        Assert.Equal(0.8, AssetLinkage.Combine([0.5, 0.2, 0.5]), 12);
        Assert.Equal(0.3, AssetLinkage.Combine([0.3, 0]), 12);
        Assert.Equal(1, AssetLinkage.Combine([1, 0.1]), 12);
    }

    [Fact]
    public void The_combined_probability_is_never_below_the_largest_route_nor_above_one()
    {
        var random = new Random(17);
        for (var i = 0; i < 200; i++)
        {
            var p = Enumerable.Range(0, 1 + random.Next(4)).Select(_ => random.NextDouble()).ToArray();
            var combined = AssetLinkage.Combine(p);
            Assert.InRange(combined, p.Max(), 1);
        }
    }

    [Fact]
    public void A_probability_outside_zero_to_one_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AssetLinkage.Combine([0.5, 1.5]));
        Assert.Throws<ArgumentOutOfRangeException>(() => AssetLinkage.Combine([double.NaN]));
    }

    [Fact]
    public void A_linkage_joins_at_least_two_different_assets_and_says_how()
    {
        Assert.Equal("linkage[].assets: a linkage joins at least two assets.", Assert.Throws<InvalidOptionException>(() => new AssetLinkage(["a"], "key")).Message);
        Assert.Contains("listed twice", Assert.Throws<InvalidOptionException>(() => new AssetLinkage(["a", "a"], "key")).Message, StringComparison.Ordinal);
        Assert.Contains("basis", Assert.Throws<InvalidOptionException>(() => new AssetLinkage(["a", "b"], " ")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Linked_assets_take_the_combined_probability_and_an_unlinked_asset_keeps_its_own()
    {
        var assessment = new RiskAssessment(
            "Linked",
            ReleaseSetting.Internal,
            [Assessments.Measured(0.5, id: "registry"), Assessments.Measured(0.2, id: "traces"), Assessments.Measured(0.3, id: "survey")],
            [],
            linkages: [new AssetLinkage(["registry", "traces"], "the same study code")]);
        var result = assessment.Evaluate();

        var registry = result.Assets.Single(a => a.Asset.Id == "registry").InitialLikelihood.Reidentification;
        var traces = result.Assets.Single(a => a.Asset.Id == "traces").InitialLikelihood.Reidentification;
        var survey = result.Assets.Single(a => a.Asset.Id == "survey").InitialLikelihood.Reidentification;
        Assert.Equal(0.6, registry.Probability, 12);
        Assert.Equal(0.6, traces.Probability, 12);
        Assert.Equal("linked", registry.Basis);
        Assert.Equal(0.3, survey.Probability, 12);
        Assert.Equal("average-risk", survey.Basis);
        Assert.Equal(
            "Linked with traces (0.2): the same study code. A person in linked assets is singled out through any of them, so P(re-id | attempt) = 1 − (1 − 0.5) × (1 − 0.2) = 0.6 (was 0.5 for registry alone).",
            registry.Reasons[^1].Text);

        // The assessment's likelihood is the highest asset's: the linked pair, 0.6 × P(attempt).
        Assert.Equal(0.6, result.InitialLikelihood.Reidentification.Probability, 12);
        Assert.Equal(0.6 * result.InitialAttempt.Probability, result.InitialLikelihood.Probability, 12);
    }

    [Fact]
    public void Residual_risk_combines_the_linked_assets_after_their_planned_measures()
    {
        var registry = Assessments.Measured(0.5, id: "registry") with
        {
            PlannedDataMeasure = new PlannedDataMeasure("coarser", new StatedMeasurement(0.1, "after")),
        };
        var assessment = RiskAssessment.Create("Linked").In(ReleaseSetting.Internal)
            .WithAsset(registry).WithAsset(Assessments.Measured(0.2, id: "traces"))
            .WithLinkage("the same study code", "registry", "traces").Build();
        var result = assessment.Evaluate();

        // Residual: 1 − (1 − 0.1)(1 − 0.2) = 1 − 0.72 = 0.28 for both.
        Assert.All(result.Assets, a => Assert.Equal(0.28, a.ResidualLikelihood.Reidentification.Probability, 12));
        Assert.All(result.Assets, a => Assert.Equal(0.6, a.InitialLikelihood.Reidentification.Probability, 12));
    }

    [Fact]
    public void A_linkage_naming_an_asset_that_is_not_there_is_refused()
    {
        var e = Assert.Throws<InvalidOptionException>(() => new RiskAssessment("x", ReleaseSetting.Internal, [Assessments.Measured(0.5, id: "a")], [], linkages: [new AssetLinkage(["a", "b"], "key")]));
        Assert.Equal("linkage: the linked asset 'b' is not an asset of the assessment.", e.Message);
    }

    [Fact]
    public void What_if_copies_keep_the_linkage()
    {
        var assessment = new RiskAssessment("x", ReleaseSetting.Internal, [Assessments.Measured(0.5, id: "a"), Assessments.Measured(0.5, id: "b")], [], linkages: [new AssetLinkage(["a", "b"], "key")]);
        Assert.Single(assessment.WithSetting(ReleaseSetting.PublicRelease).Linkages);
        Assert.Single(assessment.WithControl(new Control("log-review", ControlStatus.InPlace)).Linkages);
        Assert.Empty(assessment.WithLinkages([]).Linkages);
        Assert.Equal(0.75, assessment.Evaluate().InitialLikelihood.Reidentification.Probability, 12);
    }
}
