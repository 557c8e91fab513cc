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
        var pairs = new PairCounts(data, index, options.Attack, cancellationToken);
        pairs.Count(cancellationToken);

        // Read: each user's fewest compatible users over its own pairs (or its one place, with fewer than two records).
        ParallelRanges.For(index.UserCount, cancellationToken, (from, to) =>
        {
            for (var u = from; u < to; u++)
            {
                var best = pairs.Fewest(u, enough: 1, out _, out _);
                compatible[u] = best;
                risks[u] = 1d / best;
            }
        });

        Locate(pairs, index, options.Threshold, risks, compatible, unique, atRisk);
    }

    /// <summary>Where the risk is: the places of each user's most revealing pair (recomputed: cheaper than storing one per user).</summary>
    private static void Locate(PairCounts pairs, KeyedCounts index, double threshold, double[] risks, int[] compatible, int[] unique, int[] atRisk)
    {
        for (var u = 0; u < index.UserCount; u++)
        {
            var risk = risks[u];
            if (risk <= threshold && risk != 1d)
            {
                continue;
            }

            pairs.Fewest(u, enough: compatible[u], out var a, out var b);
            foreach (var key in a == b ? [a] : new[] { a, b })
            {
                var cell = index.KeyCell[key];
                atRisk[cell] += risk > threshold ? 1 : 0;
                unique[cell] += risk == 1d ? 1 : 0;
            }
        }
    }

    /// <summary>
    /// How many users each pair of places is compatible with: a table of places × places, or a hash table when that
    /// would be too large; and each user's pairs, in the order the attack sees them.
    /// </summary>
    private sealed class PairCounts
    {
        private readonly AttackData data;
        private readonly KeyedCounts index;
        private readonly MobilityAttack attack;
        private readonly bool ordered;
        private readonly bool doubles;
        private readonly int[] occurrenceStart;
        private readonly int[] positions;
        private readonly long places;
        private readonly bool dense;
        private readonly int[] table;
        private readonly PackedKeyCounts? hash;

        internal PairCounts(AttackData data, KeyedCounts index, MobilityAttack attack, CancellationToken cancellationToken)
        {
            this.data = data;
            this.index = index;
            this.attack = attack;
            ordered = attack == MobilityAttack.LocationSequence;
            doubles = attack != MobilityAttack.UniqueLocation;
            (occurrenceStart, positions) = ordered ? data.Occurrences(cancellationToken) : (Array.Empty<int>(), Array.Empty<int>());
            places = index.KeyCount;
            dense = places * places <= DenseLimit;
            table = dense ? new int[places * places] : [];
            hash = dense ? null : new PackedKeyCounts();
        }

        /// <summary>Counts: every user adds one to each pair it is compatible with.</summary>
        internal void Count(CancellationToken cancellationToken)
        {
            for (var v = 0; v < index.UserCount; v++)
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
                        if (IsPair(i, j))
                        {
                            Add(a, index.UserKeys[j]);
                        }
                    }
                }
            }
        }

        /// <summary>
        /// The fewest users compatible with one of user <paramref name="u"/>'s pairs (with its one place, when it has fewer
        /// than two records there to pair), and the first pair with that many; the search stops at the first pair with at
        /// most <paramref name="enough"/>.
        /// </summary>
        internal int Fewest(int u, int enough, out int bestA, out int bestB)
        {
            var first = index.UserStart[u];
            var last = index.UserStart[u + 1];
            var records = data.Traces.UserStart[u + 1] - data.Traces.UserStart[u];
            if (last - first == 1 && (attack == MobilityAttack.UniqueLocation || records == 1))
            {
                bestA = bestB = index.UserKeys[first];
                return index.PostingLength(bestA);
            }

            var best = int.MaxValue;
            bestA = bestB = -1;
            for (var i = first; i < last && best > enough; i++)
            {
                var a = index.UserKeys[i];
                if (doubles && index.UserCounts[i] >= 2)
                {
                    Consider(a, a, ref best, ref bestA, ref bestB);
                }

                for (var j = ordered ? first : i + 1; j < last && best > enough; j++)
                {
                    if (IsPair(i, j))
                    {
                        Consider(a, index.UserKeys[j], ref best, ref bestA, ref bestB);
                    }
                }
            }

            return best;
        }

        /// <summary>Whether the user's places at <paramref name="i"/> and <paramref name="j"/> make a pair: distinct, and in order, the first visit to a before the last visit to b.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private bool IsPair(int i, int j)
            => j != i && !(ordered && positions[occurrenceStart[i]] > positions[occurrenceStart[j + 1] - 1]);

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private void Add(int a, int b)
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

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private void Consider(int a, int b, ref int best, ref int bestA, ref int bestB)
        {
            var support = dense ? table[(a * places) + b] : (int)hash!.Get((ulong)((a * places) + b));
            if (support < best)
            {
                best = support;
                bestA = a;
                bestB = b;
            }
        }
    }
}
