namespace RiskNotebooks.Treatment;

/// <summary>The sensitive attribute's distribution in the whole table, and the ground distances t-closeness measures with.</summary>
/// <remarks>
/// Equal distance: EMD = ½ Σ |p_i − q_i|. Hierarchical distance (Li, Li and Venkatasubramanian 2007, section 4.2): with
/// r_i = p_i − q_i on the leaves, the extra of an inner node is the sum of its children's; its cost is
/// (its height / the hierarchy's height) × min(positive extra, negative extra) over its children, and the EMD is the sum of
/// the costs. Missing sensitive values count as one more value (a leaf of their own under the root).
/// </remarks>
internal sealed class SensitiveContext
{
    private readonly double[] overall;            // q_i per sensitive code
    private readonly Hierarchy? hierarchy;
    private readonly int[]? leafOfCode;            // sensitive code -> hierarchy leaf (missing -> LeafCount)
    private readonly int[][] parents;              // parents[level][group at level] = group at level + 1

    internal SensitiveContext(ReadOnlySpan<int> codes, int cardinality, Hierarchy? hierarchy, int[]? leafOfCode)
    {
        overall = new double[cardinality];
        foreach (var c in codes)
        {
            overall[c]++;
        }

        for (var i = 0; i < overall.Length; i++)
        {
            overall[i] /= Math.Max(1, codes.Length);
        }

        this.hierarchy = hierarchy;
        this.leafOfCode = leafOfCode;
        parents = [];
        if (hierarchy is not null)
        {
            if (hierarchy.GroupCount(hierarchy.Height - 1) != 1)
            {
                throw InputFormatException.OfFile(hierarchy.Source, "hierarchical t-closeness needs a hierarchy whose highest level is one value (such as *).");
            }

            parents = new int[hierarchy.Height - 1][];
            for (var level = 0; level < hierarchy.Height - 1; level++)
            {
                parents[level] = hierarchy.ParentsOf(level);
            }
        }
    }

    internal int Cardinality => overall.Length;

    internal double EqualDistance(int size, ReadOnlySpan<int> counts)
    {
        var sum = 0d;
        for (var i = 0; i < overall.Length; i++)
        {
            sum += Math.Abs(((double)counts[i] / size) - overall[i]);
        }

        return sum / 2;
    }

    internal double HierarchicalDistance(int size, ReadOnlySpan<int> counts)
    {
        if (hierarchy is null || leafOfCode is null)
        {
            throw new InvalidOperationException("hierarchical t-closeness needs the sensitive attribute's hierarchy.");
        }

        var height = hierarchy.Height - 1;
        if (height <= 0)
        {
            return EqualDistance(size, counts);
        }

        // Extras of the leaves (with one extra leaf for missing values), then folded up level by level.
        var extra = new double[hierarchy.LeafCount + 1];
        for (var code = 0; code < overall.Length; code++)
        {
            extra[leafOfCode[code]] += ((double)counts[code] / size) - overall[code];
        }

        var distance = 0d;
        var below = extra;
        for (var level = 1; level <= height; level++)
        {
            var groups = hierarchy.GroupCount(level);
            var sum = new double[groups + 1];
            var positive = new double[groups + 1];
            var negative = new double[groups + 1];
            var missing = below.Length - 1;
            for (var child = 0; child < missing; child++)
            {
                var parent = parents[level - 1][child];
                var e = below[child];
                sum[parent] += e;
                if (e > 0)
                {
                    positive[parent] += e;
                }
                else
                {
                    negative[parent] -= e;
                }
            }

            // The missing values' leaf is a child of the root only: it is carried up unchanged until the top level.
            var m = below[missing];
            sum[groups] = m;
            if (level == height)
            {
                if (m > 0)
                {
                    positive[0] += m;
                }
                else
                {
                    negative[0] -= m;
                }
            }

            for (var g = 0; g < groups; g++)
            {
                distance += (double)level / height * Math.Min(positive[g], negative[g]);
            }

            below = sum;
        }

        return distance;
    }
}
