using RiskNotebooks.Registry.Estimators;

namespace RiskNotebooks.Tests.Registry.Estimators;

public sealed class SpecialFunctionsTests
{
    private const double EulerGamma = 0.57721566490153286;

    [Theory]
    [InlineData(1d, -EulerGamma)]
    [InlineData(0.5d, -EulerGamma - 1.3862943611198906)]      // −γ − 2 ln 2
    [InlineData(2d, 1d - EulerGamma)]
    [InlineData(100d, 4.6001618527380874)]                      // ln 100 − 1/200 − 1/120000 + ...
    public void Digamma_known_values(double x, double expected)
        => Assert.Equal(expected, SpecialFunctions.Digamma(x), 12);

    [Theory]
    [InlineData(1d, 1.6449340668482264)]   // π²/6
    [InlineData(0.5d, 4.9348022005446793)] // π²/2
    [InlineData(2d, 0.64493406684822644)]  // π²/6 − 1
    public void Trigamma_known_values(double x, double expected)
        => Assert.Equal(expected, SpecialFunctions.Trigamma(x), 12);

    [Theory]
    [InlineData(9.5d)]
    [InlineData(10.5d)]
    [InlineData(11.9d)]
    public void Trigamma_matches_its_series_between_8_and_12(double x)
    {
        // ARX's trigamma skips the asymptotic term for arguments in [8, 12); ours must not.
        var sum = 0d;
        for (var k = 0; k < 2_000_000; k++)
        {
            sum += 1d / ((x + k) * (x + k));
        }

        sum += 1d / (x + 2_000_000 - 0.5); // tail of the series
        Assert.Equal(sum, SpecialFunctions.Trigamma(x), 9);
    }

    [Theory]
    [InlineData(1d, 0d)]
    [InlineData(10d, 12.801827480081469)]   // ln 9!
    [InlineData(0.5d, 0.57236494292470008)]  // ln √π
    [InlineData(1000d, 5905.2204232091809)]
    public void LogGamma_known_values(double x, double expected)
        => Assert.Equal(expected, SpecialFunctions.LogGamma(x), 9);
}
