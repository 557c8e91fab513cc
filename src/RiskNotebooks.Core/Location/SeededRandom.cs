namespace RiskNotebooks.Location;

/// <summary>
/// A small, fast, seeded generator (SplitMix64, Steele, Lea and Flood 2014) whose stream depends only on its seed, so a
/// draw for a user is the same whatever thread or order computes it.
/// </summary>
internal struct SeededRandom
{
    private ulong state;

    internal SeededRandom(ulong seed) => state = seed;

    /// <summary>A generator for one (seed, stream, index) triple, e.g. (user seed, points p, user).</summary>
    internal static SeededRandom For(long seed, int stream, int index)
        => new(Mix(Mix((ulong)seed ^ 0x5EED_5EED_5EED_5EEDUL) ^ ((ulong)(uint)stream << 32 | (uint)index)));

    internal ulong NextUInt64()
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }

    /// <summary>A uniform integer in [0, n), without bias (Lemire's multiply-and-reject).</summary>
    internal int Next(int n)
    {
        var bound = (ulong)n;
        var product = (UInt128)NextUInt64() * bound;
        var low = (ulong)product;
        if (low < bound)
        {
            var threshold = (0UL - bound) % bound;
            while (low < threshold)
            {
                product = (UInt128)NextUInt64() * bound;
                low = (ulong)product;
            }
        }

        return (int)(ulong)(product >> 64);
    }

    /// <summary>A uniform double in [0, 1).</summary>
    internal double NextDouble() => (NextUInt64() >> 11) * (1d / (1UL << 53));

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
