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
/// Three strategies over one shared core (<see cref="AttackTarget"/>: the user's keys and the best instance so far).
/// First, lists of users filtered by intersecting posting lists (<see cref="ListSearch"/>); most users are singled out
/// after a few intersections. When that takes more work than a budget (the sum of the user's posting lists), the search
/// counts from the neighbours' side instead (<see cref="NeighbourCount"/>); where the user does not fit its packing, it
/// holds the neighbours as weighted groups by the mask of the user's units they hold (<see cref="GroupSearch"/>), and
/// else goes back to lists without a budget.
/// </para>
/// <para>
/// The proportion attack (relative counts depend on the whole instance) and the sequence attack (order) check their full
/// condition only on complete instances, user by user; the sequence check is a binary search per element in the
/// candidate's visits to that place.
/// </para>
/// </remarks>
internal sealed class AttackSearch
{
    private readonly AttackSearchMode mode;
    private readonly AttackOptions options;
    private readonly AttackTarget target;
    private readonly ListSearch lists;
    private readonly GroupSearch groups;
    private readonly NeighbourCount neighbours;

    internal AttackSearch(AttackOptions options, KeyedCounts index, int[] recordStart, int[] totals, (int[], int[])? occurrences, int cells, AttackSearchMode mode = AttackSearchMode.Automatic)
    {
        this.mode = mode;
        this.options = options;
        target = new AttackTarget(options, index, recordStart, totals, occurrences);
        lists = new ListSearch(target);
        groups = new GroupSearch(target);
        neighbours = new NeighbourCount(target);
        Unique = new int[cells];
        AtRisk = new int[cells];
    }

    /// <summary>Per cell, unique users whose most revealing instance includes it (this worker's share).</summary>
    internal int[] Unique { get; }

    /// <summary>Per cell, users at risk whose most revealing instance includes it.</summary>
    internal int[] AtRisk { get; }

    /// <summary>The fewest users compatible with any instance of the user's knowledge (at least 1: the user).</summary>
    internal int Search(int user)
    {
        target.Prepare(user);
        var length = Math.Min(options.KnowledgeLength, target.Multiset ? target.Records : target.ItemCount);

        // First: filter lists of users, within a budget of about one pass over the user's posting lists.
        long postings = 0;
        for (var i = 0; i < target.ItemCount; i++)
        {
            postings += target.Index.PostingLength(target.Items[i]);
        }

        // Counting from the neighbours' side pays for the sequence attack only in the densest data: lists are 3-10 times
        // faster there (measured on 100,000 synthetic users), so the sequence attack keeps to lists unless told otherwise.
        var listsOnly = mode == AttackSearchMode.Lists || (mode == AttackSearchMode.Automatic && options.Attack == MobilityAttack.LocationSequence);
        var budget = listsOnly ? long.MaxValue : mode is AttackSearchMode.Groups or AttackSearchMode.Neighbours ? -1 : postings;
        if (budget >= 0)
        {
            lists.Run(length, budget);
            if (lists.Work <= budget)
            {
                return target.Best;
            }
        }

        // Then: count from the neighbours' side; else groups of neighbours by mask; else lists without a budget.
        if (mode != AttackSearchMode.Groups && neighbours.TryCount(length))
        {
            return target.Best;
        }

        if (groups.Prepare(length))
        {
            groups.Run(length, long.MaxValue);
            return target.Best;
        }

        lists.Run(length, long.MaxValue);
        return target.Best;
    }

    /// <summary>Adds the last search's instance to the per-cell counters.</summary>
    internal void Credit(double risk)
    {
        var cells = target.BestCells.AsSpan(0, target.BestLength);
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
