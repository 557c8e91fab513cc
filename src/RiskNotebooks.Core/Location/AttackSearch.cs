namespace RiskNotebooks.Location;

/// <summary>
/// One worker's search for a user's most revealing knowledge instance: the fewest users compatible with any instance of
/// length k drawn from the user's data.
/// </summary>
/// <remarks>
/// <para>
/// Instances are enumerated depth first over the user's distinct keys (places, or place-time pairs) sorted rarest first;
/// the users compatible with a prefix are the intersection of the keys' posting lists, filtered by the attack's condition
/// (at least m visits, a frequency or a share within the tolerance), so each level works on a shrinking candidate list.
/// Instances that are the same multiset (or, for the sequence attack, the same sequence) are enumerated once:
/// scikit-mobility's maximum over combinations of records takes the same value over them. The search stops when only
/// the user is left (risk 1, the maximum), and never stops early otherwise, so the minimum is exact.
/// </para>
/// <para>
/// The proportion attack (relative counts depend on the whole instance) and the sequence attack (order) check their full
/// condition only at a complete instance, on candidates already filtered by containment; a prefix compatible with the
/// user alone still ends the search, because the user is always compatible with its own data.
/// </para>
/// </remarks>
internal sealed class AttackSearch
{
    private readonly AttackOptions options;
    private readonly KeyedCounts index;
    private readonly int[] visitCell;
    private readonly int[] recordStart;
    private readonly int[] totals;
    private readonly int maxPosting;
    private readonly List<int[]> buffers = [];
    private int[] items = new int[64];
    private int[] itemCounts = new int[64];
    private int[] capacity = new int[65];
    private int[] chosenItem = new int[64];
    private int[] chosenCount = new int[64];
    private int[] sequence = new int[256];
    private int[] stamp = new int[64];
    private int[] firstAt = new int[64];
    private int[] need = new int[64];
    private int[] verifyCounts = new int[64];
    private int stampValue;
    private int user;
    private int itemCount;
    private int best;
    private int bestLength;
    private bool done;

    internal AttackSearch(AttackOptions options, KeyedCounts index, int[] visitCell, int[] recordStart, int[] totals, int maxPosting, int cells)
    {
        this.options = options;
        this.index = index;
        this.visitCell = visitCell;
        this.recordStart = recordStart;
        this.totals = totals;
        this.maxPosting = maxPosting;
        Unique = new int[cells];
        AtRisk = new int[cells];
    }

    /// <summary>Per cell, unique users whose most revealing instance includes it (this worker's share).</summary>
    internal int[] Unique { get; }

    /// <summary>Per cell, users at risk whose most revealing instance includes it.</summary>
    internal int[] AtRisk { get; }

    /// <summary>The cells of the most revealing instance found last (its identifying prefix when the search stopped early).</summary>
    internal int[] BestCells { get; private set; } = new int[64];

    internal int BestCellCount => bestLength;

    /// <summary>The fewest users compatible with any instance of the user's knowledge (at least 1: the user).</summary>
    internal int Search(int user)
    {
        this.user = user;
        var from = index.UserStart[user];
        itemCount = index.UserStart[user + 1] - from;
        Grow(ref items, itemCount);
        Grow(ref itemCounts, itemCount);
        Grow(ref capacity, itemCount + 1);
        Grow(ref need, itemCount);
        Grow(ref stamp, itemCount);
        Grow(ref firstAt, itemCount);

        // Rarest keys first: the first branches find small candidate lists, and often the user alone.
        var order = items.AsSpan(0, itemCount);
        for (var i = 0; i < itemCount; i++)
        {
            order[i] = from + i;
        }

        order.Sort((a, b) =>
        {
            var c = index.PostingLength(index.UserKeys[a]).CompareTo(index.PostingLength(index.UserKeys[b]));
            return c != 0 ? c : index.UserKeys[a].CompareTo(index.UserKeys[b]);
        });
        for (var i = 0; i < itemCount; i++)
        {
            var slot = order[i];
            items[i] = index.UserKeys[slot];
            itemCounts[i] = index.UserCounts[slot];
        }

        var records = recordStart[user + 1] - recordStart[user];
        var attack = options.Attack;
        var byRecords = attack is MobilityAttack.Location or MobilityAttack.LocationTime or MobilityAttack.LocationSequence;
        var length = Math.Min(options.KnowledgeLength, byRecords ? records : itemCount);
        Grow(ref chosenItem, length);
        Grow(ref chosenCount, length);
        best = int.MaxValue;
        bestLength = 0;
        done = false;
        if (attack == MobilityAttack.LocationSequence)
        {
            PrepareSequence(records);
            Sequence(0, length, default, 0);
        }
        else
        {
            var multiset = attack is MobilityAttack.Location or MobilityAttack.LocationTime;
            capacity[itemCount] = 0;
            for (var i = itemCount - 1; i >= 0; i--)
            {
                capacity[i] = capacity[i + 1] + (multiset ? itemCounts[i] : 1);
            }

            Combinations(0, length, default, 0, multiset);
        }

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

    /// <summary>Multisets (or sets) of the user's keys of the given size, as choices of a count for each key in order.</summary>
    private void Combinations(int start, int remaining, ReadOnlySpan<int> candidates, int depth, bool multiset)
    {
        for (var i = start; i < itemCount && capacity[i] >= remaining; i++)
        {
            var most = multiset ? Math.Min(itemCounts[i], remaining) : 1;
            var current = candidates;
            for (var m = 1; m <= most; m++)
            {
                var next = Filter(current, depth == 0 && m == 1, items[i], m, depth);
                chosenItem[depth] = i;
                chosenCount[depth] = m;
                var left = remaining - m;
                if (left == 0)
                {
                    Complete(next, depth + 1);
                }
                else if (capacity[i + 1] >= left)
                {
                    if (next.Length == 1)
                    {
                        Record(1, depth + 1); // only the user is left, whatever completes the instance
                    }
                    else
                    {
                        Combinations(i + 1, left, next, depth + 1, multiset);
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
        var records = recordStart[user + 1] - recordStart[user];
        var value = ++stampValue;
        var childStart = ChildBuffer(depth);
        var children = 0;
        for (var j = position; j < records; j++)
        {
            var item = sequence[j];
            if (stamp[item] != value)
            {
                stamp[item] = value;
                firstAt[item] = j;
                childStart[children++] = item;
            }
        }

        var kids = childStart.AsSpan(0, children);
        kids.Sort(); // item numbers are ranks by rarity
        var positions = PositionBuffer(depth);
        for (var c = 0; c < children; c++)
        {
            positions[c] = firstAt[kids[c]];
        }

        for (var c = 0; c < children; c++)
        {
            var item = kids[c];
            var at = positions[c];
            if (records - 1 - at < remaining - 1)
            {
                continue;
            }

            need[item]++;
            var next = Filter(candidates, depth == 0 && need[item] == 1, items[item], need[item], depth);
            chosenItem[depth] = item;
            chosenCount[depth] = 1;
            if (remaining == 1)
            {
                Complete(next, depth + 1);
            }
            else if (next.Length == 1)
            {
                Record(1, depth + 1);
            }
            else
            {
                Sequence(at + 1, remaining - 1, next, depth + 1);
            }

            need[item]--;
            if (done)
            {
                return;
            }
        }
    }

    /// <summary>A complete instance: count the compatible users (checking order or proportions where they apply).</summary>
    private void Complete(ReadOnlySpan<int> candidates, int depth)
    {
        var count = candidates.Length;
        if (count > 1 && options.Attack == MobilityAttack.LocationSequence)
        {
            count = 0;
            foreach (var v in candidates)
            {
                count += IsSubsequence(v, depth) ? 1 : 0;
            }
        }
        else if (count > 1 && options.Attack == MobilityAttack.LocationProportion)
        {
            count = 0;
            foreach (var v in candidates)
            {
                count += ProportionsMatch(v, depth) ? 1 : 0;
            }
        }

        Record(count, depth);
    }

    private void Record(int count, int depth)
    {
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
    /// The candidates (or, at the first level, all users) that hold the key under the attack's condition: at least m
    /// visits, or a visit count or share within the tolerance of the user's.
    /// </summary>
    private ReadOnlySpan<int> Filter(ReadOnlySpan<int> candidates, bool all, int key, int m, int depth)
    {
        var start = index.KeyStart[key];
        var users = index.KeyUsers.AsSpan(start, index.KeyStart[key + 1] - start);
        var counts = index.KeyCounts.AsSpan(start, users.Length);
        var attack = options.Attack;
        var trivial = m == 1 && attack is not (MobilityAttack.LocationFrequency or MobilityAttack.LocationProbability);
        if (all && trivial)
        {
            return users;
        }

        var output = Buffer(depth);
        var own = index.CountOf(user, key);
        var written = 0;
        if (all)
        {
            for (var i = 0; i < users.Length; i++)
            {
                if (Accept(users[i], counts[i], own, m))
                {
                    output[written++] = users[i];
                }
            }

            return output.AsSpan(0, written);
        }

        // Intersect the (short) candidate list with the posting list, galloping when it is much shorter.
        if ((long)candidates.Length * 16 < users.Length)
        {
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

        return output.AsSpan(0, written);
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

    /// <summary>Whether the instance's places, in order, are a subsequence of the candidate's places in time order.</summary>
    private bool IsSubsequence(int v, int depth)
    {
        var d = 0;
        var want = index.KeyCell[items[chosenItem[0]]];
        for (var j = recordStart[v]; j < recordStart[v + 1]; j++)
        {
            if (visitCell[j] == want)
            {
                if (++d == depth)
                {
                    return true;
                }

                want = index.KeyCell[items[chosenItem[d]]];
            }
        }

        return false;
    }

    /// <summary>The user's records as ranks of their places among the user's keys sorted by rarity.</summary>
    private void PrepareSequence(int records)
    {
        Grow(ref sequence, records);
        var rank = new Dictionary<int, int>(itemCount);
        for (var i = 0; i < itemCount; i++)
        {
            rank[index.KeyCell[items[i]]] = i;
            need[i] = 0;
        }

        var first = recordStart[user];
        for (var j = 0; j < records; j++)
        {
            sequence[j] = rank[visitCell[first + j]];
        }
    }

    private int[] Buffer(int depth)
    {
        while (buffers.Count <= depth)
        {
            buffers.Add(new int[maxPosting]);
        }

        return buffers[depth];
    }

    private readonly List<int[]> childBuffers = [];
    private readonly List<int[]> positionBuffers = [];

    private int[] ChildBuffer(int depth) => DepthBuffer(childBuffers, depth, itemCount);

    private int[] PositionBuffer(int depth) => DepthBuffer(positionBuffers, depth, itemCount);

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
