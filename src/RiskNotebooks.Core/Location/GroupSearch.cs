using System.Runtime.InteropServices;

namespace RiskNotebooks.Location;

/// <summary>
/// Compatible users held as weighted groups of neighbours: one pass over the target's posting lists gives every other
/// user a bit mask of the target's units it holds, and users with the same mask are one group.
/// </summary>
/// <remarks>
/// A unit is a key and a visit count (at least j visits to key i, j up to the instance length), or a key within the
/// tolerance for the frequency and probability attacks. Groups holding fewer units than the instance length can never be
/// compatible and are dropped; the enumeration then filters a few hundred groups with bit tests instead of thousands of
/// users with intersections. The proportion and sequence attacks check their full condition member by member.
/// </remarks>
internal sealed class GroupSearch(AttackTarget target) : InstanceEnumeration(target)
{
    private readonly List<int[]> buffers = [];
    private readonly Dictionary<UInt128, int> groupOf = [];
    private readonly List<UInt128> groupMask = [];
    private readonly List<int> groupWeight = [];
    private readonly List<(int Group, int User)> groupMembers = [];
    private int[] memberStart = new int[64];
    private int[] members = new int[64];
    private int[] unitBase = new int[64];

    /// <summary>Groups the target's neighbours by the mask of units they hold.</summary>
    /// <returns>False when the units do not fit in a mask.</returns>
    internal bool Prepare(int length)
    {
        var target = Target;
        var itemCount = target.ItemCount;
        var itemCounts = target.ItemCounts;
        var multiset = target.Multiset;
        AttackTarget.Grow(ref unitBase, itemCount + 1);
        var units = 0;
        for (var i = 0; i < itemCount; i++)
        {
            unitBase[i] = units;
            units += multiset ? Math.Min(itemCounts[i], length) : 1;
            if (units > AttackTarget.MaskBits)
            {
                return false;
            }
        }

        var touchedCount = MarkNeighbours(length);
        GroupByMask(touchedCount, length);
        if (target.VerifyEach)
        {
            ListMembers();
        }

        return true;
    }

    /// <inheritdoc/>
    protected override ReadOnlySpan<int> Filter(ReadOnlySpan<int> candidates, bool all, int i, int m, int depth, out long others)
    {
        var bit = unitBase[i] + (Target.Multiset ? m - 1 : 0);
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

    /// <inheritdoc/>
    protected override long CountVerified(ReadOnlySpan<int> candidates, int depth)
    {
        long count = 1;
        foreach (var g in candidates)
        {
            foreach (var v in members.AsSpan(memberStart[g], memberStart[g + 1] - memberStart[g]))
            {
                count += Verify(v, depth) ? 1 : 0;
            }

            if (count >= Target.Best)
            {
                break;
            }
        }

        return count;
    }

    /// <summary>One pass over the target's posting lists: every other user's mask of the target's units it holds.</summary>
    /// <returns>The number of users touched (listed in <see cref="AttackTarget.Touched"/>).</returns>
    private int MarkNeighbours(int length)
    {
        var target = Target;
        var index = target.Index;
        var neighbourMask = target.NeighbourMask;
        var touched = target.Touched;
        var multiset = target.Multiset;
        var user = target.User;
        var touchedCount = 0;
        for (var i = 0; i < target.ItemCount; i++)
        {
            var key = target.Items[i];
            var start = index.KeyStart[key];
            var end = index.KeyStart[key + 1];
            var own = target.ItemCounts[i];
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
                else if (target.Accept(v, count, own, 1))
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

        return touchedCount;
    }

    /// <summary>Groups the touched users by mask (clearing their masks), dropping those with fewer than <paramref name="length"/> units.</summary>
    private void GroupByMask(int touchedCount, int length)
    {
        var neighbourMask = Target.NeighbourMask;
        var touched = Target.Touched;
        var verifyEach = Target.VerifyEach;
        groupOf.Clear();
        groupMask.Clear();
        groupWeight.Clear();
        groupMembers.Clear();
        for (var t = 0; t < touchedCount; t++)
        {
            var v = touched[t];
            var mask = neighbourMask[v];
            neighbourMask[v] = UInt128.Zero;
            if (AttackTarget.PopCount(mask) < length)
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
    }

    /// <summary>Members grouped by group, users ascending within a group (for the checks member by member).</summary>
    private void ListMembers()
    {
        var groups = groupMask.Count;
        AttackTarget.Grow(ref memberStart, groups + 1);
        AttackTarget.Grow(ref members, groupMembers.Count);
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
}
