namespace RiskNotebooks.Registry;

/// <summary>
/// The class-size histogram: for each class size f, how many equivalence classes have that size. Every sample-based and
/// population-based model reads this one summary (as ARX's <c>RiskModelHistogram</c>).
/// </summary>
/// <remarks>Sizes are ascending. Immutable. Equal histograms describe the same risk figures whatever the row order.</remarks>
public sealed class ClassSizeHistogram
{
    private readonly int[] sizes;
    private readonly long[] counts;

    /// <summary>Creates a histogram from (size, number of classes) pairs.</summary>
    /// <param name="entries">Pairs with positive sizes and counts; sizes must be distinct.</param>
    public ClassSizeHistogram(IEnumerable<KeyValuePair<int, long>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var ordered = entries.OrderBy(e => e.Key).ToArray();
        sizes = new int[ordered.Length];
        counts = new long[ordered.Length];
        for (var i = 0; i < ordered.Length; i++)
        {
            var (size, count) = (ordered[i].Key, ordered[i].Value);
            if (size <= 0 || count <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(entries), "Sizes and counts must be positive.");
            }

            if (i > 0 && sizes[i - 1] == size)
            {
                throw new ArgumentException($"Size {size} occurs twice.", nameof(entries));
            }

            sizes[i] = size;
            counts[i] = count;
            ClassCount += count;
            RecordCount += (long)size * count;
        }
    }

    /// <summary>Builds the histogram of a list of class sizes.</summary>
    /// <param name="classSizes">The size of every class.</param>
    /// <returns>The histogram.</returns>
    public static ClassSizeHistogram FromClassSizes(ReadOnlySpan<int> classSizes)
    {
        var tally = new Dictionary<int, long>();
        foreach (var size in classSizes)
        {
            tally[size] = tally.GetValueOrDefault(size) + 1;
        }

        return new ClassSizeHistogram(tally);
    }

    /// <summary>The distinct class sizes, ascending.</summary>
    public IReadOnlyList<int> Sizes => sizes;

    /// <summary>The number of classes of each size in <see cref="Sizes"/>.</summary>
    public IReadOnlyList<long> Counts => counts;

    /// <summary>The (size, number of classes) pairs, ascending by size.</summary>
    public IEnumerable<KeyValuePair<int, long>> Entries
    {
        get
        {
            for (var i = 0; i < sizes.Length; i++)
            {
                yield return new KeyValuePair<int, long>(sizes[i], counts[i]);
            }
        }
    }

    /// <summary>n: the number of records.</summary>
    public long RecordCount { get; }

    /// <summary>C: the number of classes.</summary>
    public long ClassCount { get; }

    /// <summary>Whether there are no records.</summary>
    public bool IsEmpty => RecordCount == 0;

    /// <summary>k: the smallest class size (0 when empty).</summary>
    public int MinClassSize => sizes.Length == 0 ? 0 : sizes[0];

    /// <summary>The largest class size (0 when empty).</summary>
    public int MaxClassSize => sizes.Length == 0 ? 0 : sizes[^1];

    /// <summary>The average class size n / C (0 when empty).</summary>
    public double AverageClassSize => ClassCount == 0 ? 0d : (double)RecordCount / ClassCount;

    /// <summary>The number of classes of a size.</summary>
    /// <param name="size">A class size.</param>
    /// <returns>The number of classes of exactly that size.</returns>
    public long ClassesOfSize(int size)
    {
        var i = Array.BinarySearch(sizes, size);
        return i >= 0 ? counts[i] : 0;
    }
}
