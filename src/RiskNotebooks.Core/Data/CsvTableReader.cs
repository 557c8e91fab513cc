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
    private static readonly Encoding Windows1252 = CreateWindows1252();

    /// <summary>Loads a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">How to read it; <see cref="CsvLoadOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops a long load.</param>
    /// <returns>The table, with <see cref="Table.Source"/> set to <paramref name="path"/>.</returns>
    /// <exception cref="InputFormatException">The file is missing, empty or malformed.</exception>
    /// <exception cref="UnknownColumnException">A column of <see cref="CsvLoadOptions.Columns"/> is not in the header.</exception>
    public static Table Load(string path, CsvLoadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= CsvLoadOptions.Default;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (FileNotFoundException e)
        {
            throw new InputFormatException(path, null, null, null, "the file does not exist.", e);
        }
        catch (DirectoryNotFoundException e)
        {
            throw new InputFormatException(path, null, null, null, "the file does not exist.", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InputFormatException(path, null, null, null, "the file cannot be read (permission denied, or it is a folder).", e);
        }
        catch (IOException e) when (e is not FileNotFoundException)
        {
            throw new InputFormatException(path, null, null, null, "the file cannot be read.", e);
        }

        return Parse(path, bytes, options, cancellationToken);
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
        return Parse(source, Encoding.UTF8.GetBytes(text), (options ?? CsvLoadOptions.Default) with { Encoding = Encoding.UTF8 }, default);
    }

    private static Table Parse(string path, byte[] bytes, CsvLoadOptions options, CancellationToken cancellationToken)
    {
        var body = new ReadOnlyMemory<byte>(bytes);
        var encoding = options.Encoding;
        if (body.Span.StartsWith("\uFEFF"u8))
        {
            body = body[3..];
            encoding = null;
        }
        else if (body.Length >= 2 && (body.Span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || body.Span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])))
        {
            // CsvHelper honours UTF-16 byte order marks itself.
            encoding = null;
        }
        else if (encoding is null && !Utf8.IsValid(body.Span))
        {
            encoding = Windows1252;
        }
        else if (encoding is UTF8Encoding)
        {
            encoding = null;
        }

        if (IsBlank(body.Span))
        {
            throw new InputFormatException(path, null, null, null, "the file is empty: a header row is needed.");
        }

        var csvOptions = new CsvReaderOptions
        {
            Separator = options.Delimiter,
            HasHeader = true,
            TrackLineNumbers = true,
            IncludeValuesInExceptions = false,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            SkipEmptyLines = true,
            Encoding = encoding!,
        };

        using var reader = CsvReader.Create(body, csvOptions);
        try
        {
            reader.ReadHeader();
            var headers = reader.Headers;
            ValidateHeader(path, headers);
            var wanted = SelectColumns(path, headers, options.Columns);
            var estimate = Math.Max(16, (int)Math.Min(int.MaxValue / 2, body.Length / Math.Max(8, 6 * headers.Count)));
            var encoders = new ColumnEncoder[wanted.Length];
            for (var i = 0; i < wanted.Length; i++)
            {
                encoders[i] = new ColumnEncoder(headers[wanted[i]], options.MissingValues, estimate);
            }

            var fieldCount = headers.Count;
            var lines = new int[estimate];
            var rows = 0;
            while (reader.Read())
            {
                if (rows == lines.Length)
                {
                    Array.Resize(ref lines, lines.Length * 2);
                }

                lines[rows++] = (int)Math.Min(int.MaxValue, reader.LineNumber);
                if (reader.FieldCount != fieldCount)
                {
                    var column = Math.Min(reader.FieldCount, fieldCount) + 1;
                    throw new InputFormatException(
                        path,
                        reader.LineNumber,
                        column,
                        column <= fieldCount ? headers[column - 1] : null,
                        $"the row has {reader.FieldCount} fields, the header has {fieldCount}.");
                }

                for (var i = 0; i < encoders.Length; i++)
                {
                    encoders[i].Add(reader.GetSpan(wanted[i]));
                }

                if ((reader.RowNumber & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }

            return new Table(path, encoders.Select(e => e.Build()), lines.AsSpan(0, rows).ToArray());
        }
        catch (CsvFormatException e)
        {
            var line = e.LineNumber > 0 ? e.LineNumber : (long?)null;
            int? column = encoding is null && e.ByteOffset > 0 ? ColumnAt(body.Span, (int)Math.Min(e.ByteOffset, body.Length - 1), reader.Separator) : null;
            throw new InputFormatException(path, line, column, null, Describe(e), e.InnerException);
        }
    }

    private static void ValidateHeader(string path, IReadOnlyList<string> headers)
    {
        if (headers.Count == 0)
        {
            throw new InputFormatException(path, 1, null, null, "the header row is empty.");
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

    private static int[] SelectColumns(string path, IReadOnlyList<string> headers, IReadOnlyList<string>? columns)
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
                throw new UnknownColumnException(name, path, headers);
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

    /// <summary>The 1-based field number at a byte offset: counts delimiters outside quotes from the start of the line.</summary>
    private static int ColumnAt(ReadOnlySpan<byte> body, int offset, char separator)
    {
        var start = body[..offset].LastIndexOf((byte)'\n') + 1;
        var column = 1;
        var quoted = false;
        for (var i = start; i < offset; i++)
        {
            var b = body[i];
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
