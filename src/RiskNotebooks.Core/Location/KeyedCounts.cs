namespace RiskNotebooks.Location;

/// <summary>
/// Visit counts in both directions: every user's distinct keys (places, or place-time pairs) with how often the user was
/// there, and for every key the users who were there with their counts, users ascending. The inverted index of the
/// scikit-mobility attacks (a user's frequency vector, and its transpose).
/// </summary>
internal sealed class KeyedCounts
{
    private const long DenseLimit = 1L << 26;

    private KeyedCounts(int[] userStart, int[] userKeys, int[] userCounts, int[] keyStart, int[] keyUsers, int[] keyCounts, int[] keyCell)
    {
        UserStart = userStart;
        UserKeys = userKeys;
        UserCounts = userCounts;
        KeyStart = keyStart;
        KeyUsers = keyUsers;
        KeyCounts = keyCounts;
        KeyCell = keyCell;
    }

    internal int UserCount => UserStart.Length - 1;

    internal int KeyCount => KeyStart.Length - 1;

    /// <summary>Per user, the distinct keys ascending (<see cref="UserKeys"/>) and the visits to each (<see cref="UserCounts"/>).</summary>
    internal int[] UserStart { get; }

    internal int[] UserKeys { get; }

    internal int[] UserCounts { get; }

    /// <summary>Per key, the users ascending (<see cref="KeyUsers"/>) and their visits (<see cref="KeyCounts"/>).</summary>
    internal int[] KeyStart { get; }

    internal int[] KeyUsers { get; }

    internal int[] KeyCounts { get; }

    /// <summary>The cell (place at the resolution) of each key.</summary>
    internal int[] KeyCell { get; }

    internal int PostingLength(int key) => KeyStart[key + 1] - KeyStart[key];

    /// <summary>A user's visits to a key (0 when never there): a binary search in the user's keys.</summary>
    internal int CountOf(int user, int key)
    {
        var from = UserStart[user];
        var at = UserKeys.AsSpan(from, UserStart[user + 1] - from).BinarySearch(key);
        return at >= 0 ? UserCounts[from + at] : 0;
    }

    /// <summary>Builds the index from one key per record.</summary>
    /// <param name="recordStart">Per user, its first record (as <see cref="TraceSet.UserStart"/>).</param>
    /// <param name="recordKeys">One key per record, any non-negative numbers; consumed.</param>
    /// <param name="cellDivisor">A key's cell is key / <paramref name="cellDivisor"/>.</param>
    /// <param name="cancellationToken">Stops a long run.</param>
    internal static KeyedCounts Build(int[] recordStart, long[] recordKeys, long cellDivisor, CancellationToken cancellationToken)
    {
        var users = recordStart.Length - 1;
        var n = recordKeys.Length;
        var keys = new int[n];
        var keyCell = NumberKeys(recordKeys, cellDivisor, keys, cancellationToken);

        // Per user: sort, then run-length encode into (key, count), packed to the left.
        var counts = new int[n];
        var distinctPerUser = CountPerUser(recordStart, keys, counts, cancellationToken);
        var userStart = new int[users + 1];
        for (var u = 0; u < users; u++)
        {
            userStart[u + 1] = userStart[u] + distinctPerUser[u];
            if (userStart[u] != recordStart[u])
            {
                keys.AsSpan(recordStart[u], distinctPerUser[u]).CopyTo(keys.AsSpan(userStart[u]));
                counts.AsSpan(recordStart[u], distinctPerUser[u]).CopyTo(counts.AsSpan(userStart[u]));
            }
        }

        var total = userStart[users];
        var userKeys = keys.AsSpan(0, total).ToArray();
        var userCounts = counts.AsSpan(0, total).ToArray();
        var (keyStart, keyUsers, keyCounts) = Invert(userStart, userKeys, userCounts, keyCell.Length);
        return new KeyedCounts(userStart, userKeys, userCounts, keyStart, keyUsers, keyCounts, keyCell);
    }

    /// <summary>
    /// Numbers the keys that occur, in key order, so that numbering keeps each user's keys sorted: through a dense table
    /// when the keys span less than <see cref="DenseLimit"/>, else by sorting. Writes each record's number to <paramref name="keys"/>.
    /// </summary>
    /// <returns>The cell of each numbered key.</returns>
    private static int[] NumberKeys(long[] recordKeys, long cellDivisor, int[] keys, CancellationToken cancellationToken)
    {
        var n = recordKeys.Length;
        long min = long.MaxValue, max = long.MinValue;
        foreach (var key in recordKeys)
        {
            min = Math.Min(min, key);
            max = Math.Max(max, key);
        }

        if (n > 0 && max - min < DenseLimit)
        {
            var used = new int[max - min + 1];
            foreach (var key in recordKeys)
            {
                used[key - min] = 1;
            }

            var cells = new List<int>();
            var count = 0;
            for (var k = 0; k < used.Length; k++)
            {
                if (used[k] != 0)
                {
                    used[k] = count++;
                    cells.Add((int)((k + min) / cellDivisor));
                }
            }

            ParallelRanges.For(n, cancellationToken, (from, to) =>
            {
                for (var j = from; j < to; j++)
                {
                    keys[j] = used[recordKeys[j] - min];
                }
            });
            return [.. cells];
        }

        var distinct = (long[])recordKeys.Clone();
        Array.Sort(distinct);
        var distinctCount = n == 0 ? 0 : 1;
        for (var i = 1; i < n; i++)
        {
            if (distinct[i] != distinct[distinctCount - 1])
            {
                distinct[distinctCount++] = distinct[i];
            }
        }

        var keyCell = new int[distinctCount];
        for (var k = 0; k < distinctCount; k++)
        {
            keyCell[k] = (int)(distinct[k] / cellDivisor);
        }

        var sorted = distinct.AsSpan(0, distinctCount).ToArray();
        ParallelRanges.For(n, cancellationToken, (from, to) =>
        {
            for (var j = from; j < to; j++)
            {
                keys[j] = Array.BinarySearch(sorted, recordKeys[j]);
            }
        });
        return keyCell;
    }

    /// <summary>Sorts each user's keys and run-length encodes them in place into (key, count), packed to the user's start.</summary>
    /// <returns>Each user's number of distinct keys.</returns>
    private static int[] CountPerUser(int[] recordStart, int[] keys, int[] counts, CancellationToken cancellationToken)
    {
        var users = recordStart.Length - 1;
        var distinctPerUser = new int[users];
        ParallelRanges.For(users, cancellationToken, (from, to) =>
        {
            for (var u = from; u < to; u++)
            {
                var start = recordStart[u];
                var segment = keys.AsSpan(start, recordStart[u + 1] - start);
                segment.Sort();
                var d = 0;
                for (var i = 0; i < segment.Length; i++)
                {
                    if (d > 0 && segment[d - 1] == segment[i])
                    {
                        counts[start + d - 1]++;
                    }
                    else
                    {
                        segment[d] = segment[i];
                        counts[start + d] = 1;
                        d++;
                    }
                }

                distinctPerUser[u] = d;
            }
        });
        return distinctPerUser;
    }

    /// <summary>The posting lists: for each key, the users holding it (ascending) and their counts.</summary>
    private static (int[] KeyStart, int[] KeyUsers, int[] KeyCounts) Invert(int[] userStart, int[] userKeys, int[] userCounts, int keyCount)
    {
        var users = userStart.Length - 1;
        var total = userKeys.Length;
        var keyStart = new int[keyCount + 1];
        foreach (var key in userKeys)
        {
            keyStart[key + 1]++;
        }

        for (var k = 0; k < keyCount; k++)
        {
            keyStart[k + 1] += keyStart[k];
        }

        var next = keyStart.AsSpan(0, keyCount).ToArray();
        var keyUsers = new int[total];
        var keyCounts = new int[total];
        for (var u = 0; u < users; u++)
        {
            for (var j = userStart[u]; j < userStart[u + 1]; j++)
            {
                var slot = next[userKeys[j]]++;
                keyUsers[slot] = u;
                keyCounts[slot] = userCounts[j];
            }
        }

        return (keyStart, keyUsers, keyCounts);
    }
}
