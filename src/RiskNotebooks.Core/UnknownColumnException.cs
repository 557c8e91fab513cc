namespace RiskNotebooks;

/// <summary>A column was asked for by name and the table has no column of that name.</summary>
public sealed class UnknownColumnException : RiskNotebooksException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="columnName">The name asked for.</param>
    /// <param name="source">Where the table came from (a file path or a table name).</param>
    /// <param name="available">The column names the table does have (header names, not values).</param>
    public UnknownColumnException(string columnName, string source, IReadOnlyList<string> available)
        : base($"{source}: no column named '{columnName}'. Columns: {string.Join(", ", available)}.")
    {
        ColumnName = columnName;
        Source = source;
        Available = available;
    }

    /// <summary>The name asked for.</summary>
    public string ColumnName { get; }

    /// <summary>Where the table came from.</summary>
    public new string Source { get; }

    /// <summary>The names the table has.</summary>
    public IReadOnlyList<string> Available { get; }
}
