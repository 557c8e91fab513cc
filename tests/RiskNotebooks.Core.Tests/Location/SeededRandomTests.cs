using RiskNotebooks.Location;
using RiskNotebooks.Tests;

namespace RiskNotebooks.Core.Tests.Location;

public sealed class SeededRandomTests
{
    [Fact]
    public void Its_stream_is_SplitMix64()
    {
        // The first three outputs of SplitMix64 from state 0 (Vigna's reference splitmix64.c).
        var random = new SeededRandom(0);

        Assert.Equal(0xE220A8397B1DCDAFUL, random.NextUInt64());
        Assert.Equal(0x6E789E6AA1B965F4UL, random.NextUInt64());
        Assert.Equal(0x06C45D188009454FUL, random.NextUInt64());
    }

    [Fact]
    public void Next_and_NextDouble_scale_the_same_outputs()
    {
        // floor(x * n / 2^64) and (x >> 11) / 2^53 of the three outputs above.
        var integers = new SeededRandom(0);
        var doubles = new SeededRandom(0);

        Assert.Equal([8, 4, 0], new[] { integers.Next(10), integers.Next(10), integers.Next(10) });
        Assert.Equal(0.8833108082136426, doubles.NextDouble());
        Assert.Equal(0.43152799704850997, doubles.NextDouble());
    }

    [Fact]
    public void One_seed_stream_and_index_always_give_the_same_draws()
    {
        var first = SeededRandom.For(20130325, 4, 17);
        var again = SeededRandom.For(20130325, 4, 17);

        for (var i = 0; i < 100; i++)
        {
            Assert.Equal(first.NextUInt64(), again.NextUInt64());
        }
    }

    [Theory]
    [InlineData(20130325, 4, 18)]
    [InlineData(20130325, 5, 17)]
    [InlineData(20130326, 4, 17)]
    public void Another_seed_stream_or_index_gives_another_stream(long seed, int stream, int index)
    {
        var reference = SeededRandom.For(20130325, 4, 17);
        var other = SeededRandom.For(seed, stream, index);

        Assert.NotEqual(reference.NextUInt64(), other.NextUInt64());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(int.MaxValue)]
    public void Next_stays_in_range(int n)
    {
        var random = SeededRandom.For(1, 0, 0);
        for (var i = 0; i < 10_000; i++)
        {
            Assert.InRange(random.Next(n), 0, n - 1);
        }
    }

    [Fact]
    public void Next_is_close_to_uniform()
    {
        // 100,000 draws into 10 bins: with the fixed seed the test is deterministic; a biased reduction (such as the
        // modulo of a 32-bit value) or a stuck state would move a bin far beyond 3 % of its 10,000.
        const int bins = 10;
        var counts = new int[bins];
        var random = SeededRandom.For(42, 1, 2);
        for (var i = 0; i < 100_000; i++)
        {
            counts[random.Next(bins)]++;
        }

        Assert.All(counts, c => Assert.InRange(c, 9_700, 10_300));
    }

    [Fact]
    public void NextDouble_is_in_the_unit_interval_with_mean_one_half()
    {
        var random = SeededRandom.For(7, 0, 0);
        var sum = 0d;
        for (var i = 0; i < 100_000; i++)
        {
            var x = random.NextDouble();
            Assert.InRange(x, 0d, Math.BitDecrement(1d));
            sum += x;
        }

        Tolerance.AssertClose(0.5, sum / 100_000, 0.005);
    }
}
