using RiskNotebooks.Data;

namespace RiskNotebooks;

/// <summary>A column was asked for by name and the table has no column of that name.</summary>
/// <remarks>
/// The message lists the table's column names only when they look like a header, and at most a bounded number of them
/// (the "header" of a headerless file is a record); otherwise it says how many columns there are. When the table was read
/// from a delimited file it names the delimiter, so that a file read with the wrong one is recognised; when the delimiter
/// was detected it says to give the option <c>Delimiter</c> (see <see cref="RelatedOptions"/>), which hosts respell.
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
        : base(Compose(columnName, source, HeaderNames.Describe(available ?? throw new ArgumentNullException(nameof(available))), delimiter, delimiterDetected, DelimiterOption))
    {
        ColumnName = columnName;
        Source = source;
        ColumnCount = available.Count;
        ColumnsDescription = HeaderNames.Describe(available);
        Delimiter = delimiter;
        DelimiterDetected = delimiterDetected;
    }

    private UnknownColumnException(UnknownColumnException error, string delimiterOption)
        : base(Compose(error.ColumnName, error.Source, error.ColumnsDescription, error.Delimiter, error.DelimiterDetected, delimiterOption), error)
    {
        ColumnName = error.ColumnName;
        Source = error.Source;
        ColumnCount = error.ColumnCount;
        ColumnsDescription = error.ColumnsDescription;
        Delimiter = error.Delimiter;
        DelimiterDetected = error.DelimiterDetected;
    }

    /// <summary>The engine's name of the option that gives a file's delimiter, as the message names it.</summary>
    private const string DelimiterOption = "Delimiter";

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

    /// <summary>Whether <see cref="Delimiter"/> was detected rather than given.</summary>
    public bool DelimiterDetected { get; }

    /// <summary>The engine's names of the options the message mentions: <c>Delimiter</c> when the delimiter was detected, else none.</summary>
    public IReadOnlyList<string> RelatedOptions => Delimiter is not null && DelimiterDetected ? [DelimiterOption] : [];

    /// <summary>
    /// The same error with the option it mentions spelled as a host spells it (the engine's <c>Delimiter</c> as the
    /// command line's <c>--delimiter</c>); this exception itself when nothing is respelled.
    /// </summary>
    /// <param name="spelling">A host's spelling of an option name, or <see langword="null"/> to keep the name.</param>
    /// <returns>The respelled exception, whose inner exception is this one.</returns>
    public UnknownColumnException Respell(Func<string, string?> spelling)
    {
        ArgumentNullException.ThrowIfNull(spelling);
        return RelatedOptions.Count > 0 && spelling(DelimiterOption) is { } spelled && spelled != DelimiterOption
            ? new UnknownColumnException(this, spelled)
            : this;
    }

    private static string Compose(string columnName, string source, string columns, char? delimiter, bool delimiterDetected, string delimiterOption)
    {
        var message = $"{source}: no column named '{columnName}'. {columns}";
        if (delimiter is { } d)
        {
            message += delimiterDetected
                ? $" The delimiter was detected as {HeaderNames.NameOf(d)}; if the file uses another one, give it with {delimiterOption}."
                : $" The file was read with the delimiter {HeaderNames.NameOf(d)}.";
        }

        return message;
    }
}
