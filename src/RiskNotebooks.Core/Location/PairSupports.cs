using RiskNotebooks.Data;

namespace RiskNotebooks.Location;

/// <summary>
/// The location, unique-location and location-sequence attacks with background knowledge of two records: the number of
/// users compatible with a pair of places does not depend on whose pair it is, so it is counted once for every pair any
/// user holds, and each user's risk is read off its own pairs.
/// </summary>
/// <remarks>
/// <para>
/// A pair {a, b} of distinct places is compatible with every user who visited both; {a, a} (two records at one place,
/// location and sequence attacks) with every user with at least two records there; the ordered pair (a, b) of the
/// sequence attack with every user whose first visit to a comes before their last visit to b (then a, b is a subsequence
/// of their visits). Counting costs the sum over users of the square of their number of places, once for all users,
/// instead of a search per user: in dense data (100 users per antenna) where most users are not unique with two points,
/// this is what keeps k = 2 fast.
/// </para>
/// <para>The counts are kept in a table of places × places when it has at most 2^26 cells, else in a hash table.</para>
/// </remarks>
internal static class PairSupports
{
    private const long DenseLimit = 1L << 26;

    internal static bool Applies(AttackOptions options)
        => options.KnowledgeLength == 2 && options.Attack is MobilityAttack.Location or MobilityAttack.UniqueLocation or MobilityAttack.LocationSequence;

    internal static void Run(AttackData data, KeyedCounts index, AttackOptions options, double[] risks, int[] compatible, int[] unique, int[] atRisk, CancellationToken cancellationToken)
    {
        var attack = options.Attack;
        var ordered = attack == MobilityAttack.LocationSequence;
        var doubles = attack != MobilityAttack.UniqueLocation;
        var (occurrenceStart, positions) = ordered ? data.Occurrences(cancellationToken) : (Array.Empty<int>(), Array.Empty<int>());
        long places = index.KeyCount;
        var dense = places * places <= DenseLimit;
        var table = dense ? new int[places * places] : [];
        var hash = dense ? null : new PackedKeyCounts();
        var users = index.UserCount;

        // Count: every user adds one to each pair it is compatible with.
        for (var v = 0; v < users; v++)
        {
            if ((v & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var from = index.UserStart[v];
            var to = index.UserStart[v + 1];
            for (var i = from; i < to; i++)
            {
                var a = index.UserKeys[i];
                if (doubles && index.UserCounts[i] >= 2)
                {
                    Add(a, a);
                }

                for (var j = ordered ? from : i + 1; j < to; j++)
                {
                    if (j == i || (ordered && positions[occurrenceStart[i]] > positions[occurrenceStart[j + 1] - 1]))
                    {
                        continue; // (a, b) in order needs a first visit to a before the last visit to b
                    }

                    Add(a, index.UserKeys[j]);
                }
            }
        }

        // Read: each user's fewest compatible users over its own pairs (or its one place, with fewer than two records).
        ParallelRanges.For(users, cancellationToken, (from, to) =>
        {
            for (var u = from; u < to; u++)
            {
                var first = index.UserStart[u];
                var last = index.UserStart[u + 1];
                var records = data.Traces.UserStart[u + 1] - data.Traces.UserStart[u];
                int best = int.MaxValue, bestA = -1, bestB = -1;
                if (last - first == 1 && (attack == MobilityAttack.UniqueLocation || records == 1))
                {
                    best = index.PostingLength(index.UserKeys[first]);
                    bestA = bestB = index.UserKeys[first];
                }
                else
                {
                    for (var i = first; i < last && best > 1; i++)
                    {
                        var a = index.UserKeys[i];
                        if (doubles && index.UserCounts[i] >= 2)
                        {
                            Consider(a, a, ref best, ref bestA, ref bestB);
                        }

                        for (var j = ordered ? first : i + 1; j < last && best > 1; j++)
                        {
                            if (j == i || (ordered && positions[occurrenceStart[i]] > positions[occurrenceStart[j + 1] - 1]))
                            {
                                continue;
                            }

                            Consider(a, index.UserKeys[j], ref best, ref bestA, ref bestB);
                        }
                    }
                }

                compatible[u] = best;
                risks[u] = 1d / best;
            }
        });

        // Where the risk is: the places of each user's most revealing pair.
        for (var u = 0; u < users; u++)
        {
            var risk = risks[u];
            if (risk <= options.Threshold && risk != 1d)
            {
                continue;
            }

            var (a, b) = Witness(u);
            foreach (var key in a == b ? [a] : new[] { a, b })
            {
                var cell = index.KeyCell[key];
                atRisk[cell] += risk > options.Threshold ? 1 : 0;
                unique[cell] += risk == 1d ? 1 : 0;
            }
        }

        return;

        void Add(int a, int b)
        {
            if (dense)
            {
                table[(a * places) + b]++;
            }
            else
            {
                hash!.Add((ulong)((a * places) + b), 1);
            }
        }

        int Support(int a, int b) => dense ? table[(a * places) + b] : (int)hash!.Get((ulong)((a * places) + b));

        void Consider(int a, int b, ref int best, ref int bestA, ref int bestB)
        {
            var support = Support(a, b);
            if (support < best)
            {
                best = support;
                bestA = a;
                bestB = b;
            }
        }

        // The first pair of the user with its fewest compatible users (recomputed: cheaper than storing one per user).
        (int, int) Witness(int u)
        {
            var first = index.UserStart[u];
            var last = index.UserStart[u + 1];
            var records = data.Traces.UserStart[u + 1] - data.Traces.UserStart[u];
            if (last - first == 1 && (attack == MobilityAttack.UniqueLocation || records == 1))
            {
                return (index.UserKeys[first], index.UserKeys[first]);
            }

            int best = int.MaxValue, bestA = -1, bestB = -1;
            for (var i = first; i < last && best > compatible[u]; i++)
            {
                var a = index.UserKeys[i];
                if (doubles && index.UserCounts[i] >= 2)
                {
                    Consider(a, a, ref best, ref bestA, ref bestB);
                }

                for (var j = ordered ? first : i + 1; j < last && best > compatible[u]; j++)
                {
                    if (j != i && !(ordered && positions[occurrenceStart[i]] > positions[occurrenceStart[j + 1] - 1]))
                    {
                        Consider(a, index.UserKeys[j], ref best, ref bestA, ref bestB);
                    }
                }
            }

            return (bestA, bestB);
        }
    }
}
