using RiskNotebooks.Assessment;

namespace RiskNotebooks.Tests.Assessment;

public sealed class LikelihoodScaleTests
{
    [Fact]
    public void The_default_cut_points_are_the_health_data_thresholds()
        => Assert.Equal([0.05, 0.09, 0.2], LikelihoodScale.Default.CutPoints);

    [Theory]
    [InlineData(0.0, RiskLevel.Negligible)]
    [InlineData(0.05, RiskLevel.Negligible)]
    [InlineData(0.0500001, RiskLevel.Limited)]
    [InlineData(0.09, RiskLevel.Limited)]
    [InlineData(0.0900001, RiskLevel.Significant)]
    [InlineData(0.2, RiskLevel.Significant)]
    [InlineData(0.2000001, RiskLevel.Maximum)]
    [InlineData(1.0, RiskLevel.Maximum)]
    public void A_cut_point_belongs_to_the_lower_level(double p, RiskLevel expected)
        => Assert.Equal(expected, LikelihoodScale.Default.LevelOf(p));

    [Theory]
    [InlineData(0.1, RiskLevel.Negligible)]
    [InlineData(0.25, RiskLevel.Limited)]
    [InlineData(0.5, RiskLevel.Significant)]
    [InlineData(0.51, RiskLevel.Maximum)]
    public void Cut_points_are_configurable(double p, RiskLevel expected)
        => Assert.Equal(expected, new LikelihoodScale(0.1, 0.25, 0.5).LevelOf(p));

    [Theory]
    [InlineData(0.09, 0.05, 0.2)]
    [InlineData(0.05, 0.05, 0.2)]
    [InlineData(0, 0.09, 0.2)]
    [InlineData(0.05, 0.09, 1)]
    [InlineData(double.NaN, 0.09, 0.2)]
    public void Cut_points_must_be_strictly_increasing_probabilities_inside_0_1(double a, double b, double c)
    {
        var e = Assert.Throws<InvalidOptionException>(() => new LikelihoodScale(a, b, c));
        Assert.Equal("likelihoodCutPoints", e.OptionName);
    }

    [Fact]
    public void Probabilities_outside_0_1_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LikelihoodScale.Default.LevelOf(1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => LikelihoodScale.Default.LevelOf(double.NaN));
    }

    [Fact]
    public void Each_level_states_its_range()
    {
        var scale = LikelihoodScale.Default;
        Assert.Equal("p ≤ 0.05", scale.RangeOf(RiskLevel.Negligible));
        Assert.Equal("0.05 < p ≤ 0.09", scale.RangeOf(RiskLevel.Limited));
        Assert.Equal("0.09 < p ≤ 0.2", scale.RangeOf(RiskLevel.Significant));
        Assert.Equal("p > 0.2", scale.RangeOf(RiskLevel.Maximum));
    }

    [Fact]
    public void The_level_never_falls_as_the_probability_rises()
    {
        var previous = RiskLevel.Negligible;
        for (var i = 0; i <= 1000; i++)
        {
            var level = LikelihoodScale.Default.LevelOf(i / 1000d);
            Assert.True(level >= previous);
            previous = level;
        }
    }
}
