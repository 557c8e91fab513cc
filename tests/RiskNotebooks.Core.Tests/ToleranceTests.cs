namespace RiskNotebooks.Tests;

public sealed class ToleranceTests
{
    [Fact]
    public void Rounding_error_is_within_the_default_tolerance()
        => Tolerance.AssertClose(0.3, 0.1 + 0.2);

    [Fact]
    public void A_real_difference_fails()
        => Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => Tolerance.AssertClose(0.3, 0.3001));

    [Fact]
    public void NaN_is_never_close()
        => Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => Tolerance.AssertClose(double.NaN, double.NaN));

    [Fact]
    public void Sequences_of_different_length_fail()
        => Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => Tolerance.AssertClose([1d, 2d], [1d]));
}
