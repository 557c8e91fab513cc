namespace RiskNotebooks.Data;

/// <summary>
/// An aggregate description of one column, safe to show: its kind of content, distinct and missing counts, and a
/// suggested role with the reason. Never holds a value of the column.
/// </summary>
public sealed class ColumnProfile
{
    internal ColumnProfile(string name, string kind, int distinctCount, int missingCount, int rowCount, ColumnRole suggestedRole, string reason)
    {
        Name = name;
        Kind = kind;
        DistinctCount = distinctCount;
        MissingCount = missingCount;
        RowCount = rowCount;
        SuggestedRole = suggestedRole;
        Reason = reason;
    }

    /// <summary>The column name.</summary>
    public string Name { get; }

    /// <summary>What the values look like: <c>number</c>, <c>date</c>, <c>text</c>, or a recognised identifier kind.</summary>
    public string Kind { get; }

    /// <summary>The number of distinct non-missing values.</summary>
    public int DistinctCount { get; }

    /// <summary>The number of missing values.</summary>
    public int MissingCount { get; }

    /// <summary>The number of rows.</summary>
    public int RowCount { get; }

    /// <summary>The share of missing values.</summary>
    public double MissingShare => RowCount == 0 ? 0d : (double)MissingCount / RowCount;

    /// <summary>Distinct values per non-missing value: 1 when every value is different.</summary>
    public double DistinctShare => RowCount - MissingCount == 0 ? 0d : (double)DistinctCount / (RowCount - MissingCount);

    /// <summary>The suggested role.</summary>
    public ColumnRole SuggestedRole { get; }

    /// <summary>Why that role is suggested.</summary>
    public string Reason { get; }
}
