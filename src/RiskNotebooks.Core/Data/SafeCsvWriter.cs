using System.Globalization;
using System.Text;

namespace RiskNotebooks.Data;

/// <summary>
/// Writes CSV that is safe to open in a spreadsheet: RFC 4180 quoting, invariant-culture numbers, and text cells that a
/// spreadsheet would run as a formula (starting with <c>=</c> <c>+</c> <c>-</c> <c>@</c>, tab or CR) prefixed with a quote.
/// </summary>
/// <remarks>
/// Text that already starts with a quote gets one more, so the escaping is reversible (drop one leading quote) and two
/// distinct values never become one cell: <c>=1+1</c> is written <c>'=1+1</c> and <c>'=1+1</c> is written <c>''=1+1</c>.
/// </remarks>
public sealed class SafeCsvWriter
{
    private readonly TextWriter writer;
    private readonly char delimiter;
    private bool atLineStart = true;

    /// <summary>Creates a writer.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="delimiter">The field delimiter.</param>
    public SafeCsvWriter(TextWriter writer, char delimiter = ',')
    {
        this.writer = writer ?? throw new ArgumentNullException(nameof(writer));
        this.delimiter = delimiter;
    }

    /// <summary>Writes a text cell, escaped against formula injection.</summary>
    /// <param name="text">The text; <see langword="null"/> writes an empty cell.</param>
    public void WriteText(string? text)
    {
        Separate();
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        if (text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\'')
        {
            text = "'" + text;
        }

        if (text.AsSpan().IndexOfAny(['"', delimiter, '\n', '\r']) >= 0)
        {
            writer.Write('"');
            writer.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
            writer.Write('"');
        }
        else
        {
            writer.Write(text);
        }
    }

    /// <summary>Writes a number with the shortest round-trip form; NaN writes an empty cell.</summary>
    /// <param name="value">The number.</param>
    public void WriteNumber(double value)
    {
        Separate();
        if (!double.IsNaN(value))
        {
            writer.Write(value.ToString("R", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Writes a whole number.</summary>
    /// <param name="value">The number.</param>
    public void WriteNumber(long value)
    {
        Separate();
        writer.Write(value.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Ends the current row.</summary>
    public void EndRow()
    {
        writer.Write('\n');
        atLineStart = true;
    }

    private void Separate()
    {
        if (!atLineStart)
        {
            writer.Write(delimiter);
        }

        atLineStart = false;
    }

    /// <summary>Writes a whole file atomically (see <see cref="AtomicFile"/>) as UTF-8 without BOM.</summary>
    /// <param name="path">The file.</param>
    /// <param name="write">Writes the rows.</param>
    public static void WriteFile(string path, Action<SafeCsvWriter> write) => WriteFile(path, write, "--output");

    /// <summary>Writes a whole file atomically (see <see cref="AtomicFile"/>) as UTF-8 without BOM.</summary>
    /// <param name="path">The file.</param>
    /// <param name="write">Writes the rows.</param>
    /// <param name="optionName">The option that named the file, for the error when its folder does not exist.</param>
    public static void WriteFile(string path, Action<SafeCsvWriter> write, string optionName)
    {
        using var files = new AtomicFileSet();
        WriteFile(files, path, write, optionName);
        files.Commit();
    }

    /// <summary>Writes a whole file as UTF-8 without BOM to a temporary file of a set, moved into place with the set's other files.</summary>
    /// <param name="files">The set; its <see cref="AtomicFileSet.Commit"/> moves the file into place.</param>
    /// <param name="path">The file.</param>
    /// <param name="write">Writes the rows.</param>
    /// <param name="optionName">The option that named the file.</param>
    public static void WriteFile(AtomicFileSet files, string path, Action<SafeCsvWriter> write, string optionName)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(write);
        files.Add(path, stream =>
        {
            using var text = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
            write(new SafeCsvWriter(text));
        }, optionName);
    }
}
