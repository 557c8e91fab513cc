using System.Text;
using CsvHelper;
using RiskNotebooks.Data;

namespace RiskNotebooks.Treatment;

/// <summary>Reads and writes generalisation hierarchies in ARX's CSV format.</summary>
/// <remarks>
/// <para>The format: no header; one row per original value; the first field is the value, each further field its
/// generalisation one level up, usually ending in <c>*</c>. ARX writes <c>;</c> as the delimiter; a file whose first line
/// has no <c>;</c> but a <c>,</c> or a tab is read with that instead. Fields may be quoted (RFC 4180).</para>
/// <para>Errors name the file, line and level (field), never a value. Files are opened for reading only and written
/// atomically (a temporary file moved into place).</para>
/// </remarks>
public static class HierarchyFile
{
    /// <summary>The largest hierarchy file read (64 MiB): a hierarchy has one row per distinct value.</summary>
    public const long MaximumBytes = 64L << 20;

    /// <summary>Reads a hierarchy file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="attribute">The attribute it generalises.</param>
    /// <returns>The hierarchy, checked.</returns>
    /// <exception cref="InputFormatException">The file is missing, unreadable, malformed, or not a valid hierarchy.</exception>
    public static Hierarchy Read(string path, string attribute)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > MaximumBytes)
            {
                throw InputFormatException.OfFile(path, $"the hierarchy file is larger than {MaximumBytes >> 20} MiB.");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (InputFormatException.IsFileSystemError(e))
        {
            throw InputFormatException.FromFileSystem(path, e);
        }

        return Parse(path, attribute, bytes);
    }

    /// <summary>Reads a hierarchy from text already in memory (a notebook cell, a test).</summary>
    /// <param name="source">A name for the text, used in messages.</param>
    /// <param name="attribute">The attribute it generalises.</param>
    /// <param name="text">The rows.</param>
    /// <returns>The hierarchy.</returns>
    /// <exception cref="InputFormatException">The text is not a valid hierarchy.</exception>
    public static Hierarchy Parse(string source, string attribute, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(source, attribute, Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Writes a hierarchy in ARX's format (<c>;</c>-separated), atomically.</summary>
    /// <param name="path">The target file.</param>
    /// <param name="hierarchy">The hierarchy.</param>
    /// <param name="optionName">The option that named the target, for messages.</param>
    public static void Write(string path, Hierarchy hierarchy, string optionName = "path")
    {
        ArgumentNullException.ThrowIfNull(hierarchy);
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
            foreach (var row in hierarchy.Rows())
            {
                writer.WriteLine(string.Join(';', row.Select(Quote)));
            }
        }, optionName);
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(";\"\r\n") < 0 && field.Trim().Length == field.Length ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static Hierarchy Parse(string source, string attribute, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(attribute);
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        var body = bytes.AsMemory(start);
        if (body.Span.Trim((byte)'\n').Trim((byte)'\r').Trim((byte)' ').IsEmpty)
        {
            throw InputFormatException.OfFile(source, $"the hierarchy file for '{attribute}' is empty: one row per value of the column is needed.");
        }

        var options = new CsvReaderOptions
        {
            Separator = DetectDelimiter(body.Span),
            HasHeader = false,
            TrackLineNumbers = true,
            IncludeValuesInExceptions = false,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            SkipEmptyLines = true,
            TrimWhitespace = false,
            TrimInsideQuotes = false,
        };

        var rows = new List<IReadOnlyList<string>>();
        var lines = new List<long>();
        using var reader = CsvReader.Create(body.ToArray(), options);
        try
        {
            while (reader.Read())
            {
                var row = new string[reader.FieldCount];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = Encoding.UTF8.GetString(reader.GetSpan(i)).Trim();
                }

                rows.Add(row);
                lines.Add(reader.LineNumber);
            }
        }
        catch (CsvFormatException e)
        {
            throw InputFormatException.AtLine(source, e.LineNumber > 0 ? e.LineNumber : null, "the file is not valid CSV (malformed quoting).", e.InnerException);
        }

        return Hierarchy.FromRows(attribute, source, rows, 1, lines);
    }

    private static char DetectDelimiter(ReadOnlySpan<byte> text)
    {
        var end = text.IndexOf((byte)'\n');
        var first = end < 0 ? text : text[..end];
        return first.Contains((byte)';') ? ';' : first.Contains((byte)'\t') ? '\t' : first.Contains((byte)',') ? ',' : ';';
    }
}
