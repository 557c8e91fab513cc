namespace RiskNotebooks.Text;

/// <summary>
/// Keeps, among findings that overlap, the most confident (then the longest); identifiers and special-category terms are
/// resolved separately. Remembers where the last kept finding of each group ended, so a finding that a previous chunk
/// already covered is not reported again.
/// </summary>
/// <remarks>Findings are ordered by sorting 64-bit keys (start and index) rather than the findings themselves: a
/// primitive sort, no comparison delegate, and the two groups come out sorted and are merged in one pass.</remarks>
internal sealed class OverlapResolver
{
    private readonly List<Finding> identifiers = [];
    private readonly List<Finding> special = [];
    private readonly List<Finding> cluster = [];
    private readonly List<Finding> kept = [];
    private readonly List<Finding> output = [];
    private long[] keys = new long[256];
    private long identifiersEnd;
    private long specialEnd;

    /// <summary>Forgets the previous document.</summary>
    internal void Reset()
    {
        identifiersEnd = 0;
        specialEnd = 0;
    }

    internal List<Finding> Resolve(List<Finding> found, long windowStart, long ownedStart, long ownedEnd, double minimumConfidence)
    {
        ResolveGroup(found, windowStart, ownedStart, ownedEnd, minimumConfidence, specialGroup: false, identifiers, ref identifiersEnd);
        ResolveGroup(found, windowStart, ownedStart, ownedEnd, minimumConfidence, specialGroup: true, special, ref specialEnd);
        DropTermsInsideNames();

        // Merge the two sorted groups.
        output.Clear();
        int a = 0, b = 0;
        while (a < identifiers.Count || b < special.Count)
        {
            if (b == special.Count || (a < identifiers.Count && identifiers[a].Start <= special[b].Start))
            {
                output.Add(identifiers[a++]);
            }
            else
            {
                output.Add(special[b++]);
            }
        }

        return output;
    }

    /// <summary>A term inside a name is part of the name: "Church Lane" is a street, not a belief.</summary>
    private void DropTermsInsideNames()
    {
        if (special.Count == 0)
        {
            return;
        }

        // Identifiers do not overlap one another, so at most one can hold a term's start: walk them alongside the terms.
        var n = 0;
        var write = 0;
        for (var read = 0; read < special.Count; read++)
        {
            var f = special[read];
            while (n < identifiers.Count && identifiers[n].End <= f.Start)
            {
                n++;
            }

            if (n < identifiers.Count && identifiers[n].Start <= f.Start && f.End <= identifiers[n].End
                && identifiers[n].Type is EntityType.StreetAddress or EntityType.Person or EntityType.Location)
            {
                continue;
            }

            special[write++] = f;
        }

        special.RemoveRange(write, special.Count - write);
    }

    private void ResolveGroup(List<Finding> found, long windowStart, long ownedStart, long ownedEnd, double minimumConfidence, bool specialGroup, List<Finding> result, ref long lastEnd)
    {
        result.Clear();
        if (keys.Length < found.Count)
        {
            keys = new long[Math.Max(found.Count, keys.Length * 2)];
        }

        var count = 0;
        for (var i = 0; i < found.Count; i++)
        {
            var f = found[i];
            if (f.Confidence < minimumConfidence || (EntityTypes.KindOf(f.Type) == EntityKind.SpecialCategory) != specialGroup)
            {
                continue;
            }

            var start = f.Start + windowStart;
            if (start < ownedStart || start >= ownedEnd || start < lastEnd)
            {
                continue;
            }

            // Start relative to the window (below 2^31) in the high bits, the index in the low 32.
            keys[count++] = (f.Start << 32) | (uint)i;
        }

        if (count == 0)
        {
            return;
        }

        Array.Sort(keys, 0, count);

        // Sweep in document order; findings that overlap (transitively) form a cluster, usually of one or two, and within a
        // cluster the most confident, then the longest, are kept greedily.
        var first = 0;
        while (first < count)
        {
            var head = found[(int)(keys[first] & 0xFFFFFFFF)];
            var clusterEnd = head.End;
            var last = first + 1;
            while (last < count && found[(int)(keys[last] & 0xFFFFFFFF)].Start < clusterEnd)
            {
                clusterEnd = Math.Max(clusterEnd, found[(int)(keys[last] & 0xFFFFFFFF)].End);
                last++;
            }

            if (last - first == 1)
            {
                result.Add(head.Shift(windowStart));
                lastEnd = Math.Max(lastEnd, head.End + windowStart);
            }
            else
            {
                cluster.Clear();
                for (var c = first; c < last; c++)
                {
                    cluster.Add(found[(int)(keys[c] & 0xFFFFFFFF)]);
                }

                cluster.Sort(static (x, y) =>
                {
                    var c = y.Confidence.CompareTo(x.Confidence);
                    if (c != 0)
                    {
                        return c;
                    }

                    c = y.Length.CompareTo(x.Length);
                    return c != 0 ? c : x.Start.CompareTo(y.Start);
                });
                kept.Clear();
                foreach (var candidate in cluster)
                {
                    if (!kept.Exists(k => k.Overlaps(candidate)))
                    {
                        kept.Add(candidate);
                    }
                }

                kept.Sort(static (x, y) => x.Start.CompareTo(y.Start));
                foreach (var k in kept)
                {
                    result.Add(k.Shift(windowStart));
                    lastEnd = Math.Max(lastEnd, k.End + windowStart);
                }
            }

            first = last;
        }
    }
}
