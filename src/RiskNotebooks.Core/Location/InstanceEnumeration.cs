namespace RiskNotebooks.Location;

/// <summary>
/// The depth-first enumeration of the target's distinct instances that <see cref="ListSearch"/> and
/// <see cref="GroupSearch"/> share: each level chooses a key (and a visit count) and narrows the compatible users; the
/// two differ only in how they hold those users.
/// </summary>
/// <remarks>
/// Instances are enumerated over the target's distinct keys sorted rarest first, each distinct instance once: a multiset
/// of keys (a count per key), a set, or for the sequence attack a distinct subsequence at its leftmost occurrence. The
/// search stops when only the target is left (risk 1, the maximum) and never stops early otherwise, so the minimum is
/// exact; a strategy with a budget stops when its work exceeds it, and the caller then tries another.
/// </remarks>
internal abstract class InstanceEnumeration
{
    private readonly List<int[]> childBuffers = [];
    private readonly List<int[]> positionBuffers = [];
    private int[] capacity = new int[65];
    private int[] chosenItem = new int[64];
    private int[] stamp = new int[64];
    private int[] firstAt = new int[64];
    private int[] need = new int[64];
    private int[] verifyCounts = new int[64];
    private int stampValue;

    protected InstanceEnumeration(AttackTarget target) => Target = target;

    /// <summary>The work done by the last run, in posting-list entries visited (lists only).</summary>
    internal long Work { get; private protected set; }

    protected AttackTarget Target { get; }

    /// <summary>The most work the current run may do before it gives up.</summary>
    protected long Budget { get; private set; }

    /// <summary>Searches the target's instances of the given length for the fewest compatible users, into the target's best.</summary>
    internal void Run(int length, long budget)
    {
        var target = Target;
        var itemCount = target.ItemCount;
        Budget = budget;
        target.ResetBest();
        Work = 0;
        AttackTarget.Grow(ref chosenItem, length);
        if (target.Options.Attack == MobilityAttack.LocationSequence)
        {
            AttackTarget.Grow(ref need, itemCount);
            AttackTarget.Grow(ref stamp, itemCount);
            AttackTarget.Grow(ref firstAt, itemCount);
            for (var i = 0; i < itemCount; i++)
            {
                need[i] = 0;
            }

            if ((long)(target.Records + 1) * itemCount <= (1 << 22))
            {
                target.PrepareNextVisits();
            }

            Sequence(0, length, default, 0);
        }
        else
        {
            AttackTarget.Grow(ref capacity, itemCount + 1);
            var itemCounts = target.ItemCounts;
            capacity[itemCount] = 0;
            for (var i = itemCount - 1; i >= 0; i--)
            {
                capacity[i] = capacity[i + 1] + (target.Multiset ? itemCounts[i] : 1);
            }

            Combinations(0, length, default, 0);
        }
    }

    /// <summary>
    /// The candidates (or, at the first level, all users or groups) that hold item i under the attack's condition: at
    /// least m visits, or a visit count or share within the tolerance of the target's. Writes <c>others</c>: the number of
    /// compatible users other than the target (an upper bound where order or proportions are checked later).
    /// </summary>
    protected abstract ReadOnlySpan<int> Filter(ReadOnlySpan<int> candidates, bool all, int i, int m, int depth, out long others);

    /// <summary>
    /// One plus the candidates that meet the attack's full condition on the chosen instance; may stop once the count
    /// reaches the target's best.
    /// </summary>
    protected abstract long CountVerified(ReadOnlySpan<int> candidates, int depth);

    /// <summary>Whether user v meets the full condition (order, or proportions) on the chosen instance.</summary>
    protected bool Verify(int v, int depth) => Target.Options.Attack == MobilityAttack.LocationSequence ? IsSubsequence(v, depth) : ProportionsMatch(v, depth);

    /// <summary>Multisets (or sets) of the target's keys of the given size, as choices of a count for each key in order.</summary>
    private void Combinations(int start, int remaining, ReadOnlySpan<int> candidates, int depth)
    {
        var target = Target;
        var itemCount = target.ItemCount;
        var itemCounts = target.ItemCounts;
        var multiset = target.Multiset;
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
                        Record(1, depth + 1); // only the target is left, whatever completes the instance
                    }
                    else
                    {
                        Combinations(i + 1, left, next, depth + 1);
                    }
                }

                if (target.Done)
                {
                    return;
                }

                current = next;
            }
        }
    }

    /// <summary>Distinct subsequences of the target's places of the given length, each at its leftmost occurrence.</summary>
    private void Sequence(int position, int remaining, ReadOnlySpan<int> candidates, int depth)
    {
        // Children: each place visited at or after the position, at its first visit there, rarest places first.
        var target = Target;
        var itemCount = target.ItemCount;
        var records = target.Records;
        var kids = AttackTarget.DepthBuffer(childBuffers, depth, itemCount);
        var at = AttackTarget.DepthBuffer(positionBuffers, depth, itemCount);
        var children = 0;
        if (target.NextVisitReady)
        {
            var row = target.NextVisit.AsSpan(position * itemCount, itemCount);
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
            var sequence = target.Sequence;
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
            if (target.Done)
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
        if (others > 0 && Target.VerifyEach && depth > 1)
        {
            count = CountVerified(candidates, depth);
        }

        Record((int)Math.Min(int.MaxValue, count), depth);
    }

    private void Record(int count, int depth)
    {
        if (Work > Budget)
        {
            Target.Done = true;
            return;
        }

        Target.Improve(count, chosenItem.AsSpan(0, depth));
    }

    /// <summary>
    /// The proportion attack's condition: for each place of the instance, the target's count over the instance's largest
    /// count, and the candidate's count over its largest count at those places, agree within the tolerance.
    /// </summary>
    private bool ProportionsMatch(int v, int depth)
    {
        var target = Target;
        var itemCounts = target.ItemCounts;
        AttackTarget.Grow(ref verifyCounts, depth);
        int ownMax = 0, otherMax = 0;
        for (var d = 0; d < depth; d++)
        {
            var i = chosenItem[d];
            ownMax = Math.Max(ownMax, itemCounts[i]);
            var c = verifyCounts[d] = target.Index.CountOf(v, target.Items[i]);
            otherMax = Math.Max(otherMax, c);
        }

        if (otherMax == 0)
        {
            return false;
        }

        var t = target.Options.Tolerance;
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
        var target = Target;
        var occurrenceStart = target.OccurrenceStart!;
        var position = -1;
        for (var d = 0; d < depth; d++)
        {
            var entry = target.EntryOf(v, target.Items[chosenItem[d]]);
            if (entry < 0)
            {
                return false;
            }

            var from = occurrenceStart[entry];
            var visits = target.Positions.AsSpan(from, occurrenceStart[entry + 1] - from);
            var next = SortedSets.LowerBound(visits, 0, position + 1);
            if (next == visits.Length)
            {
                return false;
            }

            position = visits[next];
        }

        return true;
    }
}
