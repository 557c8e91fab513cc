namespace RiskNotebooks.Treatment;

/// <summary>
/// A generalisation hierarchy for one attribute: every original value (a leaf) with its generalised value at each level,
/// from the value itself (level 0) to the most general (usually <c>*</c>).
/// </summary>
/// <remarks>
/// <para>This is ARX's model: one row per original value, one column per level. A hierarchy is valid when every row has
/// the same number of levels, no value is listed twice, no cell is empty, and each level is a function of the level below
/// it (two values that share a generalisation at level <i>l</i> share it at every level above). Those checks run when the
/// hierarchy is made, so a <see cref="Hierarchy"/> is always valid; it is immutable.</para>
/// <para>Inside, values are numbered: leaf <i>i</i> is the <i>i</i>-th row; at each level the distinct generalised values
/// are numbered in order of first appearance (groups). Labels are record-level data only at level 0.</para>
/// </remarks>
public sealed class Hierarchy
{
    private readonly string[][] labels;      // labels[level][group]
    private readonly int[][] groupOfLeaf;    // groupOfLeaf[level][leaf]
    private readonly int[][] leavesInGroup;  // leavesInGroup[level][group]
    private readonly Dictionary<string, int> leafIndex;

    private Hierarchy(string attribute, string source, string[][] labels, int[][] groupOfLeaf, Dictionary<string, int> leafIndex)
    {
        Attribute = attribute;
        Source = source;
        this.labels = labels;
        this.groupOfLeaf = groupOfLeaf;
        this.leafIndex = leafIndex;
        leavesInGroup = new int[labels.Length][];
        for (var level = 0; level < labels.Length; level++)
        {
            var counts = new int[labels[level].Length];
            foreach (var g in groupOfLeaf[level])
            {
                counts[g]++;
            }

            leavesInGroup[level] = counts;
        }
    }

    /// <summary>The attribute (column) the hierarchy generalises.</summary>
    public string Attribute { get; }

    /// <summary>Where the hierarchy came from (a file name, or a builder's description), for messages.</summary>
    public string Source { get; }

    /// <summary>The number of levels, the original values' level 0 included (ARX's "height"); the highest level is <c>Height - 1</c>.</summary>
    public int Height => labels.Length;

    /// <summary>The number of original values (rows).</summary>
    public int LeafCount => groupOfLeaf[0].Length;

    /// <summary>The number of distinct generalised values at a level.</summary>
    /// <param name="level">A level in [0, <see cref="Height"/>).</param>
    /// <returns>The count.</returns>
    public int GroupCount(int level) => labels[CheckLevel(level)].Length;

    /// <summary>The generalised value (group) of a leaf at a level.</summary>
    /// <param name="level">A level in [0, <see cref="Height"/>).</param>
    /// <param name="leaf">A leaf index in [0, <see cref="LeafCount"/>).</param>
    /// <returns>The group index at that level.</returns>
    public int GroupOf(int level, int leaf) => groupOfLeaf[CheckLevel(level)][leaf];

    /// <summary>How many original values a generalised value stands for.</summary>
    /// <param name="level">A level in [0, <see cref="Height"/>).</param>
    /// <param name="group">A group index at that level.</param>
    /// <returns>The number of leaves under it.</returns>
    public int LeafCountOf(int level, int group) => leavesInGroup[CheckLevel(level)][group];

    /// <summary>The label of a generalised value. At level 0 this is an original value: record-level data.</summary>
    /// <param name="level">A level in [0, <see cref="Height"/>).</param>
    /// <param name="group">A group index at that level.</param>
    /// <returns>The label.</returns>
    public string LabelOf(int level, int group) => labels[CheckLevel(level)][group];

    /// <summary>Looks up an original value.</summary>
    /// <param name="value">The value.</param>
    /// <param name="leaf">Its leaf index when found.</param>
    /// <returns>Whether the hierarchy covers the value.</returns>
    public bool TryGetLeaf(string value, out int leaf) => leafIndex.TryGetValue(value, out leaf);

    /// <summary>The rows, one per original value, each with its label at every level (ARX's CSV layout).</summary>
    /// <returns>The rows, in order.</returns>
    public IEnumerable<string[]> Rows()
    {
        for (var leaf = 0; leaf < LeafCount; leaf++)
        {
            var row = new string[Height];
            for (var level = 0; level < Height; level++)
            {
                row[level] = labels[level][groupOfLeaf[level][leaf]];
            }

            yield return row;
        }
    }

    /// <summary>Makes a hierarchy from rows and checks it.</summary>
    /// <param name="attribute">The attribute it generalises.</param>
    /// <param name="source">Where the rows came from, for messages (a file name).</param>
    /// <param name="rows">One row per original value: the value, then its generalisation at each level.</param>
    /// <param name="firstLine">The 1-based line of the first row in <paramref name="source"/>, for messages; rows are taken to be one per line.</param>
    /// <param name="lineOfRow">The line of each row when rows span several lines (quoted line breaks); <see langword="null"/> for one per line.</param>
    /// <returns>The hierarchy.</returns>
    /// <exception cref="InputFormatException">The rows do not form a valid hierarchy; the message names the line and level, never a value.</exception>
    public static Hierarchy FromRows(string attribute, string source, IReadOnlyList<IReadOnlyList<string>> rows, long firstLine = 1, IReadOnlyList<long>? lineOfRow = null)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(rows);
        long LineOf(int row) => lineOfRow is null ? firstLine + row : lineOfRow[row];
        if (rows.Count == 0)
        {
            throw InputFormatException.OfFile(source, $"the hierarchy for '{attribute}' has no rows: one row per value of the column is needed.");
        }

        var height = rows[0].Count;
        if (height < 1)
        {
            throw InputFormatException.AtLine(source, LineOf(0), "the row is empty.");
        }

        var labels = new List<string>[height];
        var ids = new Dictionary<string, int>[height];
        var groupOfLeaf = new int[height][];
        for (var level = 0; level < height; level++)
        {
            labels[level] = [];
            ids[level] = new Dictionary<string, int>(StringComparer.Ordinal);
            groupOfLeaf[level] = new int[rows.Count];
        }

        // parent[level][group at level] = group at level + 1, checked as rows arrive: each level a function of the one below.
        var parent = new List<int>[height];
        for (var level = 0; level < height; level++)
        {
            parent[level] = [];
        }

        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.Count != height)
            {
                throw InputFormatException.AtLine(source, LineOf(r), $"the row has {row.Count} levels where the first row has {height}: every row needs the same number of levels.");
            }

            var previous = -1;
            for (var level = 0; level < height; level++)
            {
                var cell = row[level];
                if (string.IsNullOrEmpty(cell))
                {
                    throw new InputFormatException(source, LineOf(r), level + 1, null, $"the cell of level {level} is empty.");
                }

                if (!ids[level].TryGetValue(cell, out var group))
                {
                    group = labels[level].Count;
                    ids[level].Add(cell, group);
                    labels[level].Add(cell);
                    parent[level].Add(-1);
                }
                else if (level == 0)
                {
                    throw new InputFormatException(source, LineOf(r), 1, null, $"the value of this row is listed before, on line {LineOf(Array.IndexOf(groupOfLeaf[0], group, 0, r))}: each value needs exactly one row.");
                }

                groupOfLeaf[level][r] = group;
                if (previous >= 0)
                {
                    var known = parent[level - 1][previous];
                    if (known < 0)
                    {
                        parent[level - 1][previous] = group;
                    }
                    else if (known != group)
                    {
                        var earlier = FirstRowWith(groupOfLeaf[level - 1], previous, r);
                        throw new InputFormatException(source, LineOf(r), level + 1, null, $"level {level} is not a function of level {level - 1}: this row and the row on line {LineOf(earlier)} share their level-{level - 1} value but not their level-{level} value.");
                    }
                }

                previous = group;
            }
        }

        var leafIndex = ids[0];
        return new Hierarchy(attribute, source, labels.Select(l => l.ToArray()).ToArray(), groupOfLeaf, leafIndex);
    }

    /// <summary>The map from the groups of one level to the groups of the next.</summary>
    /// <param name="level">A level below the highest.</param>
    /// <returns>For each group at <paramref name="level"/>, its group at <paramref name="level"/> + 1.</returns>
    internal int[] ParentsOf(int level)
    {
        var up = new int[GroupCount(level)];
        var below = groupOfLeaf[level];
        var above = groupOfLeaf[level + 1];
        for (var leaf = 0; leaf < below.Length; leaf++)
        {
            up[below[leaf]] = above[leaf];
        }

        return up;
    }

    private static int FirstRowWith(int[] groups, int group, int before)
    {
        for (var r = 0; r < before; r++)
        {
            if (groups[r] == group)
            {
                return r;
            }
        }

        return before;
    }

    private int CheckLevel(int level) => (uint)level < (uint)labels.Length
        ? level
        : throw new ArgumentOutOfRangeException(nameof(level), $"the hierarchy for '{Attribute}' has levels 0 to {labels.Length - 1}.");
}
