using System.Globalization;
using System.Text;
using CsvHelper;

namespace RiskNotebooks.Data;

/// <summary>
/// Writes CSV that is safe to open in a spreadsheet, through CsvHelper's writer: RFC 4180 quoting, invariant-culture
/// numbers, and text cells that a spreadsheet would run as a formula (starting with <c>=</c> <c>+</c> <c>-</c> <c>@</c>,
/// tab or CR) escaped with a leading quote by CsvHelper's injection escaping (<see cref="CsvInjection.Escape"/>).
/// </summary>
/// <remarks>
/// One addition to CsvHelper's escaping: text that already starts with a quote gets one more, so the escaping is
/// reversible (drop one leading quote) and two distinct values never become one cell: <c>=1+1</c> is read back as
/// <c>'=1+1</c> and <c>'=1+1</c> as <c>''=1+1</c>. (CsvHelper cannot count the quote among its injection characters, since
/// it is the escape itself.) Numbers are written as numbers, never escaped: <c>-5</c> stays <c>-5</c>.
/// </remarks>
public sealed class SafeCsvWriter : IDisposable
{
    private readonly CsvWriter csv;

    /// <summary>Creates a writer.</summary>
    /// <param name="writer">Where to write (left open; <see cref="Dispose"/> flushes).</param>
    /// <param name="delimiter">The field delimiter.</param>
    public SafeCsvWriter(TextWriter writer, char delimiter = ',')
    {
        ArgumentNullException.ThrowIfNull(writer);
        csv = CsvWriter.Create(writer, new CsvWriterOptions { Separator = delimiter, Injection = CsvInjection.Escape, NewLine = "\n" }, leaveOpen: true);
    }

    /// <summary>Writes a text cell, escaped against formula injection.</summary>
    /// <param name="text">The text; <see langword="null"/> writes an empty cell.</param>
    public void WriteText(string? text)
        => csv.WriteField(text is ['\'', ..] ? "'" + text : text ?? string.Empty);

    /// <summary>Writes a number with the shortest round-trip form; NaN writes an empty cell.</summary>
    /// <param name="value">The number.</param>
    public void WriteNumber(double value)
    {
        if (double.IsNaN(value))
        {
            csv.WriteField(string.Empty);
        }
        else
        {
            csv.WriteField(value, "R", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Writes a whole number.</summary>
    /// <param name="value">The number.</param>
    public void WriteNumber(long value) => csv.WriteField(value, default, CultureInfo.InvariantCulture);

    /// <summary>Ends the current row.</summary>
    public void EndRow() => csv.EndRecord();

    /// <summary>Flushes what is written; the target writer stays open.</summary>
    public void Dispose() => csv.Dispose();

    /// <summary>Writes a whole file atomically (see <see cref="AtomicFile"/>) as UTF-8 without BOM; an error names the option <see cref="AtomicFile.OutputOption"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="write">Writes the rows.</param>
    public static void WriteFile(string path, Action<SafeCsvWriter> write) => WriteFile(path, write, AtomicFile.OutputOption);

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
            using var csv = new SafeCsvWriter(text);
            write(csv);
        }, optionName);
    }
}
