using System.Numerics;
using RiskNotebooks.Registry;

namespace RiskNotebooks.Tests.Registry;

public sealed class PopulationUniquenessTests
{
    private static ClassSizeHistogram Histogram(params (int Size, long Count)[] entries)
        => new(entries.Select(e => new KeyValuePair<int, long>(e.Size, e.Count)));

    private static BigInteger Choose(int n, int k)
    {
        if (k < 0 || k > n)
        {
            return BigInteger.Zero;
        }

        BigInteger result = BigInteger.One;
        for (var i = 1; i <= k; i++)
        {
            result = result * (n - k + i) / i;
        }

        return result;
    }

    /// <summary>P(X = 1) for X ~ Hypergeometric(N, K, n), with exact integers.</summary>
    private static double HypergeometricOne(int N, int K, int n)
        => (double)(Choose(K, 1) * Choose(N - K, n - 1) * 1_000_000_000_000) / (double)Choose(N, n) / 1e12;

    [Fact]
    public void Zayatz_matches_a_hand_calculation_with_exact_binomials()
    {
        // c1 = 3, c2 = 2, c3 = 1: n = 10, C = 6; N = 50, f = 0.2.
        var h = Histogram((1, 3), (2, 2), (3, 1));
        const int N = 50, n = 10;
        double C = 6;
        var numerator = 3 / C * HypergeometricOne(N, 1, n);
        var denominator = (3 / C * HypergeometricOne(N, 1, n)) + (2 / C * HypergeometricOne(N, 2, n)) + (1 / C * HypergeometricOne(N, 3, n));
        var uniques = 3 * (numerator / denominator) / 0.2;
        var u = PopulationUniqueness.Estimate(h, PopulationModel.OfSize(N));
        Assert.Equal(uniques / N, u.Zayatz!.Value, 10);
        Assert.Equal(0.2, u.SamplingFraction, 12);
    }

    [Fact]
    public void Without_sample_uniques_every_model_gives_zero()
    {
        var u = PopulationUniqueness.Estimate(Histogram((2, 5), (3, 1)), PopulationModel.OfSamplingFraction(0.1));
        Assert.Equal(0d, u.Zayatz);
        Assert.Equal(0d, u.Pitman);
        Assert.Equal(0d, u.Snb);
        Assert.Equal(0d, u.Dankar);
        Assert.Equal(PopulationUniquenessModel.None, u.DankarModel);
        Assert.Empty(u.FailedModels);
    }

    [Fact]
    public void A_full_population_is_as_unique_as_the_sample()
    {
        var h = Histogram((1, 40), (2, 10), (5, 4));
        var u = PopulationUniqueness.Estimate(h, PopulationModel.OfSamplingFraction(1d));
        Assert.Equal(h.RecordCount, u.PopulationSize);
        Assert.Equal(40d / h.RecordCount, u.Zayatz!.Value, 12);
        Assert.Equal(40d / h.RecordCount, u.Dankar!.Value, 12);
    }

    [Fact]
    public void The_decision_rule_uses_pitman_for_small_fractions()
    {
        var h = Histogram((1, 300), (2, 120), (3, 60), (4, 30), (6, 10), (10, 5));
        var u = PopulationUniqueness.Estimate(h, PopulationModel.OfSamplingFraction(0.05));
        Assert.NotNull(u.Pitman);
        Assert.Equal(PopulationUniquenessModel.Pitman, u.DankarModel);
        Assert.Equal(u.Pitman, u.Dankar);
    }

    [Fact]
    public void The_decision_rule_takes_the_smaller_of_zayatz_and_snb_for_large_fractions()
    {
        var h = Histogram((1, 300), (2, 120), (3, 60), (4, 30), (6, 10), (10, 5));
        var u = PopulationUniqueness.Estimate(h, PopulationModel.OfSamplingFraction(0.3));
        Assert.NotEqual(PopulationUniquenessModel.Pitman, u.DankarModel);
        var expected = u.Snb is { } snb ? Math.Min(snb, u.Zayatz!.Value) : u.Zayatz!.Value;
        Assert.Equal(expected, u.Dankar!.Value, 15);
    }

    [Fact]
    public void N_from_a_sampling_fraction_is_rounded_as_in_arx()
    {
        var h = Histogram((1, 3));
        Assert.Equal(10, PopulationUniqueness.Estimate(h, PopulationModel.OfSamplingFraction(0.3)).PopulationSize); // 3 / 0.3 = 10
        Assert.Equal(300, PopulationUniqueness.Estimate(h, PopulationModel.Default).PopulationSize);
        Assert.True(PopulationUniqueness.Estimate(h, PopulationModel.Default).IsPopulationAssumed);
    }

    [Fact]
    public void A_population_smaller_than_the_sample_is_an_option_error()
        => Assert.Equal("Population", Assert.Throws<InvalidOptionException>(() => PopulationUniqueness.Estimate(Histogram((1, 30)), PopulationModel.OfSize(10))).OptionName);
}
