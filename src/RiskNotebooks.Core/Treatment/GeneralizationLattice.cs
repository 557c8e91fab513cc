using System.Buffers;
using System.Runtime.InteropServices;
using RiskNotebooks.Data;
using RiskNotebooks.Registry;

namespace RiskNotebooks.Treatment;

/// <summary>
/// A table prepared for generalisation: its quasi-identifiers mapped onto their hierarchies' leaves and grouped once into
/// distinct tuples; any node of the lattice is then evaluated from those tuples, or rolled up from a node below it.
/// </summary>
/// <remarks>
/// <para>Rolling up: raising one quasi-identifier by one level maps each class of the node below to its parent value and
/// regroups the classes (never the records), so the work per node is the number of classes of the node it comes from.</para>
/// <para>A missing value is a value of its own that every level keeps as missing (it says nothing more when generalised);
/// it loses nothing in the loss metric and its frequency is its own in non-uniform entropy.</para>
/// </remarks>
internal sealed class GeneralizationLattice
{
    private readonly int q;
    private readonly int[] heights;
    private readonly int[][] cardinality;      // [qi][level]: groups + 1 (the missing group is the last)
    private readonly int[][][] up;             // [qi][level][group] -> group at level + 1
    private readonly double[][][] lossOf;      // [qi][level][group]: the share of the domain's leaves under the generalised value
    private readonly double[] domains;         // [qi]: the number of leaves of the hierarchy (D)
    private readonly int[][] distinct;         // [qi][level]: distinct generalised values present in the data
    private readonly double[][][] log2CountOf; // [qi][level][group]: log2 of the records holding the generalised value
    private readonly double[][] rawLoss;        // [qi][level]: Σ over records of the loss of their generalised value (nothing suppressed)
    private readonly double[][] entropyTerm;    // [qi][level]: Σ over records of log2 (records holding their generalised value)
    private readonly int sensitiveCardinality;
    private readonly int[] userIndex;           // internal position -> position in the settings' quasi-identifier order
    private readonly ulong[]? weights;          // key = Σ code_i × weight_i with level-0 cardinalities, when that fits in 64 bits
    private readonly int[] searchHeights;
    private readonly int[] classTargets;        // indices of class-level targets beyond the minimum class size
    private readonly int minimumClassSize;
    private readonly bool tableTargets;

    internal GeneralizationLattice(Table table, AnonymizationSettings settings, CancellationToken cancellationToken)
    {
        settings.Validate();
        Settings = settings;
        var given = QuasiIdentifierSet.Resolve(table, settings.QuasiIdentifiers);
        q = given.Length;

        // Internally the quasi-identifiers with the most distinct values come first: a node's parent on the spanning tree
        // then differs from it in an attribute with few values, so it has few more classes than the node itself.
        userIndex = Enumerable.Range(0, q).OrderByDescending(i => given[i].DistinctCount).ThenBy(i => i).ToArray();
        var columns = userIndex.Select(i => given[i]).ToArray();
        RecordCount = table.RowCount;
        heights = new int[q];
        cardinality = new int[q][];
        up = new int[q][][];
        lossOf = new double[q][][];
        domains = new double[q];
        distinct = new int[q][];
        log2CountOf = new double[q][][];
        rawLoss = new double[q][];
        entropyTerm = new double[q][];
        var leafColumns = new (int[] Codes, int Cardinality)[q];
        Table = table;
        for (var i = 0; i < q; i++)
        {
            var hierarchy = settings.Hierarchies[columns[i].Name];
            leafColumns[i] = (MapToLeaves(table, columns[i], hierarchy), hierarchy.LeafCount + 1);
            Prepare(i, hierarchy, leafColumns[i].Codes);
        }

        weights = StableWeights(cardinality);
        searchHeights = new int[q];
        for (var i = 0; i < q; i++)
        {
            var name = settings.QuasiIdentifiers[userIndex[i]];
            searchHeights[i] = settings.MaximumLevels is { } caps && caps.TryGetValue(name, out var cap) ? Math.Min(heights[i], cap + 1) : heights[i];
        }

        minimumClassSize = settings.Targets.Max(t => t.MinimumClassSize);
        classTargets = Enumerable.Range(0, settings.Targets.Count)
            .Where(t => !settings.Targets[t].IsTableLevel && settings.Targets[t].NeedsSensitiveAttribute)
            .ToArray();
        tableTargets = settings.Targets.Any(t => t.IsTableLevel);
        Sensitive = PrepareSensitive(table, settings, out sensitiveCardinality, out var sensitiveCodes);
        cancellationToken.ThrowIfCancellationRequested();
        Bottom = Group(leafColumns, sensitiveCodes, cancellationToken);
        leaves = leafColumns.Select(c => c.Codes).ToArray();
    }

    private readonly int[][] leaves;           // [qi][row]: the row's leaf in the hierarchy (the missing leaf last)

    /// <summary>The table the lattice was prepared from.</summary>
    internal Table Table { get; }

    /// <summary>The hierarchy of a quasi-identifier in internal order.</summary>
    internal Hierarchy HierarchyAt(int qi) => Settings.Hierarchies[Settings.QuasiIdentifiers[userIndex[qi]]];

    /// <summary>The position in the table's quasi-identifier list of an internal index.</summary>
    internal int UserIndexOf(int qi) => userIndex[qi];

    /// <summary>
    /// Applies a node to every record: each row's generalised group per quasi-identifier (internal order) and whether the
    /// row is suppressed, with the node's evaluation.
    /// </summary>
    internal (int[][] GroupOfRow, bool[] Suppressed, TransformationEvaluation Evaluation, InformationLoss Loss) Classify(int[] levels)
    {
        var classes = ClassesOf(levels, entropy: true);
        var kept = new bool[classes.Count];
        var detail = new InformationLoss[1];
        var evaluation = Evaluate(classes, levels, kept, detail);
        var rows = (int)RecordCount;
        var groupOfRow = new int[q][];
        for (var i = 0; i < q; i++)
        {
            var map = new int[cardinality[i][0]];
            for (var leaf = 0; leaf < map.Length; leaf++)
            {
                map[leaf] = GroupAt(i, levels[i], leaf);
            }

            var source = leaves[i];
            var target = groupOfRow[i] = new int[rows];
            for (var r = 0; r < rows; r++)
            {
                target[r] = map[source[r]];
            }
        }

        var suppressed = weights is not null && classes.Keys is { } keys
            ? SuppressedByKey(groupOfRow, keys, kept, weights, rows)
            : SuppressedByTuple(groupOfRow, classes, kept, rows);
        return (groupOfRow, suppressed, evaluation, detail[0]);
    }

    /// <summary>
    /// Which rows a node suppresses, matching each row's packed key (Σ group × level-0 weight, as the classes' keys are
    /// made) against the classes' keys in an open-addressing table: one multiply-add per quasi-identifier and one probe
    /// per row.
    /// </summary>
    private static bool[] SuppressedByKey(int[][] groupOfRow, ulong[] keys, bool[] kept, ulong[] weights, int rows)
    {
        var capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, keys.Length * 2));
        var slots = new int[capacity];
        var mask = capacity - 1;
        for (var c = 0; c < keys.Length; c++)
        {
            var slot = Slot(keys[c], mask);
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = c + 1;
        }

        var suppressed = new bool[rows];
        for (var r = 0; r < rows; r++)
        {
            ulong key = 0;
            for (var i = 0; i < groupOfRow.Length; i++)
            {
                key += (ulong)groupOfRow[i][r] * weights[i];
            }

            var slot = Slot(key, mask);
            while (keys[slots[slot] - 1] != key)
            {
                slot = (slot + 1) & mask;
            }

            suppressed[r] = !kept[slots[slot] - 1];
        }

        return suppressed;

        static int Slot(ulong key, int mask) => (int)((key * 0x9E3779B97F4A7C15UL) >> 40) & mask;
    }

    /// <summary>Which rows a node suppresses, matching each row's generalised codes against the classes' (when packed keys would overflow).</summary>
    private bool[] SuppressedByTuple(int[][] groupOfRow, ClassSet classes, bool[] kept, int rows)
    {
        // The class of each row, matched by its generalised codes.
        var classOfTuple = new Dictionary<CodeTuple, int>(classes.Count);
        for (var c = 0; c < classes.Count; c++)
        {
            var codes = new int[q];
            for (var i = 0; i < q; i++)
            {
                codes[i] = classes.Codes[i][c];
            }

            classOfTuple.Add(new CodeTuple(codes), c);
        }

        var suppressed = new bool[rows];
        var probe = new int[q];
        for (var r = 0; r < rows; r++)
        {
            for (var i = 0; i < q; i++)
            {
                probe[i] = groupOfRow[i][r];
            }

            suppressed[r] = !kept[classOfTuple[new CodeTuple(probe)]];
        }

        return suppressed;
    }

    internal AnonymizationSettings Settings { get; }

    internal long RecordCount { get; }

    internal int Dimensions => q;

    /// <summary>The heights, in internal order.</summary>
    internal IReadOnlyList<int> Heights => heights;

    /// <summary>The heights the search climbs to, in internal order: a hierarchy's height, or one more than the level <see cref="AnonymizationSettings.MaximumLevels"/> caps it at.</summary>
    internal IReadOnlyList<int> SearchHeights => searchHeights;

    /// <summary>
    /// The order ARX's Flash visits nodes of equal height in (our reading of ARX 3.9.2): the mean relative level
    /// Σ L/(h − 1) / q first, then the mean share of distinct values kept Σ distinct(L)/distinct(0) / q, larger first.
    /// </summary>
    /// <returns>A function of levels in the settings' order: (mean relative level, mean share of distinct values kept).</returns>
    internal Func<IReadOnlyList<int>, (double RelativeLevel, double DistinctKept)> VisitOrder()
    {
        // Only small arrays are captured, so that a result that keeps this does not keep the records.
        var userHeights = UserHeights;
        var userDistinct = ToUser(distinct);
        var dimensions = q;
        return userLevels =>
        {
            double relative = 0, kept = 0;
            for (var i = 0; i < dimensions; i++)
            {
                relative += userHeights[i] <= 1 ? 0 : (double)userLevels[i] / (userHeights[i] - 1);
                kept += (double)userDistinct[i][userLevels[i]] / Math.Max(1, userDistinct[i][0]);
            }

            return (relative / dimensions, kept / dimensions);
        };
    }

    /// <summary>The heights in the settings' quasi-identifier order.</summary>
    internal int[] UserHeights => ToUser(heights);

    /// <summary>Levels in internal order, from levels in the settings' order.</summary>
    internal int[] ToInternal(IReadOnlyList<int> userLevels) => userIndex.Select(u => userLevels[u]).ToArray();

    /// <summary>Levels in the settings' order, from levels in internal order.</summary>
    internal T[] ToUser<T>(IReadOnlyList<T> levels)
    {
        var result = new T[q];
        for (var i = 0; i < q; i++)
        {
            result[userIndex[i]] = levels[i];
        }

        return result;
    }

    /// <summary>The number of nodes: the product of the heights.</summary>
    internal long NodeCount => searchHeights.Aggregate(1L, (a, h) => a * h);

    internal SensitiveContext? Sensitive { get; }

    /// <summary>The classes of the bottom node (every quasi-identifier at level 0).</summary>
    internal ClassSet Bottom { get; }

    /// <summary>The group of a leaf at a level (the missing leaf stays missing).</summary>
    internal int GroupAt(int qi, int level, int leaf)
    {
        var g = leaf;
        for (var l = 0; l < level; l++)
        {
            g = up[qi][l][g];
        }

        return g;
    }

    /// <summary>The classes of a node (levels in internal order), rolled up from the bottom one quasi-identifier and level at a time.</summary>
    internal ClassSet ClassesOf(IReadOnlyList<int> levels, bool entropy)
    {
        var set = Bottom;
        var current = new int[q];
        for (var i = 0; i < q; i++)
        {
            while (current[i] < levels[i])
            {
                set = RollUp(set, current, i, entropy);
                current[i]++;
            }
        }

        return set;
    }

    /// <summary>
    /// Raises quasi-identifier <paramref name="qi"/> one level above <paramref name="levels"/>[qi] and regroups the parent's
    /// classes. Non-uniform entropy's sums are carried only when <paramref name="entropy"/> is set.
    /// </summary>
    internal ClassSet RollUp(ClassSet parent, IReadOnlyList<int> levels, int qi, bool entropy)
    {
        var count = parent.Count;
        var map = up[qi][levels[qi]];
        // The working arrays come from the shared pool: the search rolls up thousands of times, and fresh arrays of that
        // size would be allocated on the large object heap each time (memory the system must zero, freed only by full
        // collections).
        var raised = ArrayPool<int>.Shared.Rent(count);
        var source = parent.Codes[qi];
        for (var c = 0; c < count; c++)
        {
            raised[c] = map[source[c]];
        }

        ulong[] keys;
        if (weights is not null)
        {
            // The key of a class changes only in the raised attribute's digit.
            keys = ArrayPool<ulong>.Shared.Rent(count);
            var weight = weights[qi];
            var parentKeys = parent.Keys!;
            for (var c = 0; c < count; c++)
            {
                keys[c] = parentKeys[c] - ((ulong)(source[c] - raised[c]) * weight);
            }
        }
        else
        {
            keys = PackedKeys(parent, raised, levels, qi);
        }

        var classOf = ArrayPool<int>.Shared.Rent(count);
        var first = ArrayPool<int>.Shared.Rent(count);
        var groups = GroupKeys(keys, count, classOf, first);
        var result = new ClassSet(groups, q, sensitiveCardinality, entropy);
        if (weights is not null)
        {
            var resultKeys = result.Keys = new ulong[groups];
            for (var g = 0; g < groups; g++)
            {
                resultKeys[g] = keys[first[g]];
            }
        }

        for (var i = 0; i < q; i++)
        {
            var from = i == qi ? raised : parent.Codes[i];
            var to = result.Codes[i];
            for (var g = 0; g < groups; g++)
            {
                to[g] = from[first[g]];
            }
        }

        var sizes = result.Sizes;
        var parentSizes = parent.Sizes;
        for (var c = 0; c < count; c++)
        {
            sizes[classOf[c]] += parentSizes[c];
        }

        if (entropy)
        {
            for (var i = 0; i < q; i++)
            {
                var from = parent.Log2Sums[i];
                var to = result.Log2Sums[i];
                for (var c = 0; c < count; c++)
                {
                    to[classOf[c]] += from[c];
                }
            }
        }

        if (sensitiveCardinality > 0)
        {
            for (var c = 0; c < count; c++)
            {
                var from = parent.Sensitive.AsSpan(c * sensitiveCardinality, sensitiveCardinality);
                var to = result.Sensitive.AsSpan(classOf[c] * sensitiveCardinality, sensitiveCardinality);
                for (var s = 0; s < from.Length; s++)
                {
                    to[s] += from[s];
                }
            }
        }

        ArrayPool<int>.Shared.Return(raised);
        ArrayPool<int>.Shared.Return(classOf);
        ArrayPool<int>.Shared.Return(first);
        if (weights is not null)
        {
            ArrayPool<ulong>.Shared.Return(keys);
        }

        return result;
    }

    /// <summary>Keys packed with the node's own cardinalities, renumbered whenever the product would overflow (any number of attributes).</summary>
    private ulong[] PackedKeys(ClassSet parent, int[] raised, IReadOnlyList<int> levels, int qi)
    {
        var count = parent.Count;
        var keys = new ulong[count];
        ulong radix = 1;
        for (var i = 0; i < q; i++)
        {
            var codes = i == qi ? raised : parent.Codes[i];
            var width = (ulong)cardinality[i][i == qi ? levels[i] + 1 : levels[i]];
            if (radix > ulong.MaxValue / width)
            {
                radix = (ulong)Densify(keys);
            }

            for (var c = 0; c < count; c++)
            {
                keys[c] = (keys[c] * width) + (ulong)codes[c];
            }

            radix *= width;
        }

        return keys;
    }

    /// <summary>Numbers the first <paramref name="count"/> keys' distinct values 0..G-1 in order of first appearance (open addressing); returns G.</summary>
    private static int GroupKeys(ulong[] keys, int count, int[] classOf, int[] first)
    {
        var capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, count * 2));
        var slots = ArrayPool<int>.Shared.Rent(capacity);
        Array.Clear(slots, 0, capacity);
        var mask = capacity - 1;
        var groups = 0;
        for (var c = 0; c < count; c++)
        {
            var key = keys[c];
            var slot = (int)((key * 0x9E3779B97F4A7C15UL) >> 40) & mask;
            while (true)
            {
                var occupant = slots[slot] - 1;
                if (occupant < 0)
                {
                    slots[slot] = groups + 1;
                    first[groups] = c;
                    classOf[c] = groups++;
                    break;
                }

                if (keys[first[occupant]] == key)
                {
                    classOf[c] = occupant;
                    break;
                }

                slot = (slot + 1) & mask;
            }
        }

        ArrayPool<int>.Shared.Return(slots);
        return groups;
    }

    /// <summary>Applies the targets and the suppression limit to a node's classes and scores it in every metric.</summary>
    internal TransformationEvaluation Evaluate(ClassSet classes, IReadOnlyList<int> levels, bool[]? keptOut = null, InformationLoss[]? detail = null)
    {
        var targets = Settings.Targets;
        var kept = keptOut ?? new bool[classes.Count];
        long suppressed = 0;
        var sizes = classes.Sizes;
        for (var c = 0; c < sizes.Length; c++)
        {
            var size = sizes[c];
            var pass = size >= minimumClassSize;
            for (var t = 0; pass && t < classTargets.Length; t++)
            {
                pass = targets[classTargets[t]].ClassPasses(size, classes.SensitiveOf(c), Sensitive);
            }

            kept[c] = pass;
            if (!pass)
            {
                suppressed += size;
            }
        }

        var limit = Settings.MaximumSuppressed(RecordCount);
        var meets = suppressed <= limit;
        if (meets && tableTargets)
        {
            meets = ApplyTableTargets(classes, levels, kept, ref suppressed, limit);
        }

        return Score(classes, levels, kept, suppressed, meets, detail);
    }

    private bool ApplyTableTargets(ClassSet classes, IReadOnlyList<int> levels, bool[] kept, ref long suppressed, long limit)
    {
        // The classes are suppressed smallest first; the measures depend on sizes only, so how many to suppress is found
        // on the sorted sizes, with prefix sums (the records in classes of at most a size, still released, is then one
        // binary search). Which classes of the last size go is decided after, as ARX 3.9.2 orders them: with the loss
        // metric by the class's own loss (Π_q (|E| · leaves(g_q)/D_q + 1)^(1/Q) − 1, lowest first), then by first record
        // (class ids are in order of first appearance).
        var order = new List<int>(classes.Count);
        for (var c = 0; c < classes.Count; c++)
        {
            if (kept[c])
            {
                order.Add(c);
            }
        }

        var ids = order.ToArray();
        var sizes = ids.Select(c => classes.Sizes[c]).ToArray();
        Array.Sort(sizes, ids);
        var prefix = new long[sizes.Length + 1];
        for (var i = 0; i < sizes.Length; i++)
        {
            prefix[i + 1] = prefix[i] + sizes[i];
        }

        var records = RecordCount - suppressed;
        var next = 0;
        var targets = Settings.Targets;
        var met = true;
        while (true)
        {
            var start = next;
            long AtMost(int size)
            {
                // Sorted sizes: the released classes of at most this size are those from start to the last of this size.
                var end = UpperBound(sizes, size);
                return end <= start ? 0 : prefix[end] - prefix[start];
            }

            var passes = true;
            foreach (var t in targets)
            {
                if (t.IsTableLevel && !t.TablePasses(records, sizes.Length - next, AtMost))
                {
                    passes = false;
                    break;
                }
            }

            if (passes)
            {
                break;
            }

            if (next == sizes.Length || suppressed + sizes[next] > limit)
            {
                met = false;
                break;
            }

            suppressed += sizes[next];
            records -= sizes[next];
            next++;
        }

        if (next == 0)
        {
            return met;
        }

        // All classes smaller than the last size suppressed go; of that size, the first in ARX's order.
        var boundary = sizes[next - 1];
        var first = Array.IndexOf(sizes, boundary);
        var last = UpperBound(sizes, boundary);
        for (var i = 0; i < first; i++)
        {
            kept[ids[i]] = false;
        }

        var tied = ids[first..last];
        if (Settings.Metric == InformationLossMetric.Loss)
        {
            var losses = tied.Select(c => ClassLoss(classes, levels, c)).ToArray();
            tied = [.. tied.Zip(losses).OrderBy(p => p.Second).ThenBy(p => p.First).Select(p => p.First)];
        }
        else
        {
            Array.Sort(tied);
        }

        for (var i = 0; i < next - first; i++)
        {
            kept[tied[i]] = false;
        }

        return met;
    }

    /// <summary>The index after the last element ≤ value in an ascending array.</summary>
    private static int UpperBound(int[] sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private double ClassLoss(ClassSet classes, IReadOnlyList<int> levels, int c)
    {
        var product = 1d;
        for (var i = 0; i < q; i++)
        {
            product *= Math.Pow((classes.Sizes[c] * lossOf[i][levels[i]][classes.Codes[i][c]]) + 1, 1d / q);
        }

        return product - 1;
    }

    private TransformationEvaluation Score(ClassSet classes, IReadOnlyList<int> levels, bool[] kept, long suppressed, bool meets, InformationLoss[]? detail)
    {
        var n = RecordCount;
        long keptClasses = 0;
        var smallest = int.MaxValue;
        long atRisk = 0;
        double discernibility = 0;
        var loss = new double[q];
        var entropy = new double[q];
        var sizes = classes.Sizes;
        for (var c = 0; c < sizes.Length; c++)
        {
            if (!kept[c])
            {
                continue;
            }

            var size = sizes[c];
            keptClasses++;
            smallest = Math.Min(smallest, size);
            if (size < 5)
            {
                atRisk += size;
            }

            discernibility += (double)size * size;
        }

        // Attribute by attribute, so each lookup table and code column is read in order.
        for (var i = 0; i < q; i++)
        {
            var codes = classes.Codes[i];
            var lossRow = lossOf[i][levels[i]];
            var sum = 0d;
            for (var c = 0; c < sizes.Length; c++)
            {
                if (kept[c])
                {
                    sum += sizes[c] * lossRow[codes[c]];
                }
            }

            loss[i] = sum;
            if (classes.HasEntropy)
            {
                // Every record, suppressed or not, loses log2(b/a) (a: records with its value, b: with its generalised value).
                var countRow = log2CountOf[i][levels[i]];
                var log2Sums = classes.Log2Sums[i];
                var e = 0d;
                for (var c = 0; c < sizes.Length; c++)
                {
                    e += (sizes[c] * countRow[codes[c]]) - log2Sums[c];
                }

                entropy[i] = e + SuppressedEntropy(i, suppressed, classes, kept);
            }
        }

        var precision = new double[q];
        var released = n - suppressed;
        double precisionSum = 0, entropySum = 0;
        for (var i = 0; i < q; i++)
        {
            // ARX: raw = Σ |E| · leaves(g)/D + S (a suppressed cell costs 1), normalised to [0, 1] against n/D, the raw
            // loss of the original table, and floored at 10 decimals as ARX does; that equals
            // (Σ |E| · (leaves(g) − 1)/(D − 1) + S) / n.
            loss[i] = NormalisedLoss(i, loss[i] + suppressed);
            precision[i] = n == 0 ? 0 : ((released * (heights[i] == 1 ? 0d : (double)levels[i] / (heights[i] - 1))) + suppressed) / n;
            entropy[i] = classes.HasEntropy ? Floor10(entropy[i]) : double.NaN;
            precisionSum += precision[i];
            entropySum += entropy[i];
        }

        discernibility += (double)suppressed * n;
        var scores = new double[6];
        // ARX aggregates the loss of the attributes by their geometric mean, shifted by one so that a zero does not
        // annihilate the product: (Π (1 + loss_i))^(1/q) − 1.
        scores[(int)InformationLossMetric.Loss] = GeometricMean(loss);
        scores[(int)InformationLossMetric.Precision] = precisionSum / q;
        scores[(int)InformationLossMetric.Discernibility] = discernibility;
        scores[(int)InformationLossMetric.NonUniformEntropy] = entropySum;
        scores[(int)InformationLossMetric.AverageClassSize] = keptClasses + (suppressed > 0 ? 1 : 0) == 0 ? 0 : (double)n / (keptClasses + (suppressed > 0 ? 1 : 0));
        scores[(int)InformationLossMetric.Height] = levels.Sum();
        if (detail is not null)
        {
            var none = Enumerable.Repeat(double.NaN, q).ToArray();
            var per = new double[6][];
            per[(int)InformationLossMetric.Loss] = ToUser(loss);
            per[(int)InformationLossMetric.Precision] = ToUser(precision);
            per[(int)InformationLossMetric.Discernibility] = none;
            per[(int)InformationLossMetric.NonUniformEntropy] = ToUser(entropy);
            per[(int)InformationLossMetric.AverageClassSize] = none;
            per[(int)InformationLossMetric.Height] = ToUser(levels).Select(l => (double)l).ToArray();
            detail[0] = new InformationLoss(Settings.QuasiIdentifiers, scores, per);
        }

        return new TransformationEvaluation(
            new Transformation(Settings.QuasiIdentifiers, ToUser(levels)),
            meets,
            n,
            suppressed,
            keptClasses,
            keptClasses == 0 ? 0 : smallest,
            atRisk,
            scores);
    }

    private static double GeometricMean(double[] values)
    {
        var sum = 0d;
        foreach (var v in values)
        {
            sum += Math.Log(1 + v);
        }

        return values.Length == 0 ? 0 : Math.Exp(sum / values.Length) - 1;
    }

    /// <summary>
    /// ARX's loss of one attribute from its raw loss (Σ |E| · leaves(g)/D over released classes, plus 1 per suppressed
    /// record): normalised to [0, 1] against n/D, the raw loss of the original table, and floored at 10 decimals.
    /// </summary>
    private double NormalisedLoss(int qi, double raw)
    {
        var n = (double)RecordCount;
        var share = domains[qi];
        return n == 0 || share <= 1 ? 0 : Floor10(Math.Max(0, (raw - (n / share)) / (n - (n / share))));
    }

    /// <summary>ARX's rounding of per-attribute losses: down to 10 decimals.</summary>
    private static double Floor10(double value) => Math.Floor(value * 1e10) / 1e10;

    /// <summary>
    /// What suppression adds to non-uniform entropy (ARX): the suppressed records, grouped by their generalised value g
    /// (c_g of them, S in all), lose Σ_g c_g · log2(S / c_g) more.
    /// </summary>
    private double SuppressedEntropy(int qi, long suppressed, ClassSet classes, bool[] kept)
    {
        if (suppressed == 0)
        {
            return 0;
        }

        var byValue = new Dictionary<int, long>();
        for (var c = 0; c < classes.Count; c++)
        {
            if (!kept[c])
            {
                var code = classes.Codes[qi][c];
                byValue[code] = byValue.GetValueOrDefault(code) + classes.Sizes[c];
            }
        }

        var sum = 0d;
        foreach (var count in byValue.Values)
        {
            sum += count * Math.Log2((double)suppressed / count);
        }

        return sum;
    }

    private static int[] MapToLeaves(Table table, Column column, Hierarchy hierarchy)
    {
        var leafOfCode = new int[column.Cardinality];
        leafOfCode[Column.MissingCode] = hierarchy.LeafCount;
        for (var code = 1; code < column.Cardinality; code++)
        {
            if (!hierarchy.TryGetLeaf(column.ValueOf(code)!, out leafOfCode[code]))
            {
                var codes = column.Codes;
                var row = codes.IndexOf(code);
                var missing = 0;
                for (var c = 1; c < column.Cardinality; c++)
                {
                    if (!hierarchy.TryGetLeaf(column.ValueOf(c)!, out _))
                    {
                        missing++;
                    }
                }

                throw new InputFormatException(
                    hierarchy.Source,
                    null,
                    null,
                    null,
                    $"the hierarchy for '{column.Name}' does not cover {missing} of the column's {column.DistinctCount} distinct values (the first at {table.DescribeRow(row)} of {Path.GetFileName(table.Source)}): every value of the column needs a row.");
            }
        }

        var leaves = new int[table.RowCount];
        var source = column.Codes;
        for (var r = 0; r < leaves.Length; r++)
        {
            leaves[r] = leafOfCode[source[r]];
        }

        return leaves;
    }

    private void Prepare(int i, Hierarchy hierarchy, int[] leaves)
    {
        var h = hierarchy.Height;
        heights[i] = h;
        cardinality[i] = new int[h];
        up[i] = new int[Math.Max(0, h - 1)][];
        lossOf[i] = new double[h][];
        log2CountOf[i] = new double[h][];
        rawLoss[i] = new double[h];
        entropyTerm[i] = new double[h];
        distinct[i] = new int[h];
        var leafCounts = new long[hierarchy.LeafCount + 1];
        foreach (var leaf in leaves)
        {
            leafCounts[leaf]++;
        }

        var domain = hierarchy.LeafCount;
        domains[i] = domain;
        for (var level = 0; level < h; level++)
        {
            var groups = hierarchy.GroupCount(level);
            cardinality[i][level] = groups + 1;
            if (level < h - 1)
            {
                var parents = hierarchy.ParentsOf(level);
                up[i][level] = [.. parents, hierarchy.GroupCount(level + 1)];
            }

            var loss = new double[groups + 1];
            for (var g = 0; g < groups; g++)
            {
                loss[g] = (double)hierarchy.LeafCountOf(level, g) / domain;
            }

            loss[groups] = 1d / domain; // the missing values: one leaf of their own
            lossOf[i][level] = loss;
            var counts = new long[groups + 1];
            for (var leaf = 0; leaf < domain; leaf++)
            {
                counts[hierarchy.GroupOf(level, leaf)] += leafCounts[leaf];
            }

            counts[groups] = leafCounts[domain];
            distinct[i][level] = counts.Count(c => c > 0);
            log2CountOf[i][level] = counts.Select(c => c == 0 ? 0d : Math.Log2(c)).ToArray();
            for (var g = 0; g <= groups; g++)
            {
                rawLoss[i][level] += counts[g] * loss[g];
                entropyTerm[i][level] += counts[g] * log2CountOf[i][level][g];
            }
        }
    }

    /// <summary>
    /// A lower bound of a node's score in the settings' metric, from the levels alone: the score it would have if no
    /// record were suppressed. Suppression only adds loss (a suppressed cell costs 1 in loss and precision, and adds to
    /// non-uniform entropy), and a level's loss per attribute does not depend on the other attributes, so the bound holds
    /// for loss, precision, non-uniform entropy and height; discernibility and average class size need the classes, and
    /// their bound is −∞ (no node is skipped).
    /// </summary>
    /// <param name="levels">Levels in internal order.</param>
    /// <returns>The bound.</returns>
    internal double LowerBound(IReadOnlyList<int> levels)
    {
        var n = (double)RecordCount;
        switch (Settings.Metric)
        {
            case InformationLossMetric.Loss:
                var loss = new double[q];
                for (var i = 0; i < q; i++)
                {
                    loss[i] = NormalisedLoss(i, rawLoss[i][levels[i]]);
                }

                return GeometricMean(loss);
            case InformationLossMetric.Precision:
                var sum = 0d;
                for (var i = 0; i < q; i++)
                {
                    sum += heights[i] == 1 ? 0d : (double)levels[i] / (heights[i] - 1);
                }

                return q == 0 ? 0 : sum / q;
            case InformationLossMetric.NonUniformEntropy:
                var entropy = 0d;
                for (var i = 0; i < q; i++)
                {
                    entropy += Floor10(entropyTerm[i][levels[i]] - entropyTerm[i][0]);
                }

                return entropy;
            case InformationLossMetric.Height:
                return levels.Sum();
            default:
                return double.NegativeInfinity;
        }
    }

    private static SensitiveContext? PrepareSensitive(Table table, AnonymizationSettings settings, out int sensitiveCardinality, out int[]? codes)
    {
        sensitiveCardinality = 0;
        codes = null;
        if (settings.SensitiveAttribute is null || !settings.Targets.Any(t => t.NeedsSensitiveAttribute))
        {
            return null;
        }

        if (!table.TryGetColumn(settings.SensitiveAttribute, out var column))
        {
            throw new UnknownColumnException(settings.SensitiveAttribute, table.Source, table.ColumnNames);
        }

        sensitiveCardinality = column.Cardinality;
        codes = column.Codes.ToArray();
        int[]? leafOfCode = null;
        if (settings.SensitiveHierarchy is { } hierarchy)
        {
            leafOfCode = new int[column.Cardinality];
            leafOfCode[0] = hierarchy.LeafCount;
            for (var code = 1; code < column.Cardinality; code++)
            {
                if (!hierarchy.TryGetLeaf(column.ValueOf(code)!, out leafOfCode[code]))
                {
                    throw InputFormatException.OfFile(hierarchy.Source, $"the hierarchy for the sensitive attribute '{column.Name}' does not cover all of its values (the first at {table.DescribeRow(column.Codes.IndexOf(code))}).");
                }
            }
        }

        return new SensitiveContext(codes, column.Cardinality, settings.SensitiveHierarchy, leafOfCode);
    }

    private ClassSet Group((int[] Codes, int Cardinality)[] leafColumns, int[]? sensitive, CancellationToken cancellationToken)
    {
        var rows = (int)RecordCount;
        var classOf = EquivalenceClasses.Group(leafColumns, rows, out var sizes, out var firstRows, cancellationToken);
        var set = new ClassSet(sizes.Length, q, sensitiveCardinality, entropy: true);
        sizes.CopyTo(set.Sizes, 0);
        for (var i = 0; i < q; i++)
        {
            var leaves = leafColumns[i].Codes;
            var codes = set.Codes[i];
            for (var c = 0; c < sizes.Length; c++)
            {
                codes[c] = leaves[firstRows[c]];
            }

            var log2 = log2CountOf[i][0];
            var sums = set.Log2Sums[i];
            for (var c = 0; c < sizes.Length; c++)
            {
                sums[c] = sizes[c] * log2[codes[c]];
            }
        }

        if (weights is not null)
        {
            var keys = set.Keys = new ulong[sizes.Length];
            for (var i = 0; i < q; i++)
            {
                var codes = set.Codes[i];
                for (var c = 0; c < keys.Length; c++)
                {
                    keys[c] += (ulong)codes[c] * weights[i];
                }
            }
        }

        if (sensitive is not null)
        {
            for (var r = 0; r < rows; r++)
            {
                set.Sensitive[(classOf[r] * sensitiveCardinality) + sensitive[r]]++;
            }
        }

        return set;
    }

    /// <summary>Weights for keys that stay valid at every level (level-0 cardinalities bound every level's), or null when they overflow.</summary>
    private static ulong[]? StableWeights(int[][] cardinality)
    {
        var weights = new ulong[cardinality.Length];
        ulong weight = 1;
        for (var i = cardinality.Length - 1; i >= 0; i--)
        {
            weights[i] = weight;
            var width = (ulong)cardinality[i][0];
            if (weight > ulong.MaxValue / width)
            {
                return null;
            }

            weight *= width;
        }

        return weights;
    }

    private static int Densify(ulong[] keys)
    {
        var ids = new Dictionary<ulong, int>(keys.Length);
        for (var c = 0; c < keys.Length; c++)
        {
            ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, keys[c], out var exists);
            if (!exists)
            {
                id = ids.Count - 1;
            }

            keys[c] = (ulong)id;
        }

        return Math.Max(1, ids.Count);
    }
}
