namespace RiskNotebooks.Text;

/// <summary>
/// Keeps, among findings that overlap, the most confident (then the longest); identifiers and special-category terms are
/// resolved separately. Remembers where the last kept finding of each group ended, so a finding that a previous chunk
/// already covered is not reported again.
/// </summary>
internal sealed class OverlapResolver
{
    private readonly List<Finding> candidates = [];
    private readonly List<Finding> kept = [];
    private readonly List<Finding> output = [];
    private long identifiersEnd;
    private long specialEnd;

    internal List<Finding> Resolve(List<Finding> found, long windowStart, long ownedStart, long ownedEnd, double minimumConfidence)
    {
        output.Clear();
        ResolveGroup(found, windowStart, ownedStart, ownedEnd, minimumConfidence, special: false, ref identifiersEnd);
        ResolveGroup(found, windowStart, ownedStart, ownedEnd, minimumConfidence, special: true, ref specialEnd);
        output.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return output;
    }

    private void ResolveGroup(List<Finding> found, long windowStart, long ownedStart, long ownedEnd, double minimumConfidence, bool special, ref long lastEnd)
    {
        candidates.Clear();
        foreach (var f in found)
        {
            if (f.Confidence < minimumConfidence || (EntityTypes.KindOf(f.Type) == EntityKind.SpecialCategory) != special)
            {
                continue;
            }

            var start = f.Start + windowStart;
            if (start < ownedStart || start >= ownedEnd || start < lastEnd)
            {
                continue;
            }

            candidates.Add(f.Shift(windowStart));
        }

        if (candidates.Count == 0)
        {
            return;
        }

        // Sweep in document order; findings that overlap (transitively) form a cluster, usually of one or two, and within a
        // cluster the most confident, then the longest, are kept greedily.
        candidates.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var first = 0;
        while (first < candidates.Count)
        {
            var clusterEnd = candidates[first].End;
            var last = first + 1;
            while (last < candidates.Count && candidates[last].Start < clusterEnd)
            {
                clusterEnd = Math.Max(clusterEnd, candidates[last].End);
                last++;
            }

            if (last - first == 1)
            {
                output.Add(candidates[first]);
                lastEnd = Math.Max(lastEnd, candidates[first].End);
            }
            else
            {
                kept.Clear();
                var cluster = candidates.GetRange(first, last - first);
                cluster.Sort(static (a, b) =>
                {
                    var c = b.Confidence.CompareTo(a.Confidence);
                    if (c != 0)
                    {
                        return c;
                    }

                    c = b.Length.CompareTo(a.Length);
                    return c != 0 ? c : a.Start.CompareTo(b.Start);
                });
                foreach (var candidate in cluster)
                {
                    if (!kept.Exists(k => k.Overlaps(candidate)))
                    {
                        kept.Add(candidate);
                        lastEnd = Math.Max(lastEnd, candidate.End);
                    }
                }

                output.AddRange(kept);
            }

            first = last;
        }
    }
}
