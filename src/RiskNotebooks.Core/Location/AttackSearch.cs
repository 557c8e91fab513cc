using System.Runtime.InteropServices;

namespace RiskNotebooks.Location;

/// <summary>
/// One worker's search for a user's most revealing knowledge instance: the fewest users compatible with any instance of
/// length k drawn from the user's data.
/// </summary>
/// <remarks>
/// <para>
/// Instances are enumerated depth first over the user's distinct keys (places, or place-time pairs) sorted rarest first,
/// each distinct instance once: a multiset of keys (a count per key), a set, or for the sequence attack a distinct
/// subsequence at its leftmost occurrence. scikit-mobility's maximum over combinations of records takes the same value on
/// records that form the same instance. The users compatible with a prefix shrink level by level; the search stops when
/// only the user is left (risk 1, the maximum) and never stops early otherwise, so the minimum is exact.
/// </para>
/// <para>
/// Two ways to hold the compatible users. First, lists of users filtered by intersecting posting lists (place → users
/// with visit counts), rarest first; most users are singled out after a few intersections. When that takes more work
/// than a budget (the sum of the user's posting lists), the search restarts on the user's neighbours: one pass over the
/// posting lists gives every other user a bit mask of the user's keys it holds (a bit per key and visit count, up to
/// k); users with the same mask are one weighted group, and groups holding fewer than k of the bits can never be
/// compatible and are dropped. The enumeration then filters a few hundred groups with bit tests instead of thousands
/// of users with intersections.
/// </para>
/// <para>
/// The proportion attack (relative counts depend on the whole instance) and the sequence attack (order) check their full
/// condition only on complete instances, user by user; the sequence check is a binary search per element in the
/// candidate's visits to that place.
/// </para>
/// </remarks>
internal sealed partial class AttackSearch
{
    private const int MaskBits = 128;

    private readonly AttackSearchMode mode;
    private readonly AttackOptions options;
    private readonly KeyedCounts index;
    private readonly int[] recordStart;
    private readonly int[] totals;
    private readonly int[]? occurrenceStart;
    private readonly int[]? positions;
    private readonly bool multiset;
    private readonly bool verifyEach;
    private readonly List<int[]> buffers = [];
    private readonly List<int[]> childBuffers = [];
    private readonly List<int[]> positionBuffers = [];
    private readonly UInt128[] neighbourMask;
    private readonly int[] touched;
    private readonly Dictionary<UInt128, int> groupOf = [];
    private readonly List<UInt128> groupMask = [];
    private readonly List<int> groupWeight = [];
    private readonly List<(int Group, int User)> groupMembers = [];
    private int[] memberStart = new int[64];
    private int[] members = new int[64];
    private int[] items = new int[64];
    private int[] itemCounts = new int[64];
    private long[] sortKeys = new long[64];
    private int[] capacity = new int[65];
    private int[] unitBase = new int[64];
    private int[] chosenItem = new int[64];
    private int[] sequence = new int[256];
    private int[] stamp = new int[64];
    private int[] firstAt = new int[64];
    private int[] need = new int[64];
    private int[] verifyCounts = new int[64];
    private int stampValue;
    private int user;
    private int itemCount;
    private int records;
    private int best;
    private int bestLength;
    private bool done;
    private bool usingGroups;
    private long work;
    private bool nextVisitReady;
    private long budget;

    internal AttackSearch(AttackOptions options, KeyedCounts index, int[] recordStart, int[] totals, (int[], int[])? occurrences, int cells, AttackSearchMode mode = AttackSearchMode.Automatic)
    {
        this.mode = mode;
        this.options = options;
        this.index = index;
        this.recordStart = recordStart;
        this.totals = totals;
        occurrenceStart = occurrences?.Item1;
        positions = occurrences?.Item2;
        multiset = options.Attack is MobilityAttack.Location or MobilityAttack.LocationTime or MobilityAttack.LocationSequence;
        verifyEach = options.Attack is MobilityAttack.LocationSequence or MobilityAttack.LocationProportion;
        neighbourMask = new UInt128[index.UserCount];
        narrowMask = new ulong[index.UserCount];
        touched = new int[index.UserCount];
        Unique = new int[cells];
        AtRisk = new int[cells];
    }

    /// <summary>Per cell, unique users whose most revealing instance includes it (this worker's share).</summary>
    internal int[] Unique { get; }

    /// <summary>Per cell, users at risk whose most revealing instance includes it.</summary>
    internal int[] AtRisk { get; }

    /// <summary>The cells of the most revealing instance found (its identifying prefix when the search stopped early).</summary>
    private int[] BestCells { get; set; } = new int[64];

    /// <summary>The fewest users compatible with any instance of the user's knowledge (at least 1: the user).</summary>
    internal int Search(int user)
    {
        this.user = user;
        PrepareItems();
        records = recordStart[user + 1] - recordStart[user];
        var length = Math.Min(options.KnowledgeLength, multiset ? records : itemCount);
        Grow(ref chosenItem, length);

        // First: filter lists of users, within a budget of about one pass over the user's posting lists.
        long postings = 0;
        for (var i = 0; i < itemCount; i++)
        {
            postings += index.PostingLength(items[i]);
        }

        usingGroups = false;
        // Counting from the neighbours' side pays for the sequence attack only in the densest data: lists are 3-10 times
        // faster there (measured on 100,000 synthetic users), so the sequence attack keeps to lists unless told otherwise.
        var listsOnly = mode == AttackSearchMode.Lists || (mode == AttackSearchMode.Automatic && options.Attack == MobilityAttack.LocationSequence);
        budget = listsOnly ? long.MaxValue : mode is AttackSearchMode.Groups or AttackSearchMode.Neighbours ? -1 : postings;
        if (budget >= 0)
        {
            Run(length);
            if (work <= budget)
            {
                return best;
            }
        }

        // Then: count from the neighbours' side; else groups of neighbours by mask; else lists without a budget.
        if (mode != AttackSearchMode.Groups && CountByNeighbours(length))
        {
            return best;
        }

        if (PrepareGroups(length))
        {
            usingGroups = true;
            budget = long.MaxValue;
            Run(length);
            return best;
        }

        usingGroups = false;
        budget = long.MaxValue;
        Run(length);
        return best;
    }

    /// <summary>Adds the last search's instance to the per-cell counters.</summary>
    internal void Credit(double risk)
    {
        var cells = BestCells.AsSpan(0, bestLength);
        cells.Sort();
        var previous = -1;
        foreach (var cell in cells)
        {
            if (cell == previous)
            {
                continue;
            }

            previous = cell;
            if (risk == 1d)
            {
                Unique[cell]++;
            }

            if (risk > options.Threshold)
            {
                AtRisk[cell]++;
            }
        }
    }

    private void Run(int length)
    {
        best = int.MaxValue;
        bestLength = 0;
        done = false;
        work = 0;
        if (options.Attack == MobilityAttack.LocationSequence)
        {
            for (var i = 0; i < itemCount; i++)
            {
                need[i] = 0;
            }

            if (!nextVisitReady && (long)(records + 1) * itemCount <= (1 << 22))
            {
                BuildNextVisits();
                nextVisitReady = true;
            }

            Sequence(0, length, default, 0);
        }
        else
        {
            capacity[itemCount] = 0;
            for (var i = itemCount - 1; i >= 0; i--)
            {
                capacity[i] = capacity[i + 1] + (multiset ? itemCounts[i] : 1);
            }

            Combinations(0, length, default, 0);
        }
    }

    /// <summary>The user's keys, rarest first, with the user's visits to each; for the sequence attack, its visits as ranks.</summary>
    private void PrepareItems()
    {
        nextVisitReady = false;
        var from = index.UserStart[user];
        itemCount = index.UserStart[user + 1] - from;
        Grow(ref items, itemCount);
        Grow(ref itemCounts, itemCount);
        Grow(ref capacity, itemCount + 1);
        Grow(ref need, itemCount);
        Grow(ref stamp, itemCount);
        Grow(ref firstAt, itemCount);
        Grow(ref unitBase, itemCount + 1);
        if (sortKeys.Length < itemCount)
        {
            sortKeys = new long[itemCount * 2];
        }

        var keys = sortKeys.AsSpan(0, itemCount);
        for (var i = 0; i < itemCount; i++)
        {
            keys[i] = ((long)index.PostingLength(index.UserKeys[from + i]) << 32) | (uint)i;
        }

        keys.Sort();
        for (var i = 0; i < itemCount; i++)
        {
            var slot = from + (int)(keys[i] & uint.MaxValue);
            items[i] = index.UserKeys[slot];
            itemCounts[i] = index.UserCounts[slot];
        }

        if (options.Attack == MobilityAttack.LocationSequence)
        {
            var count = recordStart[user + 1] - recordStart[user];
            Grow(ref sequence, count);

            // The user's own occurrence lists give each visit's position: write the rank of its key there.
            for (var i = 0; i < itemCount; i++)
            {
                var entry = EntryOf(user, items[i]);
                for (var o = occurrenceStart![entry]; o < occurrenceStart[entry + 1]; o++)
                {
                    sequence[positions![o]] = i;
                }
            }
        }
    }

    /// <summary>Multisets (or sets) of the user's keys of the given size, as choices of a count for each key in order.</summary>
    private void Combinations(int start, int remaining, ReadOnlySpan<int> candidates, int depth)
    {
        for (var i = start; i < itemCount && capacity[i] >= remaining; i++)
        {
            var most = multiset ? Math.Min(itemCounts[i], remaining) : 1;
            var current = candidates;
            for (var m = 1; m <= most; m++)
            {
                var next = Filter(current, depth == 0 && m == 1, i, m, depth, out var others);
                chosenItem[depth] = i;
                var left = remaining - m;
                if (left == 0)
                {
                    Complete(next, others, depth + 1);
                }
                else if (capacity[i + 1] >= left)
                {
                    if (others == 0)
                    {
                        Record(1, depth + 1); // only the user is left, whatever completes the instance
                    }
                    else
                    {
                        Combinations(i + 1, left, next, depth + 1);
                    }
                }

                if (done)
                {
                    return;
                }

                current = next;
            }
        }
    }

    /// <summary>Distinct subsequences of the user's places of the given length, each at its leftmost occurrence.</summary>
    private void Sequence(int position, int remaining, ReadOnlySpan<int> candidates, int depth)
    {
        // Children: each place visited at or after the position, at its first visit there, rarest places first.
        var kids = DepthBuffer(childBuffers, depth, itemCount);
        var at = DepthBuffer(positionBuffers, depth, itemCount);
        var children = 0;
        if (nextVisitReady)
        {
            var row = nextVisit.AsSpan(position * itemCount, itemCount);
            for (var item = 0; item < itemCount; item++)
            {
                if (row[item] < records)
                {
                    kids[children] = item;
                    at[children++] = row[item];
                }
            }
        }
        else
        {
            var value = ++stampValue;
            for (var j = position; j < records; j++)
            {
                var item = sequence[j];
                if (stamp[item] != value)
                {
                    stamp[item] = value;
                    firstAt[item] = j;
                    kids[children++] = item;
                }
            }

            kids.AsSpan(0, children).Sort();
            for (var c = 0; c < children; c++)
            {
                at[c] = firstAt[kids[c]];
            }
        }

        for (var c = 0; c < children; c++)
        {
            var item = kids[c];
            if (records - 1 - at[c] < remaining - 1)
            {
                continue;
            }

            need[item]++;
            var next = Filter(candidates, depth == 0 && need[item] == 1, item, need[item], depth, out var others);
            chosenItem[depth] = item;
            if (remaining == 1)
            {
                Complete(next, others, depth + 1);
            }
            else if (others == 0)
            {
                Record(1, depth + 1);
            }
            else
            {
                Sequence(at[c] + 1, remaining - 1, next, depth + 1);
            }

            need[item]--;
            if (done)
            {
                return;
            }
        }
    }

    /// <summary>
    /// A complete instance: count the compatible users, checking order or proportions where they apply (not for one place:
    /// a single place is in order and in proportion). Checking stops once the count reaches the best so far: such an
    /// instance cannot be the most revealing.
    /// </summary>
    private void Complete(ReadOnlySpan<int> candidates, long others, int depth)
    {
        var count = others + 1;
        if (others > 0 && verifyEach && depth > 1)
        {
            count = 1;
            if (usingGroups)
            {
                foreach (var g in candidates)
                {
                    foreach (var v in members.AsSpan(memberStart[g], memberStart[g + 1] - memberStart[g]))
                    {
                        count += Verify(v, depth) ? 1 : 0;
                    }

                    if (count >= best)
                    {
                        break;
                    }
                }
            }
            else
            {
                foreach (var v in candidates)
                {
                    work++;
                    count += v != user && Verify(v, depth) ? 1 : 0;
                    if (count >= best)
                    {
                        break;
                    }
                }
            }
        }

        Record((int)Math.Min(int.MaxValue, count), depth);
    }

    private bool Verify(int v, int depth) => options.Attack == MobilityAttack.LocationSequence ? IsSubsequence(v, depth) : ProportionsMatch(v, depth);

    private void Record(int count, int depth)
    {
        if (work > budget)
        {
            done = true;
            return;
        }

        if (count >= best)
        {
            return;
        }

        best = count;
        bestLength = 0;
        if (BestCells.Length < depth)
        {
            BestCells = new int[depth * 2];
        }

        for (var d = 0; d < depth; d++)
        {
            BestCells[bestLength++] = index.KeyCell[items[chosenItem[d]]];
        }

        done = best == 1;
    }

    /// <summary>
    /// The candidates (or, at the first level, all users or groups) that hold item i under the attack's condition: at
    /// least m visits, or a visit count or share within the tolerance of the user's. Writes <c>others</c>: the number of
    /// compatible users other than the user (an upper bound where order or proportions are checked later).
    /// </summary>
    private ReadOnlySpan<int> Filter(ReadOnlySpan<int> candidates, bool all, int i, int m, int depth, out long others)
    {
        if (usingGroups)
        {
            return FilterGroups(candidates, all, unitBase[i] + (multiset ? m - 1 : 0), depth, out others);
        }

        var key = items[i];
        var start = index.KeyStart[key];
        var users = index.KeyUsers.AsSpan(start, index.KeyStart[key + 1] - start);
        var counts = index.KeyCounts.AsSpan(start, users.Length);
        var trivial = m == 1 && options.Attack is not (MobilityAttack.LocationFrequency or MobilityAttack.LocationProbability);
        if (work > budget)
        {
            done = true;
            others = 1;
            return [];
        }

        if (all && trivial)
        {
            others = users.Length - 1;
            return users;
        }

        var output = Buffer(depth, index.UserCount);
        var own = itemCounts[i];
        var written = 0;
        if (all)
        {
            work += users.Length;
            for (var j = 0; j < users.Length; j++)
            {
                if (Accept(users[j], counts[j], own, m))
                {
                    output[written++] = users[j];
                }
            }
        }
        else if ((long)candidates.Length * 16 < users.Length)
        {
            // Gallop through the posting list for each (much rarer) candidate.
            work += candidates.Length * 8L;
            var low = 0;
            foreach (var v in candidates)
            {
                low = SortedSets.LowerBound(users, low, v);
                if (low == users.Length)
                {
                    break;
                }

                if (users[low] == v && (trivial || Accept(v, counts[low], own, m)))
                {
                    output[written++] = v;
                }
            }
        }
        else
        {
            work += candidates.Length + users.Length;
            int a = 0, b = 0;
            while (a < candidates.Length && b < users.Length)
            {
                var x = candidates[a];
                var y = users[b];
                if (x < y)
                {
                    a++;
                }
                else if (x > y)
                {
                    b++;
                }
                else
                {
                    if (trivial || Accept(x, counts[b], own, m))
                    {
                        output[written++] = x;
                    }

                    a++;
                    b++;
                }
            }
        }

        others = written - 1; // the user is always compatible with its own data
        return output.AsSpan(0, written);
    }

    private ReadOnlySpan<int> FilterGroups(ReadOnlySpan<int> candidates, bool all, int bit, int depth, out long others)
    {
        var masks = CollectionsMarshal.AsSpan(groupMask);
        var weights = CollectionsMarshal.AsSpan(groupWeight);
        var output = Buffer(depth, masks.Length);
        var written = 0;
        long weight = 0;
        var want = UInt128.One << bit;
        if (all)
        {
            for (var g = 0; g < masks.Length; g++)
            {
                if ((masks[g] & want) != UInt128.Zero)
                {
                    output[written++] = g;
                    weight += weights[g];
                }
            }
        }
        else
        {
            foreach (var g in candidates)
            {
                if ((masks[g] & want) != UInt128.Zero)
                {
                    output[written++] = g;
                    weight += weights[g];
                }
            }
        }

        others = weight;
        return output.AsSpan(0, written);
    }

    /// <summary>
    /// One pass over the user's posting lists: every other user's mask of the user's units it holds (unit (i, j): at
    /// least j visits to key i, j up to the instance length; or key i within the tolerance), grouped by mask. Groups with
    /// fewer than <paramref name="length"/> units are dropped: they hold no complete instance.
    /// </summary>
    /// <returns>False when the units do not fit in a mask.</returns>
    private bool PrepareGroups(int length)
    {
        var units = 0;
        for (var i = 0; i < itemCount; i++)
        {
            unitBase[i] = units;
            units += multiset ? Math.Min(itemCounts[i], length) : 1;
            if (units > MaskBits)
            {
                return false;
            }
        }

        var touchedCount = 0;
        for (var i = 0; i < itemCount; i++)
        {
            var key = items[i];
            var start = index.KeyStart[key];
            var end = index.KeyStart[key + 1];
            var own = itemCounts[i];
            var most = multiset ? Math.Min(own, length) : 1;
            for (var j = start; j < end; j++)
            {
                var v = index.KeyUsers[j];
                if (v == user)
                {
                    continue;
                }

                var count = index.KeyCounts[j];
                UInt128 bits;
                if (multiset)
                {
                    var held = Math.Min(count, most);
                    bits = ((UInt128.One << held) - UInt128.One) << unitBase[i];
                }
                else if (Accept(v, count, own, 1))
                {
                    bits = UInt128.One << unitBase[i];
                }
                else
                {
                    continue;
                }

                if (neighbourMask[v] == UInt128.Zero)
                {
                    touched[touchedCount++] = v;
                }

                neighbourMask[v] |= bits;
            }
        }

        groupOf.Clear();
        groupMask.Clear();
        groupWeight.Clear();
        groupMembers.Clear();
        for (var t = 0; t < touchedCount; t++)
        {
            var v = touched[t];
            var mask = neighbourMask[v];
            neighbourMask[v] = UInt128.Zero;
            if (PopCount(mask) < length)
            {
                continue;
            }

            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(groupOf, mask, out var exists);
            if (!exists)
            {
                slot = groupMask.Count;
                groupMask.Add(mask);
                groupWeight.Add(0);
            }

            groupWeight[slot]++;
            if (verifyEach)
            {
                groupMembers.Add((slot, v));
            }
        }

        if (verifyEach)
        {
            // Members grouped by group, users ascending within a group.
            var groups = groupMask.Count;
            Grow(ref memberStart, groups + 1);
            Grow(ref members, groupMembers.Count);
            Array.Clear(memberStart, 0, groups + 1);
            foreach (var (g, _) in groupMembers)
            {
                memberStart[g + 1]++;
            }

            for (var g = 0; g < groups; g++)
            {
                memberStart[g + 1] += memberStart[g];
            }

            var next = memberStart.AsSpan(0, groups).ToArray();
            groupMembers.Sort();
            foreach (var (g, v) in groupMembers)
            {
                members[next[g]++] = v;
            }
        }

        return true;
    }

    /// <summary>scikit-mobility's per-place conditions, with its floating-point arithmetic.</summary>
    private bool Accept(int v, int count, int own, int m)
    {
        var t = options.Tolerance;
        switch (options.Attack)
        {
            case MobilityAttack.LocationFrequency:
            {
                double f = count, instance = own;
                return instance >= f - (f * t) && instance <= f + (f * t);
            }

            case MobilityAttack.LocationProbability:
            {
                var p = (double)count / totals[v];
                var instance = (double)own / totals[user];
                return instance >= p - (p * t) && instance <= p + (p * t);
            }

            default:
                return count >= m;
        }
    }

    /// <summary>
    /// The proportion attack's condition: for each place of the instance, the user's count over the instance's largest
    /// count, and the candidate's count over its largest count at those places, agree within the tolerance.
    /// </summary>
    private bool ProportionsMatch(int v, int depth)
    {
        Grow(ref verifyCounts, depth);
        int ownMax = 0, otherMax = 0;
        for (var d = 0; d < depth; d++)
        {
            var i = chosenItem[d];
            ownMax = Math.Max(ownMax, itemCounts[i]);
            var c = verifyCounts[d] = index.CountOf(v, items[i]);
            otherMax = Math.Max(otherMax, c);
        }

        if (otherMax == 0)
        {
            return false;
        }

        var t = options.Tolerance;
        for (var d = 0; d < depth; d++)
        {
            var instance = (double)itemCounts[chosenItem[d]] / ownMax;
            var q = (double)verifyCounts[d] / otherMax;
            if (!(instance >= q - (q * t) && instance <= q + (q * t)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the instance's places, in order, are a subsequence of the candidate's visits: greedy, by binary search.</summary>
    private bool IsSubsequence(int v, int depth)
    {
        var position = -1;
        for (var d = 0; d < depth; d++)
        {
            var entry = EntryOf(v, items[chosenItem[d]]);
            if (entry < 0)
            {
                return false;
            }

            var from = occurrenceStart![entry];
            var visits = positions.AsSpan(from, occurrenceStart[entry + 1] - from);
            var next = SortedSets.LowerBound(visits, 0, position + 1);
            if (next == visits.Length)
            {
                return false;
            }

            position = visits[next];
        }

        return true;
    }

    /// <summary>The entry of a user's key in the index's user rows, or −1.</summary>
    private int EntryOf(int v, int key)
    {
        var from = index.UserStart[v];
        var at = index.UserKeys.AsSpan(from, index.UserStart[v + 1] - from).BinarySearch(key);
        return at >= 0 ? from + at : -1;
    }

    private int[] Buffer(int depth, int size)
    {
        while (buffers.Count <= depth)
        {
            buffers.Add(new int[Math.Max(64, size)]);
        }

        if (buffers[depth].Length < size)
        {
            buffers[depth] = new int[size];
        }

        return buffers[depth];
    }

    private static int[] DepthBuffer(List<int[]> list, int depth, int size)
    {
        while (list.Count <= depth)
        {
            list.Add(new int[Math.Max(64, size)]);
        }

        if (list[depth].Length < size)
        {
            list[depth] = new int[size * 2];
        }

        return list[depth];
    }

    private static void Grow(ref int[] array, int size)
    {
        if (array.Length < size)
        {
            array = new int[Math.Max(size, array.Length * 2)];
        }
    }
}

/// <summary>How <see cref="AttackSearch"/> holds compatible users (tests force each way; the default picks per user).</summary>
internal enum AttackSearchMode
{
    /// <summary>Lists of users first, then counting from the neighbours' side when the lists take too long.</summary>
    Automatic,

    /// <summary>Counting from the neighbours' side whenever the user fits its packing.</summary>
    Neighbours,

    /// <summary>Lists of users only.</summary>
    Lists,

    /// <summary>Neighbour groups whenever the units fit in a mask.</summary>
    Groups,
}
