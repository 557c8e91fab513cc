using System.Numerics;
using RiskNotebooks.Data;

namespace RiskNotebooks.Location;

/// <summary>
/// The search by neighbours: instead of asking, instance by instance, which users are compatible, ask each user that shares
/// enough with the target which of the target's instances it is compatible with, and count.
/// </summary>
/// <remarks>
/// <para>
/// One pass over the target's posting lists gives every other user the mask of the target's units it holds. Users that
/// hold fewer than k units are compatible with no instance and are skipped; the others are grouped by mask where the
/// attack's condition is per place (location, location-time, unique location, frequency, probability), and each group adds
/// its size to every instance made of its units. For the proportion attack each neighbour's counts are checked on every
/// subset of the places it shares; for the sequence attack the distinct subsequences of the target's visits that are also
/// subsequences of the neighbour's are enumerated by walking both in step (the target by a next-visit table, the
/// neighbour by binary search in its visits to each place).
/// </para>
/// <para>
/// The risk is then 1 / (1 + the smallest count over all the target's instances), where an instance no neighbour holds
/// counts 0: the target is unique exactly when fewer instances were counted than the target has, which is itself counted
/// (binomials, multisets with caps, or distinct subsequences by dynamic programming). Work is the posting lists once plus
/// the instances the neighbours hold, not instances × users.
/// </para>
/// </remarks>
internal sealed class NeighbourCount
{
    private const int MaskBits = AttackTarget.MaskBits;
    private const int MaxPackedLength = 8;
    private const int MaxPackedItems = 255;
    private const long DenseTableLimit = 1 << 20;
    private static readonly long[][] Binomials = BuildBinomials();
    private readonly PackedKeyCounts instanceCounts = new();
    private int[] denseCounts = [];
    private readonly ulong[] narrowMask;
    private bool narrow;
    private bool dense;
    private long minimumCount;
    private ulong minimumKey;
    private readonly int[] presentRank = new int[MaskBits];
    private readonly int[] presentHeld = new int[MaskBits];
    private int presentCount;
    private int[] unitItem = new int[MaskBits];
    private int[] neighbourEntry = new int[64];
    private int[] neighbourCount = new int[64];
    private int[] chosenRank = new int[MaxPackedLength];
    private int[] unitBase = new int[64];
    private readonly AttackTarget target;

    internal NeighbourCount(AttackTarget target)
    {
        this.target = target;
        narrowMask = new ulong[target.Index.UserCount];
    }

    /// <summary>Counts compatible users per instance from the neighbours' side, into the target's best; false when the user does not fit the packing.</summary>
    internal bool TryCount(int length)
    {
        var sequenceAttack = target.Options.Attack == MobilityAttack.LocationSequence;
        if (length > MaxPackedLength || target.ItemCount > MaxPackedItems || (sequenceAttack && (long)(target.Records + 1) * target.ItemCount > (1 << 22)))
        {
            return false;
        }

        var touchedCount = NeighbourMasks(length);
        if (touchedCount < 0)
        {
            return false;
        }

        PrepareCounts(sequenceAttack ? Power(target.ItemCount, length) : MultisetCount(target.ItemCount, length));
        if (sequenceAttack)
        {
            target.PrepareNextVisits();
        }

        CountNeighbours(touchedCount, length);
        FindLeastHeld(length, sequenceAttack);
        return true;
    }

    /// <summary>
    /// Instances are numbered densely when they fit a table (ranks of multisets, or base-d numbers of sequences), else
    /// packed into 64 bits and counted in a hash table.
    /// </summary>
    private void PrepareCounts(long space)
    {
        dense = space <= DenseTableLimit;
        if (dense)
        {
            if (denseCounts.Length < space)
            {
                denseCounts = new int[Math.Max(space, denseCounts.Length * 2)];
            }

            Array.Clear(denseCounts, 0, (int)space);
        }
        else
        {
            instanceCounts.Clear();
        }
    }

    /// <summary>Each touched neighbour adds itself to every instance of the user's it is compatible with (clearing its mask).</summary>
    private void CountNeighbours(int touchedCount, int length)
    {
        for (var t = 0; t < touchedCount; t++)
        {
            var v = target.Touched[t];
            UInt128 mask;
            if (narrow)
            {
                mask = narrowMask[v];
                narrowMask[v] = 0;
            }
            else
            {
                mask = target.NeighbourMask[v];
                target.NeighbourMask[v] = UInt128.Zero;
            }

            if (AttackTarget.PopCount(mask) < length)
            {
                continue;
            }

            switch (target.Options.Attack)
            {
                case MobilityAttack.LocationSequence:
                    CommonSubsequences(v, mask, length);
                    break;
                case MobilityAttack.LocationProportion:
                    ProportionSubsets(v, mask, length);
                    break;
                default:
                    Present(mask);
                    SubMultisets(0, length, 0, 0, 0, 1);
                    break;
            }
        }
    }

    /// <summary>The user's instance held by the fewest others (one nobody holds, where there is one), into the target's best.</summary>
    private void FindLeastHeld(int length, bool sequenceAttack)
    {
        target.ResetBest();
        if (!dense && instanceCounts.Count < TotalInstances(length))
        {
            // Some instance of the user is held by no other user: find one, for the map of where the risk is.
            if (sequenceAttack)
            {
                UnheldSubsequence(0, length, 0, 0);
            }
            else
            {
                UnheldCombination(0, length, 0, 0);
            }

            return;
        }

        if (!dense)
        {
            var (key, value) = instanceCounts.Minimum();
            target.SetPacked(key, length, (int)Math.Min(int.MaxValue - 1, value + 1));
            return;
        }

        // Dense: walk the user's own instances (rarest places first) for the smallest count, stopping at one nobody holds.
        minimumCount = long.MaxValue;
        if (sequenceAttack)
        {
            UnheldSubsequence(0, length, 0, 0);
        }
        else
        {
            UnheldCombination(0, length, 0, 0);
        }

        if (!target.Done)
        {
            target.SetPacked(minimumKey, length, (int)Math.Min(int.MaxValue - 1, minimumCount + 1));
        }
    }

    /// <summary>The neighbours' masks of the user's units (as <see cref="GroupSearch"/> builds them), left in place for the caller.</summary>
    /// <returns>The number of neighbours touched, or −1 when the units do not fit in a mask.</returns>
    private int NeighbourMasks(int length)
    {
        var itemCount = target.ItemCount;
        var items = target.Items;
        var itemCounts = target.ItemCounts;
        var multiset = target.Multiset;
        AttackTarget.Grow(ref unitBase, itemCount + 1);
        var units = 0;
        for (var i = 0; i < itemCount; i++)
        {
            unitBase[i] = units;
            var count = multiset ? Math.Min(itemCounts[i], length) : 1;
            if (units + count > MaskBits)
            {
                return -1;
            }

            for (var u = 0; u < count; u++)
            {
                unitItem[units + u] = i;
            }

            units += count;
        }

        narrow = units <= 64;
        var touchedCount = 0;
        var masks = narrowMask;
        var wide = target.NeighbourMask;
        var touched = target.Touched;
        var user = target.User;
        var index = target.Index;
        for (var i = 0; i < itemCount; i++)
        {
            var key = items[i];
            var start = index.KeyStart[key];
            var end = index.KeyStart[key + 1];
            var own = itemCounts[i];
            var most = multiset ? Math.Min(own, length) : 1;
            var keyUsers = index.KeyUsers;
            var keyCounts = index.KeyCounts;
            var shift = unitBase[i];
            for (var j = start; j < end; j++)
            {
                var v = keyUsers[j];
                if (v == user)
                {
                    continue;
                }

                var count = keyCounts[j];
                int held;
                if (multiset)
                {
                    held = Math.Min(count, most);
                }
                else if (target.Accept(v, count, own, 1))
                {
                    held = 1;
                }
                else
                {
                    continue;
                }

                if (narrow)
                {
                    // Most users: the units fit 64 bits, and the smaller array stays in cache better.
                    if (masks[v] == 0)
                    {
                        touched[touchedCount++] = v;
                    }

                    masks[v] |= ((1UL << held) - 1) << shift;
                }
                else
                {
                    if (wide[v] == UInt128.Zero)
                    {
                        touched[touchedCount++] = v;
                    }

                    wide[v] |= ((UInt128.One << held) - UInt128.One) << shift;
                }
            }
        }

        return touchedCount;
    }

    /// <summary>The items a mask holds, with how many units of each (visits, capped at the instance length).</summary>
    private void Present(UInt128 mask)
    {
        presentCount = 0;
        Present((ulong)mask, 0);
        Present((ulong)(mask >> 64), 64);
    }

    private void Present(ulong bits, int offset)
    {
        while (bits != 0)
        {
            var item = unitItem[offset + BitOperations.TrailingZeroCount(bits)];
            if (presentCount > 0 && presentRank[presentCount - 1] == item)
            {
                presentHeld[presentCount - 1]++;
            }
            else
            {
                presentRank[presentCount] = item;
                presentHeld[presentCount++] = 1;
            }

            bits &= bits - 1;
        }
    }

    /// <summary>Adds a weight to every instance of the given length (a multiset of the present items within their units).</summary>
    private void SubMultisets(int from, int remaining, ulong key, long rank, int depth, int weight)
    {
        if (remaining == 0)
        {
            if (dense)
            {
                denseCounts[rank] += weight;
            }
            else
            {
                instanceCounts.Add(key, weight);
            }

            return;
        }

        for (var p = from; p < presentCount; p++)
        {
            var item = presentRank[p];
            var most = Math.Min(presentHeld[p], remaining);
            var nextKey = key;
            var nextRank = rank;
            var d = depth;
            for (var m = 1; m <= most; m++)
            {
                nextKey |= (ulong)item << (8 * d);
                nextRank += Binomials[item + d][d + 1];
                d++;
                SubMultisets(p + 1, remaining - m, nextKey, nextRank, d, weight);
            }
        }
    }

    private void Count(ulong key, int length, long weight)
    {
        if (dense)
        {
            denseCounts[Rank(key, length)] += (int)weight;
        }
        else
        {
            instanceCounts.Add(key, weight);
        }
    }

    private long Held(ulong key, int length) => dense ? denseCounts[Rank(key, length)] : instanceCounts.Get(key);

    /// <summary>
    /// The dense number of a packed instance: for a multiset (ranks non-decreasing) its rank in the combinatorial number
    /// system of combinations with repetition, Σ C(r_j + j − 1, j); for a sequence its digits in base d.
    /// </summary>
    private long Rank(ulong key, int length)
    {
        long rank = 0;
        if (target.Options.Attack == MobilityAttack.LocationSequence)
        {
            for (var j = length - 1; j >= 0; j--)
            {
                rank = (rank * target.ItemCount) + (long)((key >> (8 * j)) & 0xFF);
            }

            return rank;
        }

        for (var j = 0; j < length; j++)
        {
            rank += Binomials[(int)((key >> (8 * j)) & 0xFF) + j][j + 1];
        }

        return rank;
    }

    /// <summary>The proportion attack: each subset of the places the neighbour shares whose relative counts match.</summary>
    private void ProportionSubsets(int v, UInt128 mask, int length)
    {
        Present(mask);
        AttackTarget.Grow(ref neighbourCount, presentCount);
        for (var p = 0; p < presentCount; p++)
        {
            neighbourCount[p] = target.Index.CountOf(v, target.Items[presentRank[p]]);
        }

        ProportionSubsets(0, length, 0, 0);
    }

    private void ProportionSubsets(int from, int remaining, ulong key, int depth)
    {
        if (remaining == 0)
        {
            int ownMax = 0, otherMax = 0;
            for (var d = 0; d < depth; d++)
            {
                ownMax = Math.Max(ownMax, target.ItemCounts[presentRank[chosenRank[d]]]);
                otherMax = Math.Max(otherMax, neighbourCount[chosenRank[d]]);
            }

            var t = target.Options.Tolerance;
            for (var d = 0; d < depth; d++)
            {
                var instance = (double)target.ItemCounts[presentRank[chosenRank[d]]] / ownMax;
                var q = (double)neighbourCount[chosenRank[d]] / otherMax;
                if (!(instance >= q - (q * t) && instance <= q + (q * t)))
                {
                    return;
                }
            }

            Count(key, depth, 1);
            return;
        }

        for (var p = from; p <= presentCount - remaining; p++)
        {
            chosenRank[depth] = p;
            ProportionSubsets(p + 1, remaining - 1, key | ((ulong)presentRank[p] << (8 * depth)), depth + 1);
        }
    }

    /// <summary>The sequence attack: the user's distinct subsequences that are also subsequences of the neighbour's visits.</summary>
    private void CommonSubsequences(int v, UInt128 mask, int length)
    {
        Present(mask);
        AttackTarget.Grow(ref neighbourEntry, presentCount);
        for (var p = 0; p < presentCount; p++)
        {
            neighbourEntry[p] = target.EntryOf(v, target.Items[presentRank[p]]);
        }

        CommonSubsequences(0, -1, length, 0, 0);
    }

    private void CommonSubsequences(int fromU, int atV, int remaining, ulong key, int depth)
    {
        if (remaining == 0)
        {
            Count(key, depth, 1);
            return;
        }

        var nextVisit = target.NextVisit;
        var row = fromU * target.ItemCount;
        var records = target.Records;
        var occurrenceStart = target.OccurrenceStart!;
        var positions = target.Positions;
        for (var p = 0; p < presentCount; p++)
        {
            var rank = presentRank[p];
            var inU = nextVisit[row + rank];
            if (inU >= records)
            {
                continue;
            }

            var entry = neighbourEntry[p];
            var from = occurrenceStart[entry];
            var visits = positions.AsSpan(from, occurrenceStart[entry + 1] - from);
            var next = SortedSets.LowerBound(visits, 0, atV + 1);
            if (next == visits.Length)
            {
                continue;
            }

            CommonSubsequences(inU + 1, visits[next], remaining - 1, key | ((ulong)rank << (8 * depth)), depth + 1);
        }
    }

    /// <summary>How many distinct instances the user has: C(d, k) sets, capped multisets, or distinct subsequences.</summary>
    private long TotalInstances(int length)
    {
        const long Cap = 1L << 60; // beyond this, the user has more instances than any table of counts could hold
        Span<long> f = stackalloc long[length + 1];
        f.Clear();
        f[0] = 1;
        if (target.Options.Attack == MobilityAttack.LocationSequence)
        {
            // Distinct subsequences of each length: adding visit x adds f[j − 1] new ones ending in x, minus those already
            // counted when x was last added.
            var previous = new long[target.ItemCount * length];
            for (var p = 0; p < target.Records; p++)
            {
                var x = target.Sequence[p];
                for (var j = length; j >= 1; j--)
                {
                    var added = f[j - 1] - previous[(x * length) + j - 1];
                    previous[(x * length) + j - 1] = f[j - 1];
                    f[j] = Math.Min(Cap, f[j] + added);
                }

                if (f[length] >= Cap)
                {
                    return long.MaxValue;
                }
            }

            return f[length];
        }

        for (var i = 0; i < target.ItemCount; i++)
        {
            var most = target.Multiset ? Math.Min(target.ItemCounts[i], length) : 1;
            for (var j = length; j >= 1; j--)
            {
                long sum = 0;
                for (var m = 1; m <= Math.Min(most, j); m++)
                {
                    sum = Math.Min(Cap, sum + f[j - m]);
                }

                f[j] = Math.Min(Cap, f[j] + sum);
            }
        }

        return f[length];
    }

    /// <summary>Finds an instance (multiset or set) no neighbour holds and records it, rarest places first.</summary>
    private void UnheldCombination(int from, int remaining, ulong key, int depth)
    {
        if (remaining == 0)
        {
            Consider(key, depth);
            return;
        }

        for (var i = from; i < target.ItemCount && !target.Done; i++)
        {
            var most = target.Multiset ? Math.Min(target.ItemCounts[i], remaining) : 1;
            var next = key;
            var d = depth;
            for (var m = 1; m <= most && !target.Done; m++)
            {
                next |= (ulong)i << (8 * d++);
                UnheldCombination(i + 1, remaining - m, next, d);
            }
        }
    }

    /// <summary>Finds a distinct subsequence of the user's visits that no neighbour holds, and records it.</summary>
    private void UnheldSubsequence(int fromU, int remaining, ulong key, int depth)
    {
        if (remaining == 0)
        {
            Consider(key, depth);
            return;
        }

        for (var rank = 0; rank < target.ItemCount && !target.Done; rank++)
        {
            var inU = target.NextVisit[(fromU * target.ItemCount) + rank];
            if (inU < target.Records)
            {
                UnheldSubsequence(inU + 1, remaining - 1, key | ((ulong)rank << (8 * depth)), depth + 1);
            }
        }
    }

    /// <summary>One of the user's own instances: the first held by nobody else ends the search; else keep the smallest.</summary>
    private void Consider(ulong key, int length)
    {
        var held = Held(key, length);
        if (held == 0)
        {
            target.SetPacked(key, length, 1);
        }
        else if (held < minimumCount)
        {
            minimumCount = held;
            minimumKey = key;
        }
    }

    private static long Power(int d, int k)
    {
        long result = 1;
        for (var i = 0; i < k; i++)
        {
            result *= d;
            if (result > DenseTableLimit)
            {
                return long.MaxValue;
            }
        }

        return result;
    }

    /// <summary>C(d + k − 1, k): the number of multisets of size k from d items.</summary>
    private static long MultisetCount(int d, int k) => Binomials[d + k - 1][k];

    private static long[][] BuildBinomials()
    {
        var table = new long[MaxPackedItems + MaxPackedLength + 1][];
        for (var n = 0; n < table.Length; n++)
        {
            table[n] = new long[MaxPackedLength + 1];
            table[n][0] = 1;
            for (var k = 1; k <= Math.Min(n, MaxPackedLength); k++)
            {
                table[n][k] = Math.Min(long.MaxValue / 2, table[n - 1][k - 1] + table[n - 1][k]);
            }
        }

        return table;
    }
}
