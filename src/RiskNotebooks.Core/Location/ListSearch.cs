namespace RiskNotebooks.Location;

/// <summary>
/// Compatible users held as lists, filtered by intersecting posting lists (place → users with visit counts), rarest
/// first: most users are singled out after a few intersections.
/// </summary>
/// <remarks>
/// Work is counted in posting-list entries visited; with a budget (about one pass over the target's posting lists) the
/// search gives up when it would take longer, and <see cref="AttackSearch"/> counts from the neighbours' side instead.
/// </remarks>
internal sealed class ListSearch(AttackTarget target) : InstanceEnumeration(target)
{
    private readonly List<int[]> buffers = [];

    /// <inheritdoc/>
    protected override ReadOnlySpan<int> Filter(ReadOnlySpan<int> candidates, bool all, int i, int m, int depth, out long others)
    {
        var target = Target;
        var index = target.Index;
        var key = target.Items[i];
        var start = index.KeyStart[key];
        var users = index.KeyUsers.AsSpan(start, index.KeyStart[key + 1] - start);
        var counts = index.KeyCounts.AsSpan(start, users.Length);
        var trivial = m == 1 && target.Options.Attack is not (MobilityAttack.LocationFrequency or MobilityAttack.LocationProbability);
        if (Work > Budget)
        {
            target.Done = true;
            others = 1;
            return [];
        }

        if (all && trivial)
        {
            others = users.Length - 1;
            return users;
        }

        var output = Buffer(depth, index.UserCount);
        var own = target.ItemCounts[i];
        var written = 0;
        if (all)
        {
            Work += users.Length;
            for (var j = 0; j < users.Length; j++)
            {
                if (target.Accept(users[j], counts[j], own, m))
                {
                    output[written++] = users[j];
                }
            }
        }
        else if ((long)candidates.Length * 16 < users.Length)
        {
            // Gallop through the posting list for each (much rarer) candidate.
            Work += candidates.Length * 8L;
            var low = 0;
            foreach (var v in candidates)
            {
                low = SortedSets.LowerBound(users, low, v);
                if (low == users.Length)
                {
                    break;
                }

                if (users[low] == v && (trivial || target.Accept(v, counts[low], own, m)))
                {
                    output[written++] = v;
                }
            }
        }
        else
        {
            Work += candidates.Length + users.Length;
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
                    if (trivial || target.Accept(x, counts[b], own, m))
                    {
                        output[written++] = x;
                    }

                    a++;
                    b++;
                }
            }
        }

        others = written - 1; // the target is always compatible with its own data
        return output.AsSpan(0, written);
    }

    /// <inheritdoc/>
    protected override long CountVerified(ReadOnlySpan<int> candidates, int depth)
    {
        var target = Target;
        var user = target.User;
        long count = 1;
        var work = Work;
        foreach (var v in candidates)
        {
            work++;
            count += v != user && Verify(v, depth) ? 1 : 0;
            if (count >= target.Best)
            {
                break;
            }
        }

        Work = work;
        return count;
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
