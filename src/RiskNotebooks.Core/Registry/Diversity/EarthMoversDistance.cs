namespace RiskNotebooks.Registry.Diversity;

/// <summary>
/// The earth mover's distance between a class's distribution of a sensitive attribute and the whole table's, for the equal
/// or the ordered ground distance (Li N, Li T, Venkatasubramanian S. t-Closeness: Privacy beyond k-anonymity and l-diversity.
/// ICDE 2007, pp. 106–115; as in ARX's <c>EqualDistanceTCloseness</c> and <c>OrderedDistanceTCloseness</c>).
/// </summary>
/// <remarks>
/// <para>With class counts r_v (class size n_c) and table counts g_v (n records), p_v = r_v / n_c and q_v = g_v / n.
/// Equal: D = ½ Σ_v |p_v − q_v|, computed over the class's values only as ½ (1 + Σ_{v in class} (|p_v − q_v| − q_v)).
/// Ordered, over the m ranks: D = (1 / (m − 1)) Σ_{i &lt; m} |P_i − Q_i| with P, Q the cumulative distributions.</para>
/// <para>Work per class is O(d) (equal) or O(d log m) (ordered), d the number of the class's distinct values: between two
/// ranks present in the class P is constant while Q rises, so each run of |P − Q_i| splits where Q crosses P (a binary
/// search) and sums from prefix sums of Q. Everything is computed on integer counts scaled by n·n_c (128-bit), so a class
/// with the table's own distribution gets exactly 0.</para>
/// </remarks>
internal sealed class EarthMoversDistance
{
    private readonly long n;
    private readonly int[] tableCounts;
    private readonly int[]? rankOfCode;
    private readonly long[]? cumulative;
    private readonly long[]? prefix;

    private EarthMoversDistance(GroundDistance groundDistance, long n, int[] tableCounts, int[]? rankOfCode, long[]? cumulative, long[]? prefix, int valueCount)
    {
        GroundDistance = groundDistance;
        this.n = n;
        this.tableCounts = tableCounts;
        this.rankOfCode = rankOfCode;
        this.cumulative = cumulative;
        this.prefix = prefix;
        ValueCount = valueCount;
    }

    internal GroundDistance GroundDistance { get; }

    /// <summary>m: the number of values (equal) or ranks (ordered) the table has.</summary>
    internal int ValueCount { get; }

    /// <summary>The equal distance, given the table's count of every code.</summary>
    internal static EarthMoversDistance Equal(int[] tableCounts, long n)
    {
        var m = 0;
        foreach (var count in tableCounts)
        {
            m += count > 0 ? 1 : 0;
        }

        return new EarthMoversDistance(GroundDistance.Equal, n, tableCounts, null, null, null, m);
    }

    /// <summary>The ordered distance, given the table's count and the rank (0..m−1) of every code.</summary>
    internal static EarthMoversDistance Ordered(int[] tableCounts, long n, int[] rankOfCode, int valueCount)
    {
        var countOfRank = new long[valueCount];
        for (var code = 0; code < tableCounts.Length; code++)
        {
            if (tableCounts[code] > 0)
            {
                countOfRank[rankOfCode[code]] += tableCounts[code];
            }
        }

        var cumulative = new long[valueCount];
        var prefix = new long[valueCount + 1];
        long running = 0;
        for (var i = 0; i < valueCount; i++)
        {
            running += countOfRank[i];
            cumulative[i] = running;
            prefix[i + 1] = prefix[i] + running;
        }

        return new EarthMoversDistance(GroundDistance.Ordered, n, tableCounts, rankOfCode, cumulative, prefix, valueCount);
    }

    /// <summary>The distance of one class.</summary>
    /// <param name="codes">The distinct codes present in the class.</param>
    /// <param name="classCounts">The class's count of every code (read at <paramref name="codes"/> only).</param>
    /// <param name="classSize">n_c.</param>
    /// <param name="scratch">Room for one entry per code in <paramref name="codes"/>.</param>
    internal double Of(ReadOnlySpan<int> codes, int[] classCounts, int classSize, Span<long> scratch)
        => GroundDistance == GroundDistance.Equal ? EqualDistance(codes, classCounts, classSize) : OrderedDistance(codes, classCounts, classSize, scratch);

    private double EqualDistance(ReadOnlySpan<int> codes, int[] classCounts, int classSize)
    {
        long nc = classSize;
        var total = (Int128)n * nc;
        foreach (var code in codes)
        {
            var inClass = classCounts[code] * n;
            var inTable = tableCounts[code] * nc;
            total += Math.Abs(inClass - inTable) - inTable;
        }

        return total == 0 ? 0d : Math.Min(1d, (double)total / (2d * n * nc));
    }

    private double OrderedDistance(ReadOnlySpan<int> codes, int[] classCounts, int classSize, Span<long> scratch)
    {
        if (ValueCount <= 1)
        {
            return 0d;
        }

        // (rank, count) packed so that sorting orders by rank; codes of equal rank end up adjacent and simply accumulate.
        var entries = scratch[..codes.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            entries[i] = ((long)rankOfCode![codes[i]] << 32) | (uint)classCounts[codes[i]];
        }

        entries.Sort();
        Int128 total = 0;
        long below = 0;
        var from = 0;
        foreach (var entry in entries)
        {
            var rank = (int)(entry >> 32);
            total += RunSum(from, rank, below, classSize);
            below += (int)(entry & 0xFFFFFFFF);
            from = rank;
        }

        total += RunSum(from, ValueCount, below, classSize);
        return total == 0 ? 0d : Math.Min(1d, (double)total / ((double)n * classSize * (ValueCount - 1)));
    }

    /// <summary>Σ_{i in [from, to)} |classCumulative·n − Q_i·n_c|, the class's cumulative count constant on the run.</summary>
    private Int128 RunSum(int from, int to, long classCumulative, long nc)
    {
        if (from >= to)
        {
            return 0;
        }

        var target = classCumulative * n;
        var cumulative = this.cumulative!;
        var prefix = this.prefix!;

        // First index of the run where the table's cumulative count, scaled, reaches the class's.
        int lo = from, hi = to;
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (cumulative[mid] * nc >= target)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        var split = lo;
        return ((Int128)target * (split - from)) - ((Int128)nc * (prefix[split] - prefix[from]))
             + ((Int128)nc * (prefix[to] - prefix[split])) - ((Int128)target * (to - split));
    }
}
