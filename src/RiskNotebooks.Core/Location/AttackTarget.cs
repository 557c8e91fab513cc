using System.Numerics;

namespace RiskNotebooks.Location;

/// <summary>
/// The shared core of the three ways <see cref="AttackSearch"/> counts compatible users: the user under attack (its keys
/// rarest first, its visits to each, its visits as ranks for the sequence attack), the attack's per-place condition, and
/// the most revealing instance found so far.
/// </summary>
/// <remarks>
/// One per worker, reused user after user; the strategies (<see cref="ListSearch"/>, <see cref="GroupSearch"/>,
/// <see cref="NeighbourCount"/>) read its arrays directly, as the search did when it was one class.
/// </remarks>
internal sealed class AttackTarget
{
    /// <summary>The most bits of a unit mask (a key and a visit count, up to the instance length).</summary>
    internal const int MaskBits = 128;

    internal readonly AttackOptions Options;
    internal readonly KeyedCounts Index;
    internal readonly int[]? OccurrenceStart;
    internal readonly int[]? Positions;

    /// <summary>Whether instances are multisets of keys (location, location-time, sequence) rather than sets.</summary>
    internal readonly bool Multiset;

    /// <summary>Whether the attack's full condition is checked on complete instances, user by user (sequence, proportion).</summary>
    internal readonly bool VerifyEach;

    /// <summary>Per user, the mask of the target's units the user holds; zero between uses (shared by groups and neighbours).</summary>
    internal readonly UInt128[] NeighbourMask;

    /// <summary>The users whose mask the last pass set.</summary>
    internal readonly int[] Touched;

    /// <summary>The target's keys, rarest first, and its visits to each.</summary>
    internal int[] Items = new int[64];
    internal int[] ItemCounts = new int[64];

    /// <summary>For the sequence attack, the target's visits as ranks into <see cref="Items"/>.</summary>
    internal int[] Sequence = new int[256];

    /// <summary>The first visit at or after each position to each of the target's keys (one row of ranks per position), when ready.</summary>
    internal int[] NextVisit = [];
    internal bool NextVisitReady;

    internal int User;
    internal int ItemCount;
    internal int Records;

    /// <summary>The fewest compatible users found so far; <see cref="Done"/> once the search can stop.</summary>
    internal int Best;
    internal int BestLength;
    internal bool Done;

    private readonly int[] recordStart;
    private readonly int[] totals;
    private long[] sortKeys = new long[64];

    internal AttackTarget(AttackOptions options, KeyedCounts index, int[] recordStart, int[] totals, (int[], int[])? occurrences)
    {
        Options = options;
        Index = index;
        this.recordStart = recordStart;
        this.totals = totals;
        OccurrenceStart = occurrences?.Item1;
        Positions = occurrences?.Item2;
        Multiset = options.Attack is MobilityAttack.Location or MobilityAttack.LocationTime or MobilityAttack.LocationSequence;
        VerifyEach = options.Attack is MobilityAttack.LocationSequence or MobilityAttack.LocationProportion;
        NeighbourMask = new UInt128[index.UserCount];
        Touched = new int[index.UserCount];
    }

    /// <summary>The cells of the most revealing instance found (its identifying prefix when the search stopped early).</summary>
    internal int[] BestCells { get; private set; } = new int[64];

    /// <summary>The user's keys, rarest first, with the user's visits to each; for the sequence attack, its visits as ranks.</summary>
    internal void Prepare(int user)
    {
        User = user;
        NextVisitReady = false;
        var index = Index;
        var from = index.UserStart[user];
        ItemCount = index.UserStart[user + 1] - from;
        Records = recordStart[user + 1] - recordStart[user];
        Grow(ref Items, ItemCount);
        Grow(ref ItemCounts, ItemCount);
        if (sortKeys.Length < ItemCount)
        {
            sortKeys = new long[ItemCount * 2];
        }

        var keys = sortKeys.AsSpan(0, ItemCount);
        for (var i = 0; i < ItemCount; i++)
        {
            keys[i] = ((long)index.PostingLength(index.UserKeys[from + i]) << 32) | (uint)i;
        }

        keys.Sort();
        for (var i = 0; i < ItemCount; i++)
        {
            var slot = from + (int)(keys[i] & uint.MaxValue);
            Items[i] = index.UserKeys[slot];
            ItemCounts[i] = index.UserCounts[slot];
        }

        if (Options.Attack == MobilityAttack.LocationSequence)
        {
            Grow(ref Sequence, Records);

            // The user's own occurrence lists give each visit's position: write the rank of its key there.
            for (var i = 0; i < ItemCount; i++)
            {
                var entry = EntryOf(user, Items[i]);
                for (var o = OccurrenceStart![entry]; o < OccurrenceStart[entry + 1]; o++)
                {
                    Sequence[Positions![o]] = i;
                }
            }
        }
    }

    /// <summary>Builds the next-visit table once per user (see <see cref="NextVisit"/>).</summary>
    internal void PrepareNextVisits()
    {
        if (NextVisitReady)
        {
            return;
        }

        var itemCount = ItemCount;
        var records = Records;
        var size = (records + 1) * itemCount;
        if (NextVisit.Length < size)
        {
            NextVisit = new int[Math.Max(size, NextVisit.Length * 2)];
        }

        NextVisit.AsSpan(records * itemCount, itemCount).Fill(records);
        for (var p = records - 1; p >= 0; p--)
        {
            NextVisit.AsSpan((p + 1) * itemCount, itemCount).CopyTo(NextVisit.AsSpan(p * itemCount, itemCount));
            NextVisit[(p * itemCount) + Sequence[p]] = p;
        }

        NextVisitReady = true;
    }

    /// <summary>Forgets the best instance, before a strategy searches.</summary>
    internal void ResetBest()
    {
        Best = int.MaxValue;
        BestLength = 0;
        Done = false;
    }

    /// <summary>Keeps an instance (ranks into <see cref="Items"/>) if fewer users are compatible with it than with the best so far.</summary>
    internal void Improve(int count, ReadOnlySpan<int> chosen)
    {
        if (count >= Best)
        {
            return;
        }

        Best = count;
        BestLength = 0;
        if (BestCells.Length < chosen.Length)
        {
            BestCells = new int[chosen.Length * 2];
        }

        foreach (var i in chosen)
        {
            BestCells[BestLength++] = Index.KeyCell[Items[i]];
        }

        Done = Best == 1;
    }

    /// <summary>Sets the best instance to a packed one (a rank into <see cref="Items"/> per byte).</summary>
    internal void SetPacked(ulong key, int length, int count)
    {
        Best = count;
        BestLength = 0;
        if (BestCells.Length < length)
        {
            BestCells = new int[length * 2];
        }

        for (var d = 0; d < length; d++)
        {
            BestCells[BestLength++] = Index.KeyCell[Items[(int)((key >> (8 * d)) & 0xFF)]];
        }

        Done = count == 1;
    }

    /// <summary>scikit-mobility's per-place conditions, with its floating-point arithmetic.</summary>
    internal bool Accept(int v, int count, int own, int m)
    {
        var t = Options.Tolerance;
        switch (Options.Attack)
        {
            case MobilityAttack.LocationFrequency:
            {
                double f = count, instance = own;
                return instance >= f - (f * t) && instance <= f + (f * t);
            }

            case MobilityAttack.LocationProbability:
            {
                var p = (double)count / totals[v];
                var instance = (double)own / totals[User];
                return instance >= p - (p * t) && instance <= p + (p * t);
            }

            default:
                return count >= m;
        }
    }

    /// <summary>The entry of a user's key in the index's user rows, or −1.</summary>
    internal int EntryOf(int v, int key)
    {
        var from = Index.UserStart[v];
        var at = Index.UserKeys.AsSpan(from, Index.UserStart[v + 1] - from).BinarySearch(key);
        return at >= 0 ? from + at : -1;
    }

    /// <summary>The number of units a mask holds.</summary>
    internal static int PopCount(UInt128 mask) => BitOperations.PopCount((ulong)mask) + BitOperations.PopCount((ulong)(mask >> 64));

    /// <summary>Makes an array at least <paramref name="size"/> long, doubling; its contents are not kept.</summary>
    internal static void Grow(ref int[] array, int size)
    {
        if (array.Length < size)
        {
            array = new int[Math.Max(size, array.Length * 2)];
        }
    }

    /// <summary>A scratch array per recursion depth, at least <paramref name="size"/> long.</summary>
    internal static int[] DepthBuffer(List<int[]> list, int depth, int size)
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
}
