namespace RiskNotebooks;

/// <summary>
/// A data file that cannot be read: a table that is missing, empty, has malformed quoting, a ragged row or a duplicate
/// header; a binary file (DICOM) that is truncated or malformed.
/// </summary>
/// <remarks>
/// The message names the file, line and column (or, for a binary file, the byte offset); it never contains a value. A column's header name is kept only when
/// it looks like a name (the header of a headerless file is a record): see <c>HeaderNames.IsShowable</c>.
/// </remarks>
public sealed class InputFormatException : RiskNotebooksException
{
    /// <summary>Creates an exception for a problem at a place in a file.</summary>
    /// <param name="filePath">The file, as the user named it.</param>
    /// <param name="line">The 1-based line where the problem was found, or <see langword="null"/> when it concerns the whole file.</param>
    /// <param name="column">The 1-based column (field) number, or <see langword="null"/> when not known.</param>
    /// <param name="columnName">The header name of that column, or <see langword="null"/>; dropped when it does not look like a name.</param>
    /// <param name="problem">What is wrong, without values from the file.</param>
    /// <param name="innerException">The cause, if any; its message must not carry values either.</param>
    public InputFormatException(string filePath, long? line, int? column, string? columnName, string problem, Exception? innerException = null)
        : base(Compose(filePath, line, column, Shown(columnName), problem), innerException)
    {
        FilePath = filePath;
        Line = line;
        Column = column;
        ColumnName = Shown(columnName);
        Problem = problem;
    }

    /// <summary>Creates an exception for a problem at a byte offset of a binary file.</summary>
    /// <param name="filePath">The file, as the user named it.</param>
    /// <param name="byteOffset">The 0-based offset of the structure at fault (for a deflated DICOM data set, in the inflated bytes).</param>
    /// <param name="problem">What is wrong, without values from the file.</param>
    /// <param name="innerException">The cause, if any; its message must not carry values either.</param>
    public InputFormatException(string filePath, long byteOffset, string problem, Exception? innerException = null)
        : base($"{filePath}, byte {byteOffset}: {problem}", innerException)
    {
        FilePath = filePath;
        ByteOffset = byteOffset;
        Problem = problem;
    }

    /// <summary>A problem with a whole file (missing, empty, too large, not of the expected kind), tied to no line.</summary>
    /// <param name="filePath">The file, as the user named it.</param>
    /// <param name="problem">What is wrong, without values from the file.</param>
    /// <param name="innerException">The cause, if any.</param>
    /// <returns>The exception.</returns>
    public static InputFormatException OfFile(string filePath, string problem, Exception? innerException = null)
        => new(filePath, null, null, null, problem, innerException);

    /// <summary>A problem on one line of a text file, tied to no column.</summary>
    /// <param name="filePath">The file, as the user named it.</param>
    /// <param name="line">The 1-based line, or <see langword="null"/> when the reader could not tell it.</param>
    /// <param name="problem">What is wrong, without values from the file.</param>
    /// <param name="innerException">The cause, if any; its message must not carry values either.</param>
    /// <returns>The exception.</returns>
    public static InputFormatException AtLine(string filePath, long? line, string problem, Exception? innerException = null)
        => new(filePath, line, null, null, problem, innerException);

    /// <summary>
    /// The one message for bytes that are not UTF-8 in a file that must be UTF-8 (JSON, YAML): where they are, never what
    /// they are.
    /// </summary>
    /// <param name="filePath">The file, as the user named it.</param>
    /// <param name="line">The 1-based line of the first bad byte.</param>
    /// <param name="column">The 1-based column of the first bad byte, when the reader knows it.</param>
    /// <returns>The exception.</returns>
    public static InputFormatException NotUtf8(string filePath, long line, int? column = null)
        => new(filePath, line, column, null, "not valid UTF-8 here: save the file as UTF-8.");

    /// <summary>
    /// The one mapping of a file-system failure while opening or reading a file to the message users see: missing,
    /// permission denied (or a folder), or unreadable. Every reader uses it.
    /// </summary>
    /// <param name="filePath">The file, as the user named it.</param>
    /// <param name="error">The failure: an <see cref="IOException"/> or an <see cref="UnauthorizedAccessException"/>.</param>
    /// <returns>The exception to throw.</returns>
    public static InputFormatException FromFileSystem(string filePath, Exception error) => error switch
    {
        FileNotFoundException or DirectoryNotFoundException => OfFile(filePath, "the file does not exist.", error),
        UnauthorizedAccessException => OfFile(filePath, "the file cannot be read (permission denied, or it is a folder).", error),
        _ => OfFile(filePath, "the file cannot be read.", error),
    };

    /// <summary>Whether an exception is a file-system failure that <see cref="FromFileSystem"/> maps.</summary>
    /// <param name="error">The exception.</param>
    /// <returns>True for <see cref="IOException"/> and <see cref="UnauthorizedAccessException"/>.</returns>
    public static bool IsFileSystemError(Exception error) => error is IOException or UnauthorizedAccessException;

    /// <summary>The file, as the user named it.</summary>
    public string FilePath { get; }

    /// <summary>The 0-based byte offset of the problem in a binary file, when it is tied to one.</summary>
    public long? ByteOffset { get; }

    /// <summary>The 1-based line of the problem, when it is tied to one.</summary>
    public long? Line { get; }

    /// <summary>The 1-based column (field) number of the problem, when known.</summary>
    public int? Column { get; }

    /// <summary>The header name of the column at fault, when known and when it looks like a name.</summary>
    public string? ColumnName { get; }

    /// <summary>What is wrong, in words.</summary>
    public string Problem { get; }

    /// <summary>
    /// The engine's names of the options that <see cref="Problem"/> mentions (such as <c>WeightColumn</c> in "the value of
    /// WeightColumn is missing"), so that <see cref="Respell"/> can spell them as a host does; empty for most problems.
    /// </summary>
    public IReadOnlyList<string> RelatedOptions { get; internal init; } = [];

    /// <summary>
    /// The same error with the options its problem mentions spelled as a host spells them (the engine's <c>WeightColumn</c>
    /// as the command line's <c>--weight</c>); this exception itself when nothing is respelled.
    /// </summary>
    /// <param name="spelling">A host's spelling of an option name, or <see langword="null"/> to keep the name.</param>
    /// <returns>The respelled exception, whose inner exception is this one.</returns>
    public InputFormatException Respell(Func<string, string?> spelling)
    {
        ArgumentNullException.ThrowIfNull(spelling);
        var problem = InvalidOptionException.RespellText(Problem, RelatedOptions, spelling);
        if (problem == Problem)
        {
            return this;
        }

        return ByteOffset is { } offset
            ? new InputFormatException(FilePath, offset, problem, this)
            : new InputFormatException(FilePath, Line, Column, ColumnName, problem, this);
    }

    private static string? Shown(string? columnName) => RiskNotebooks.Data.HeaderNames.IsShowable(columnName) ? columnName : null;

    private static string Compose(string filePath, long? line, int? column, string? columnName, string problem)
    {
        var where = filePath;
        if (line is not null)
        {
            where += $", line {line}";
        }

        if (column is not null)
        {
            where += columnName is null ? $", column {column}" : $", column {column} ('{columnName}')";
        }
        else if (columnName is not null)
        {
            where += $", column '{columnName}'";
        }

        return $"{where}: {problem}";
    }
}
