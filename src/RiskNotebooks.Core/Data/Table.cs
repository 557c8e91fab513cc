namespace RiskNotebooks.Data;

/// <summary>
/// A table held column by column, each column dictionary-encoded once (see <see cref="Column"/>). Immutable.
/// </summary>
/// <remarks>
/// Load one with <see cref="CsvTableReader"/>, or build one in memory with <see cref="FromRows"/>. Column names are matched
/// exactly, then ignoring case when that is unambiguous.
/// </remarks>
public sealed class Table
{
    private readonly Column[] columns;
    private readonly Func<int, long>? lineOf;

    /// <summary>Creates a table from columns of equal length.</summary>
    /// <param name="source">Where the table came from (a file path or a name), used in messages.</param>
    /// <param name="columns">The columns, with distinct names.</param>
    public Table(string source, IEnumerable<Column> columns)
        : this(source, columns, null)
    {
    }

    internal Table(string source, IEnumerable<Column> columns, Func<int, long>? lineOf)
    {
        this.lineOf = lineOf;
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(columns);
        this.columns = columns.ToArray();
        Source = source;
        RowCount = this.columns.Length == 0 ? 0 : this.columns[0].RowCount;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in this.columns)
        {
            if (column.RowCount != RowCount)
            {
                throw new ArgumentException($"Column '{column.Name}' has {column.RowCount} rows, expected {RowCount}.", nameof(columns));
            }

            if (!seen.Add(column.Name))
            {
                throw new ArgumentException($"Two columns are named '{column.Name}'.", nameof(columns));
            }
        }

        ColumnNames = this.columns.Select(c => c.Name).ToArray();
    }

    /// <summary>Where the table came from: a file path or a name.</summary>
    public string Source { get; }

    /// <summary>The number of rows (records).</summary>
    public int RowCount { get; }

    /// <summary>The columns, in file order.</summary>
    public IReadOnlyList<Column> Columns => columns;

    /// <summary>The column names, in file order.</summary>
    public IReadOnlyList<string> ColumnNames { get; }

    /// <summary>Where a row starts in the source file, for messages about it.</summary>
    /// <param name="row">A 0-based row index.</param>
    /// <returns>The 1-based line in the file, or <see langword="null"/> for a table built in memory.</returns>
    public long? LineOf(int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, RowCount);
        return lineOf?.Invoke(row);
    }

    /// <summary>Describes where a row is, for messages: "line 17" for a file, "row 16" for a table built in memory.</summary>
    /// <param name="row">A 0-based row index.</param>
    /// <returns>The description.</returns>
    public string DescribeRow(int row) => LineOf(row) is { } line ? $"line {line}" : $"row {row + 1}";

    /// <summary>The column of a name (see <see cref="GetColumn"/>).</summary>
    /// <param name="name">The column name.</param>
    public Column this[string name] => GetColumn(name);

    /// <summary>Finds a column by name: exactly, else ignoring case when only one column matches that way.</summary>
    /// <param name="name">The column name.</param>
    /// <returns>The column.</returns>
    /// <exception cref="UnknownColumnException">No column has that name.</exception>
    public Column GetColumn(string name)
        => TryGetColumn(name, out var column) ? column : throw new UnknownColumnException(name, Source, ColumnNames);

    /// <summary>Finds a column by name (see <see cref="GetColumn"/>).</summary>
    /// <param name="name">The column name.</param>
    /// <param name="column">The column when found.</param>
    /// <returns>Whether it was found.</returns>
    public bool TryGetColumn(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Column? column)
    {
        ArgumentNullException.ThrowIfNull(name);
        var index = IndexOf(ColumnNames, name);
        column = index >= 0 ? columns[index] : null;
        return column is not null;
    }

    internal static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        var found = -1;
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], name, StringComparison.OrdinalIgnoreCase))
            {
                if (found >= 0)
                {
                    return -1;
                }

                found = i;
            }
        }

        return found;
    }

    /// <summary>Builds a table in memory from rows of text, encoding each column as <see cref="CsvTableReader"/> does.</summary>
    /// <param name="source">A name for the table, used in messages.</param>
    /// <param name="columnNames">The column names.</param>
    /// <param name="rows">The rows; each must have one cell per column. <see langword="null"/> cells are missing.</param>
    /// <param name="missing">The texts that mean missing; by default <see cref="MissingValues.Default"/>.</param>
    /// <returns>The table.</returns>
    public static Table FromRows(string source, IReadOnlyList<string> columnNames, IEnumerable<IReadOnlyList<string?>> rows, MissingValues? missing = null)
    {
        ArgumentNullException.ThrowIfNull(columnNames);
        ArgumentNullException.ThrowIfNull(rows);
        missing ??= MissingValues.Default;
        var encoders = columnNames.Select(n => new ColumnEncoder(n, missing)).ToArray();
        var rowNumber = 0;
        foreach (var row in rows)
        {
            rowNumber++;
            if (row.Count != encoders.Length)
            {
                throw new ArgumentException($"Row {rowNumber} has {row.Count} cells, expected {encoders.Length}.", nameof(rows));
            }

            for (var c = 0; c < encoders.Length; c++)
            {
                var cell = row[c];
                if (cell is null || missing.IsMissing(cell))
                {
                    encoders[c].Add((string?)null);
                }
                else
                {
                    encoders[c].Add(cell);
                }
            }
        }

        return new Table(source, encoders.Select(e => e.Build()));
    }
}
