namespace RiskNotebooks.Location;

/// <summary>Intersections of ascending lists of distinct integers (posting lists of user indexes).</summary>
internal static class SortedSets
{
    /// <summary>Writes a ∩ b to <paramref name="output"/> (which may be <paramref name="a"/>'s own memory).</summary>
    /// <returns>The size of the intersection.</returns>
    /// <remarks>
    /// A linear merge when the lists are of similar length, else the shorter one is searched for in the longer one by
    /// galloping (exponential then binary search from the last position): O(m log(n / m)) for lengths m ≤ n.
    /// </remarks>
    internal static int Intersect(ReadOnlySpan<int> a, ReadOnlySpan<int> b, Span<int> output)
    {
        if (a.Length > b.Length)
        {
            var t = a;
            a = b;
            b = t;
        }

        if (a.Length == 0)
        {
            return 0;
        }

        var count = 0;
        if ((long)a.Length * 16 < b.Length)
        {
            var low = 0;
            foreach (var x in a)
            {
                low = LowerBound(b, low, x);
                if (low == b.Length)
                {
                    break;
                }

                if (b[low] == x)
                {
                    output[count++] = x;
                    low++;
                }
            }

            return count;
        }

        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            var x = a[i];
            var y = b[j];
            if (x < y)
            {
                i++;
            }
            else if (x > y)
            {
                j++;
            }
            else
            {
                output[count++] = x;
                i++;
                j++;
            }
        }

        return count;
    }

    /// <summary>The first index at or after <paramref name="from"/> whose value is not less than <paramref name="x"/>.</summary>
    internal static int LowerBound(ReadOnlySpan<int> sorted, int from, int x)
    {
        // Gallop: 1, 2, 4, ... steps until past x, then binary search in the last step.
        var step = 1;
        var high = from;
        while (high < sorted.Length && sorted[high] < x)
        {
            from = high + 1;
            high += step;
            step <<= 1;
        }

        high = Math.Min(high, sorted.Length);
        while (from < high)
        {
            var mid = (int)((uint)(from + high) >> 1);
            if (sorted[mid] < x)
            {
                from = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return from;
    }

    internal static bool Contains(ReadOnlySpan<int> sorted, int x) => sorted.BinarySearch(x) >= 0;
}
