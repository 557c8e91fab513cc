using RiskNotebooks.Data;

namespace RiskNotebooks.Treatment;

/// <summary>What <see cref="LocalSuppression"/> did: the table with key cells set to missing, and how many per key.</summary>
public sealed class LocalSuppressionResult
{
    internal LocalSuppressionResult(Table table, Column[] keys, int[][] codes, int k, int[] order, string? strata, int passes)
        : this(keys, codes, k, order, strata, passes)
    {
        Table = table;
    }

    internal LocalSuppressionResult(Column[] keys, int[][] codes, int k, int[] order, string? strata, int passes)
    {
        K = k;
        Strata = strata;
        Passes = passes;
        Keys = keys.Select(c => c.Name).ToArray();
        SuppressionOrder = order.Select(q => keys[q].Name).ToArray();
        var before = new int[keys.Length];
        var after = new int[keys.Length];
        var changed = new bool[keys.Length == 0 ? 0 : keys[0].RowCount];
        for (var q = 0; q < keys.Length; q++)
        {
            var original = keys[q].Codes;
            for (var r = 0; r < original.Length; r++)
            {
                before[q] += original[r] == Column.MissingCode ? 1 : 0;
                after[q] += codes[q][r] == Column.MissingCode ? 1 : 0;
                changed[r] |= original[r] != codes[q][r];
            }
        }

        MissingBefore = before;
        NewSuppressions = after.Zip(before, (a, b) => a - b).ToArray();
        RecordsChanged = changed.Count(c => c);
    }

    /// <summary>The table with the suppressed cells missing (record-level data: write it only where the user asked for it);
    /// <see langword="null"/> when the suppression is part of a <see cref="Release"/> (its table holds the cells).</summary>
    public Table? Table { get; }

    /// <summary>The k reached.</summary>
    public int K { get; }

    /// <summary>The key variables, in the order given.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>The keys in the order in which they are chosen for suppression (the least important first).</summary>
    public IReadOnlyList<string> SuppressionOrder { get; }

    /// <summary>The strata column, or <see langword="null"/>.</summary>
    public string? Strata { get; }

    /// <summary>The number of passes (fk computed again after each); the most over the strata.</summary>
    public int Passes { get; }

    /// <summary>Missing cells per key before suppression, aligned with <see cref="Keys"/>.</summary>
    public IReadOnlyList<int> MissingBefore { get; }

    /// <summary>Cells set to missing per key, aligned with <see cref="Keys"/> (sdcMicro's <c>supps</c>).</summary>
    public IReadOnlyList<int> NewSuppressions { get; }

    /// <summary>All cells set to missing (sdcMicro's <c>newSupps</c>).</summary>
    public int TotalNewSuppressions => NewSuppressions.Sum();

    /// <summary>Records with at least one cell set to missing.</summary>
    public int RecordsChanged { get; }
}
