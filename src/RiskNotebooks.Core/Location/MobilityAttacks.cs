using System.Diagnostics;

namespace RiskNotebooks.Location;

/// <summary>
/// Runs scikit-mobility's privacy attacks (<see cref="MobilityAttack"/>) with the same definitions, exactly, at the scale of
/// a national operator.
/// </summary>
/// <remarks>
/// <para>
/// scikit-mobility (<c>skmob/privacy/attacks.py</c>, <c>Attack._risk</c>) computes a user's risk by looping over every
/// combination of k of the user's records and, for each, over every user's data with a pandas merge: users × C(n, k) ×
/// users merges. Here the same maximum of 1 / compatible users is found by enumerating each distinct instance once,
/// intersecting posting lists (place → users with their visit counts) rarest first, and stopping as soon as only the
/// user is left; users are processed in parallel. See <see cref="AttackSearch"/>.
/// </para>
/// <para>Places are compared at <see cref="AttackOptions.Spatial"/> (raw by default: exact coordinates, or antenna ids;
/// scikit-mobility compares exact coordinates, so with <see cref="AttackCompatibility.ScikitMobility"/> antennas on one
/// site are one place). Records are in time order, equal times in file order (scikit-mobility's
/// stable sort by user and time).</para>
/// </remarks>
public static class MobilityAttacks
{
    /// <summary>Runs one attack.</summary>
    /// <param name="traces">The traces.</param>
    /// <param name="options">The attack and its parameters.</param>
    /// <param name="cancellationToken">Stops a long run.</param>
    /// <param name="progress">Receives how many users the attack has been tried on; <see langword="null"/> for none.</param>
    /// <returns>The per-user risks and their summary.</returns>
    public static AttackResult Run(TraceSet traces, AttackOptions options, CancellationToken cancellationToken = default, IProgress<AnalysisProgress>? progress = null)
        => Run(traces, [options], cancellationToken, progress)[0];

    /// <summary>Runs several attacks, sharing the indexes they have in common.</summary>
    /// <param name="traces">The traces.</param>
    /// <param name="runs">The attacks and their parameters.</param>
    /// <param name="cancellationToken">Stops a long run.</param>
    /// <param name="progress">Receives how many (attack, user) pairs are done; <see langword="null"/> for none.</param>
    /// <returns>One result per run, in order.</returns>
    public static IReadOnlyList<AttackResult> Run(TraceSet traces, IReadOnlyList<AttackOptions> runs, CancellationToken cancellationToken = default, IProgress<AnalysisProgress>? progress = null)
        => Run(traces, runs, AttackSearchMode.Automatic, cancellationToken, progress);

    internal static IReadOnlyList<AttackResult> Run(TraceSet traces, IReadOnlyList<AttackOptions> runs, AttackSearchMode mode, CancellationToken cancellationToken, IProgress<AnalysisProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(traces);
        ArgumentNullException.ThrowIfNull(runs);
        var steps = ProgressSteps.Start(progress, "mobility attacks", (long)runs.Count * traces.UserCount);
        var shared = new Dictionary<(SpatialResolution, bool), AttackData>();
        var results = new List<AttackResult>(runs.Count);
        foreach (var options in runs)
        {
            ArgumentNullException.ThrowIfNull(options, nameof(runs));
            options.CheckResolution(options.Spatial);

            var clock = Stopwatch.StartNew();
            // scikit-mobility compares places by their exact coordinates: with its numbers asked for, antennas on one site
            // are one place.
            var bySite = options.Compatibility == AttackCompatibility.ScikitMobility && options.Spatial.IsRaw;
            if (!shared.TryGetValue((options.Spatial, bySite), out var data))
            {
                data = shared[(options.Spatial, bySite)] = new AttackData(traces, options.Spatial, cancellationToken, bySite);
            }

            results.Add(options.Attack == MobilityAttack.HomeWork
                ? HomeWork(data, options, clock, cancellationToken)
                : Search(data, options, mode, clock, steps, cancellationToken));
            steps.Advance(options.Attack == MobilityAttack.HomeWork ? traces.UserCount : 0);
        }

        steps.Complete();
        return results;
    }

    private static AttackResult Search(AttackData data, AttackOptions options, AttackSearchMode mode, Stopwatch clock, ProgressSteps steps, CancellationToken cancellationToken)
    {
        var index = options.Attack == MobilityAttack.LocationTime
            ? data.Times(options.TimePrecision, options.Compatibility, cancellationToken)
            : data.Places(cancellationToken);
        var traces = data.Traces;
        var users = traces.UserCount;
        var totals = new int[users];
        for (var u = 0; u < users; u++)
        {
            totals[u] = traces.UserStart[u + 1] - traces.UserStart[u];
        }

        (int[], int[])? occurrences = options.Attack == MobilityAttack.LocationSequence ? data.Occurrences(cancellationToken) : null;
        var cells = data.Cells.CellCount;
        var risks = new double[users];
        var compatible = new int[users];
        var unique = new int[cells];
        var atRisk = new int[cells];
        if (mode == AttackSearchMode.Automatic && PairSupports.Applies(options))
        {
            PairSupports.Run(data, index, options, risks, compatible, unique, atRisk, cancellationToken);
            steps.Advance(users);
            return new AttackResult(options, risks, compatible, Contributions(data, unique, atRisk), clock.Elapsed);
        }

        ParallelRanges.For(
            users,
            cancellationToken,
            () => new AttackSearch(options, index, traces.UserStart, totals, occurrences, cells, mode),
            (from, to, search) =>
            {
                for (var u = from; u < to; u++)
                {
                    var count = search.Search(u);
                    compatible[u] = count;
                    risks[u] = 1d / count;
                    search.Credit(risks[u]);
                }

                steps.Advance(to - from);
            },
            search =>
            {
                for (var c = 0; c < cells; c++)
                {
                    unique[c] += search.Unique[c];
                    atRisk[c] += search.AtRisk[c];
                }
            });

        return new AttackResult(options, risks, compatible, Contributions(data, unique, atRisk), clock.Elapsed);
    }

    /// <summary>
    /// Home and work: each user's two most visited places (documented) or two least visited (scikit-mobility's code), ties
    /// broken by latitude, then longitude (the order of scikit-mobility's frequency vector); compatible users have both
    /// among their own two.
    /// </summary>
    private static AttackResult HomeWork(AttackData data, AttackOptions options, Stopwatch clock, CancellationToken cancellationToken)
    {
        var index = data.Places(cancellationToken);
        var users = index.UserCount;
        var latitude = data.Cells.Latitude;
        var longitude = data.Cells.Longitude;
        var mostVisited = options.Compatibility == AttackCompatibility.Documented;
        var pairs = new int[users * 2];
        var sizes = new int[users];
        ParallelRanges.For(users, cancellationToken, (from, to) =>
        {
            for (var u = from; u < to; u++)
            {
                int first = -1, second = -1;
                for (var j = index.UserStart[u]; j < index.UserStart[u + 1]; j++)
                {
                    if (first < 0 || Before(j, first))
                    {
                        second = first;
                        first = j;
                    }
                    else if (second < 0 || Before(j, second))
                    {
                        second = j;
                    }
                }

                pairs[2 * u] = index.UserKeys[first];
                pairs[(2 * u) + 1] = second < 0 ? -1 : index.UserKeys[second];
                sizes[u] = second < 0 ? 1 : 2;
            }
        });

        // Which users have each place among their two.
        var holders = new Dictionary<int, List<int>>();
        for (var u = 0; u < users; u++)
        {
            for (var i = 0; i < sizes[u]; i++)
            {
                var place = pairs[(2 * u) + i];
                if (!holders.TryGetValue(place, out var list))
                {
                    holders[place] = list = [];
                }

                list.Add(u);
            }
        }

        var risks = new double[users];
        var compatible = new int[users];
        var unique = new int[data.Cells.CellCount];
        var atRisk = new int[data.Cells.CellCount];
        var buffer = new int[users];
        for (var u = 0; u < users; u++)
        {
            var a = holders[pairs[2 * u]];
            var count = sizes[u] == 1 ? a.Count : SortedSets.Intersect(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(a), System.Runtime.InteropServices.CollectionsMarshal.AsSpan(holders[pairs[(2 * u) + 1]]), buffer);
            compatible[u] = count;
            risks[u] = 1d / count;
            for (var i = 0; i < sizes[u]; i++)
            {
                var cell = index.KeyCell[pairs[(2 * u) + i]];
                unique[cell] += count == 1 ? 1 : 0;
                atRisk[cell] += risks[u] > options.Threshold ? 1 : 0;
            }
        }

        return new AttackResult(options, risks, compatible, Contributions(data, unique, atRisk), clock.Elapsed);

        bool Before(int slot, int other)
        {
            var a = index.UserCounts[slot];
            var b = index.UserCounts[other];
            if (a != b)
            {
                return mostVisited ? a > b : a < b;
            }

            var cellA = index.KeyCell[index.UserKeys[slot]];
            var cellB = index.KeyCell[index.UserKeys[other]];
            var byLatitude = latitude[cellA].CompareTo(latitude[cellB]);
            if (byLatitude != 0)
            {
                return byLatitude < 0;
            }

            var byLongitude = longitude[cellA].CompareTo(longitude[cellB]);
            return byLongitude != 0 ? byLongitude < 0 : cellA < cellB;
        }
    }

    private static IReadOnlyList<PlaceContribution> Contributions(AttackData data, int[] unique, int[] atRisk)
    {
        // Visitors per cell: users with a record there (the place index's posting lengths, keyed by cell).
        var cells = data.Cells;
        var visitors = new int[cells.CellCount];
        var places = data.Places(default);
        for (var k = 0; k < places.KeyCount; k++)
        {
            visitors[places.KeyCell[k]] += places.PostingLength(k);
        }

        var list = new List<PlaceContribution>();
        for (var c = 0; c < cells.CellCount; c++)
        {
            if (visitors[c] > 0)
            {
                list.Add(new PlaceContribution(c, cells.Labels?[c], cells.Latitude[c], cells.Longitude[c], visitors[c], unique[c], atRisk[c]));
            }
        }

        return list;
    }
}
