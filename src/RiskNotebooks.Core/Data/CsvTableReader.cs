using System.Text;
using System.Text.Unicode;
using CsvHelper;

namespace RiskNotebooks.Data;

/// <summary>Reads a delimited text file with a header row into a dictionary-encoded <see cref="Table"/>.</summary>
/// <remarks>
/// <para>Parsing is CsvHelper's (RFC 4180: quoted fields may hold delimiters, quotes and line breaks). The delimiter is
/// detected among <c>,</c> <c>;</c> tab and <c>|</c> unless given. The encoding is a byte order mark's, else UTF-8 when the
/// bytes are valid UTF-8, else Windows-1252, so Latin-1 exports with å, ä, ö read correctly.</para>
/// <para>Errors name the file, line and column and the problem, never a cell's value: CsvHelper's own messages are not
/// passed on. The file is opened for reading only.</para>
/// </remarks>
public static class CsvTableReader
{
    internal static readonly Encoding Windows1252 = CreateWindows1252();

    /// <summary>Loads a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">How to read it; <see cref="CsvLoadOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops a long load.</param>
    /// <returns>The table, with <see cref="Table.Source"/> set to <paramref name="path"/>.</returns>
    /// <exception cref="InputFormatException">The file is missing, empty or malformed.</exception>
    /// <exception cref="UnknownColumnException">A column of <see cref="CsvLoadOptions.Columns"/> is not in the header.</exception>
    /// <remarks>
    /// The file is read twice, as a stream: a first pass checks the encoding and counts lines (so column arrays are sized
    /// once), the second parses. The whole file is never held in memory. A large file (8 MiB or more) that is plain UTF-8
    /// without quotes is parsed in parallel by a vectorised reader instead, into an identical table; any file it cannot
    /// prove plain (quotes, empty lines, ragged rows, another encoding) goes through CsvHelper, so errors are reported
    /// the same way whatever the size.
    /// </remarks>
    public static Table Load(string path, CsvLoadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= CsvLoadOptions.Default;
        try
        {
            return UnquotedCsvReader.TryLoad(path, options, UnquotedCsvReader.MinimumFileSize, cancellationToken)
                ?? LoadWithCsvHelper(path, options, cancellationToken);
        }
        catch (Exception e) when (InputFormatException.IsFileSystemError(e))
        {
            throw InputFormatException.FromFileSystem(path, e);
        }
    }

    /// <summary>The robust path: CsvHelper, for every file (the tests compare the large-table path with it).</summary>
    internal static Table LoadWithCsvHelper(string path, CsvLoadOptions options, CancellationToken cancellationToken)
    {
        try
        {
            var scan = FileScan.Run(path, cancellationToken);
            if (scan.IsBlank)
            {
                throw InputFormatException.OfFile(path, "the file is empty: a header row is needed.");
            }

            var encoding = options.Encoding ?? scan.Encoding;
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            var utf8 = encoding is UTF8Encoding;
            return Parse(
                path,
                () => CsvReader.Create(stream, CreateOptions(options, utf8 ? null : encoding, trackLines: !utf8), leaveOpen: true),
                options,
                scan.LineCount,
                utf8 ? new Source(offset => RowLocator.LineAt(path, offset), offset => ReadLineBefore(path, offset)) : null,
                cancellationToken);
        }
        catch (Exception e) when (InputFormatException.IsFileSystemError(e))
        {
            throw InputFormatException.FromFileSystem(path, e);
        }
    }

    /// <summary>Reads a table from text already in memory (for example a notebook cell or a test).</summary>
    /// <param name="source">A name for the text, used in messages.</param>
    /// <param name="text">The delimited text, header first.</param>
    /// <param name="options">How to read it.</param>
    /// <returns>The table.</returns>
    public static Table LoadFromText(string source, string text, CsvLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(text);
        options ??= CsvLoadOptions.Default;
        var bytes = Encoding.UTF8.GetBytes(text);
        if (IsBlank(bytes))
        {
            throw InputFormatException.OfFile(source, "the text is empty: a header row is needed.");
        }

        var lines = bytes.AsSpan().Count((byte)'\n') + 1;
        return Parse(
            source,
            () => CsvReader.Create(bytes, CreateOptions(options, null, trackLines: false)),
            options,
            lines,
            new Source(offset => RowLocator.LineAt(bytes, offset), offset => LineBefore(bytes, (int)Math.Min(offset, bytes.Length))),
            default);
    }

    /// <summary>How to find lines and line starts in UTF-8 input from byte offsets (only on the error path).</summary>
    private sealed record Source(Func<long, long> LineAt, Func<long, byte[]> LineBefore);

    internal static CsvReaderOptions CreateOptions(CsvLoadOptions options, Encoding? encoding, bool trackLines) => new()
    {
        Separator = options.Delimiter,
        HasHeader = true,
        // CsvHelper's own line tracking makes stream parsing about four times slower; for UTF-8 input we keep each
        // record's byte offset instead and count lines only when a message needs one.
        TrackLineNumbers = trackLines,
        IncludeValuesInExceptions = false,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        SkipEmptyLines = true,
        TrimWhitespace = options.TrimWhitespace,
        TrimInsideQuotes = options.TrimWhitespace,
        Encoding = encoding!,
        BufferSize = 1 << 20,
    };

    private static Table Parse(string path, Func<CsvReader> open, CsvLoadOptions options, long lineCount, Source? source, CancellationToken cancellationToken)
    {
        using var reader = open();
        try
        {
            reader.ReadHeader();
            var headers = reader.Headers;
            ValidateHeader(path, headers);
            var wanted = SelectColumns(path, headers, options.Columns, reader.Separator, options.Delimiter is null);
            var capacity = (int)Math.Clamp(lineCount, 16, Array.MaxLength);
            var encoders = new ColumnEncoder[wanted.Length];
            for (var i = 0; i < wanted.Length; i++)
            {
                encoders[i] = new ColumnEncoder(headers[wanted[i]], options.MissingValues, capacity);
            }

            var fieldCount = headers.Count;
            var starts = new long[capacity];   // byte offsets (UTF-8 input) or line numbers (transcoded input)
            var rows = 0;
            while (reader.Read())
            {
                if (reader.FieldCount != fieldCount)
                {
                    var column = Math.Min(reader.FieldCount, fieldCount) + 1;
                    throw new InputFormatException(
                        path,
                        source is null ? reader.LineNumber : source.LineAt(reader.ByteOffset),
                        column,
                        column <= fieldCount ? headers[column - 1] : null,
                        $"the row has {reader.FieldCount} fields, the header has {fieldCount}.");
                }

                if (rows == starts.Length)
                {
                    Array.Resize(ref starts, starts.Length * 2);
                }

                starts[rows++] = source is null ? reader.LineNumber : reader.ByteOffset;
                for (var i = 0; i < encoders.Length; i++)
                {
                    encoders[i].Add(reader.GetSpan(wanted[i]));
                }

                if ((rows & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }

            var columns = encoders.Select(e => e.Build()).ToArray();
            Func<int, long> lineOf = source is null ? row => starts[row] : row => source.LineAt(starts[row]);
            return new Table(path, columns, lineOf);
        }
        catch (CsvFormatException e)
        {
            long? line = e.LineNumber > 0 ? e.LineNumber : source is not null && e.ByteOffset > 0 ? source.LineAt(e.ByteOffset) : null;
            int? column = source is not null && e.ByteOffset > 0 ? ColumnAt(source.LineBefore(e.ByteOffset), reader.Separator) : null;
            throw new InputFormatException(path, line, column, null, Describe(e), e.InnerException);
        }
    }

    internal static void ValidateHeader(string path, IReadOnlyList<string> headers)
    {
        if (headers.Count == 0)
        {
            throw InputFormatException.AtLine(path, 1, "the header row is empty.");
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            var name = headers[i];
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new InputFormatException(path, 1, i + 1, null, "the header has an empty column name.");
            }

            if (seen.TryGetValue(name, out var first))
            {
                throw new InputFormatException(path, 1, i + 1, name, $"duplicate column name: column {first + 1} has the same name.");
            }

            seen.Add(name, i);
        }
    }

    internal static int[] SelectColumns(string path, IReadOnlyList<string> headers, IReadOnlyList<string>? columns, char delimiter, bool detected)
    {
        if (columns is null)
        {
            return Enumerable.Range(0, headers.Count).ToArray();
        }

        var result = new List<int>(columns.Count);
        foreach (var name in columns)
        {
            var index = Table.IndexOf(headers, name);
            if (index < 0)
            {
                throw new UnknownColumnException(name, path, headers, delimiter, detected);
            }

            if (!result.Contains(index))
            {
                result.Add(index);
            }
        }

        return result.ToArray();
    }

    private static string Describe(CsvFormatException e)
    {
        // CsvHelper's message names the record and byte offset and the kind of problem; with IncludeValuesInExceptions off it
        // holds no values, but we word our own so that no future version can leak one.
        var message = e.Message;
        if (message.Contains("closing quote", StringComparison.OrdinalIgnoreCase))
        {
            return "bad quoting: text follows the closing quote of a quoted field.";
        }

        if (message.Contains("never closed", StringComparison.OrdinalIgnoreCase) || message.Contains("unterminated", StringComparison.OrdinalIgnoreCase))
        {
            return "bad quoting: a quoted field is never closed.";
        }

        if (message.Contains("stray", StringComparison.OrdinalIgnoreCase) || message.Contains("quote inside", StringComparison.OrdinalIgnoreCase))
        {
            return "bad quoting: a quote inside an unquoted field.";
        }

        if (message.Contains("too large", StringComparison.OrdinalIgnoreCase))
        {
            return "a record is too large to read.";
        }

        return "malformed CSV (quoting).";
    }

    /// <summary>The 1-based field number at the end of a line's bytes: counts delimiters outside quotes.</summary>
    private static int ColumnAt(ReadOnlySpan<byte> lineStart, char separator)
    {
        var column = 1;
        var quoted = false;
        foreach (var b in lineStart)
        {
            if (b == (byte)'"')
            {
                quoted = !quoted;
            }
            else if (b == (byte)separator && !quoted)
            {
                column++;
            }
        }

        return column;
    }

    /// <summary>The bytes from the start of the line that holds <paramref name="offset"/> up to it.</summary>
    private static byte[] LineBefore(ReadOnlySpan<byte> bytes, int offset)
    {
        var start = bytes[..offset].LastIndexOf((byte)'\n') + 1;
        return bytes[start..offset].ToArray();
    }

    /// <summary>The same, read from the file (only on the error path): up to 1 MiB before the offset.</summary>
    private static byte[] ReadLineBefore(string path, long offset)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var end = Math.Min(stream.Length, offset);
        var start = Math.Max(0, end - (1 << 20));
        var buffer = new byte[end - start];
        stream.Position = start;
        stream.ReadExactly(buffer);
        return LineBefore(buffer, buffer.Length);
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
