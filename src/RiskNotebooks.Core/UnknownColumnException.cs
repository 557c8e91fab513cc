using RiskNotebooks.Data;

namespace RiskNotebooks;

/// <summary>A column was asked for by name and the table has no column of that name.</summary>
/// <remarks>
/// The message lists the table's column names only when they look like a header, and at most a bounded number of them
/// (the "header" of a headerless file is a record); otherwise it says how many columns there are. When the table was read
/// from a delimited file it names the delimiter, so that a file read with the wrong one is recognised.
/// </remarks>
public sealed class UnknownColumnException : RiskNotebooksException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="columnName">The name asked for.</param>
    /// <param name="source">Where the table came from (a file path or a table name).</param>
    /// <param name="available">The column names the table does have (shown only when they look like header names).</param>
    /// <param name="delimiter">The delimiter the file was read with, or <see langword="null"/> when not read from a file.</param>
    /// <param name="delimiterDetected">Whether <paramref name="delimiter"/> was detected rather than given.</param>
    public UnknownColumnException(string columnName, string source, IReadOnlyList<string> available, char? delimiter = null, bool delimiterDetected = false)
        : base(Compose(columnName, source, available, delimiter, delimiterDetected))
    {
        ArgumentNullException.ThrowIfNull(available);
        ColumnName = columnName;
        Source = source;
        ColumnCount = available.Count;
        ColumnsDescription = HeaderNames.Describe(available);
        Delimiter = delimiter;
    }

    /// <summary>The name asked for.</summary>
    public string ColumnName { get; }

    /// <summary>Where the table came from.</summary>
    public new string Source { get; }

    /// <summary>How many columns the table has.</summary>
    public int ColumnCount { get; }

    /// <summary>The table's columns in a sentence: their names when they look like a header (a bounded list), else their number.</summary>
    public string ColumnsDescription { get; }

    /// <summary>The delimiter the file was read with, when it was read from a delimited file.</summary>
    public char? Delimiter { get; }

    private static string Compose(string columnName, string source, IReadOnlyList<string> available, char? delimiter, bool delimiterDetected)
    {
        var message = $"{source}: no column named '{columnName}'. {HeaderNames.Describe(available)}";
        if (delimiter is { } d)
        {
            message += delimiterDetected
                ? $" The delimiter was detected as {HeaderNames.NameOf(d)}; if the file uses another one, give it with --delimiter."
                : $" The file was read with the delimiter {HeaderNames.NameOf(d)}.";
        }

        return message;
    }
}
