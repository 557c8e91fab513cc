using RiskNotebooks.Assessment;

namespace RiskNotebooks.Tests.Assessment;

public sealed class AttemptProbabilitiesTests
{
    [Theory]
    [InlineData(ControlStrength.Strong, 0.1)]
    [InlineData(ControlStrength.Moderate, 0.2)]
    [InlineData(ControlStrength.Weak, 0.3)]
    [InlineData(ControlStrength.None, 0.5)]
    public void The_defaults_by_weakest_strength(ControlStrength strength, double expected)
        => Assert.Equal(expected, AttemptProbabilities.Default.For(strength));

    [Fact]
    public void A_public_release_is_certain_to_be_attempted()
        => Assert.Equal(1.0, AttemptProbabilities.Default.PublicRelease);

    [Theory]
    [InlineData(0.2, 0.1, 0.3, 0.5, 1)]
    [InlineData(0.1, 0.2, 0.3, 0.2, 1)]
    [InlineData(0.1, 0.2, 0.3, 0.5, 0.4)]
    [InlineData(-0.1, 0.2, 0.3, 0.5, 1)]
    [InlineData(0.1, 0.2, double.NaN, 0.5, 1)]
    public void Values_must_be_probabilities_that_do_not_fall_as_controls_weaken(double strong, double moderate, double weak, double unguarded, double publicRelease)
    {
        var e = Assert.Throws<InvalidOptionException>(() => new AttemptProbabilities(strong, moderate, weak, unguarded, publicRelease));
        Assert.Equal("attemptProbabilities", e.OptionName);
    }
}
