namespace RiskNotebooks.Location;

/// <summary>
/// Top-N locations uniqueness (Zang and Bolot, <i>Anonymization of location data does not work: a large-scale measurement
/// study</i>, MobiCom 2011): how many users are the only ones with their N most visited places.
/// </summary>
/// <remarks>
/// A user's top N is the set of its N places with the most records, ties broken by latitude, longitude and place (as the
/// home-work attack); the order within the set does not count. Users with fewer than N distinct places are counted apart.
/// Places are compared at the spatial resolution given (raw by default; Zang and Bolot used cells, zip codes, counties).
/// </remarks>
public static class TopLocations
{
    /// <summary>Measures uniqueness by the top N places for each N.</summary>
    /// <param name="traces">The traces.</param>
    /// <param name="n">The values of N (default 1, 2, 3), each from 1 to 64.</param>
    /// <param name="spatial">The places' resolution (default raw).</param>
    /// <param name="cancellationToken">Stops a long run.</param>
    /// <returns>One result per N, in order.</returns>
    public static IReadOnlyList<TopLocationsResult> Measure(TraceSet traces, IReadOnlyList<int>? n = null, SpatialResolution? spatial = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(traces);
        n ??= [1, 2, 3];
        if (n.Any(x => x is < 1 or > 64))
        {
            throw new InvalidOptionException("TopN", "N must be from 1 to 64.");
        }

        var data = new AttackData(traces, spatial ?? SpatialResolution.Raw, cancellationToken);
        return Measure(data, n, cancellationToken);
    }

    internal static IReadOnlyList<TopLocationsResult> Measure(AttackData data, IReadOnlyList<int> n, CancellationToken cancellationToken)
    {
        var index = data.Places(cancellationToken);
        var users = index.UserCount;
        var latitude = data.Cells.Latitude;
        var longitude = data.Cells.Longitude;
        var most = n.Count == 0 ? 0 : n.Max();

        // Every user's places ranked: most records first, then latitude, longitude, place.
        var ranked = new int[users * most];
        var rankedCount = new int[users];
        ParallelRanges.For(users, cancellationToken, (from, to) =>
        {
            var order = new List<int>();
            for (var u = from; u < to; u++)
            {
                order.Clear();
                for (var j = index.UserStart[u]; j < index.UserStart[u + 1]; j++)
                {
                    order.Add(j);
                }

                order.Sort((a, b) =>
                {
                    var c = index.UserCounts[b].CompareTo(index.UserCounts[a]);
                    if (c != 0)
                    {
                        return c;
                    }

                    var ca = index.KeyCell[index.UserKeys[a]];
                    var cb = index.KeyCell[index.UserKeys[b]];
                    c = latitude[ca].CompareTo(latitude[cb]);
                    c = c != 0 ? c : longitude[ca].CompareTo(longitude[cb]);
                    return c != 0 ? c : ca.CompareTo(cb);
                });
                rankedCount[u] = Math.Min(most, order.Count);
                for (var r = 0; r < rankedCount[u]; r++)
                {
                    ranked[(u * most) + r] = index.KeyCell[index.UserKeys[order[r]]];
                }
            }
        });

        var results = new List<TopLocationsResult>();
        foreach (var size in n)
        {
            // Each eligible user's top set, sorted, then users sorted by set: runs are the anonymity sets.
            var sets = new int[users * size];
            var eligible = new List<int>();
            for (var u = 0; u < users; u++)
            {
                if (rankedCount[u] < size)
                {
                    continue;
                }

                var set = sets.AsSpan(u * size, size);
                ranked.AsSpan(u * most, size).CopyTo(set);
                set.Sort();
                eligible.Add(u);
            }

            var byUser = eligible.ToArray();
            Array.Sort(byUser, (a, b) => sets.AsSpan(a * size, size).SequenceCompareTo(sets.AsSpan(b * size, size)));
            var setSizes = new int[users];
            for (var i = 0; i < byUser.Length;)
            {
                var j = i + 1;
                while (j < byUser.Length && sets.AsSpan(byUser[j] * size, size).SequenceEqual(sets.AsSpan(byUser[i] * size, size)))
                {
                    j++;
                }

                for (var x = i; x < j; x++)
                {
                    setSizes[byUser[x]] = j - i;
                }

                i = j;
            }

            results.Add(new TopLocationsResult(size, data.Cells.Resolution, setSizes));
        }

        return results;
    }
}
