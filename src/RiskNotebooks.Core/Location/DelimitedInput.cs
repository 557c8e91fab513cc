using System.Text;
using CsvHelper;
using RiskNotebooks.Data;

namespace RiskNotebooks.Location;

/// <summary>
/// A delimited file read row by row as UTF-8 spans (CsvHelper's parser), with errors that name the file, line and column
/// and never a value. Lines are counted only when a message needs one.
/// </summary>
internal sealed class DelimitedInput : IDisposable
{
    private readonly string path;
    private readonly Stream? stream;
    private readonly CsvReader reader;
    private readonly Func<long, long>? lineAt;
    private readonly int fieldCount;
    private readonly bool delimiterDetected;

    private DelimitedInput(string path, Stream? stream, CsvReader reader, Func<long, long>? lineAt, bool delimiterDetected)
    {
        this.path = path;
        this.delimiterDetected = delimiterDetected;
        this.stream = stream;
        this.reader = reader;
        this.lineAt = lineAt;
        try
        {
            reader.ReadHeader();
        }
        catch (CsvFormatException e)
        {
            throw InputFormatException.AtLine(path, 1, "malformed header row (quoting).", e.InnerException);
        }

        Headers = reader.Headers;
        fieldCount = Headers.Count;
        if (fieldCount == 0 || Headers.Any(string.IsNullOrWhiteSpace))
        {
            throw InputFormatException.AtLine(path, 1, "the header row is empty or has an empty column name.");
        }
    }

    internal IReadOnlyList<string> Headers { get; }

    /// <summary>The number of lines of the file, from the first pass (to size arrays once).</summary>
    internal long LineCount { get; private init; }

    internal static DelimitedInput OpenFile(string path, char? delimiter, CancellationToken cancellationToken)
    {
        try
        {
            var scan = FileScan.Run(path, cancellationToken);
            if (scan.IsBlank)
            {
                throw InputFormatException.OfFile(path, "the file is empty: a header row is needed.");
            }

            var utf8 = scan.Encoding is UTF8Encoding;
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            try
            {
                var reader = CsvReader.Create(stream, Options(delimiter, utf8 ? null : scan.Encoding, trackLines: !utf8), leaveOpen: true);
                return new DelimitedInput(path, stream, reader, utf8 ? offset => RowLocator.LineAt(path, offset) : null, delimiter is null) { LineCount = scan.LineCount };
            }
            catch
            {
                stream.Dispose();
                throw;
            }
        }
        catch (Exception e) when (InputFormatException.IsFileSystemError(e))
        {
            throw InputFormatException.FromFileSystem(path, e);
        }
    }

    internal static DelimitedInput OpenText(string source, string text, char? delimiter)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.AsSpan().IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            throw InputFormatException.OfFile(source, "the text is empty: a header row is needed.");
        }

        var reader = CsvReader.Create(bytes, Options(delimiter, null, trackLines: false));
        return new DelimitedInput(source, null, reader, offset => RowLocator.LineAt(bytes, offset), delimiter is null) { LineCount = bytes.AsSpan().Count((byte)'\n') + 1 };
    }

    /// <summary>The 0-based index of a column: the one named, or the first of the candidates present.</summary>
    /// <exception cref="UnknownColumnException">A named column is not in the header.</exception>
    internal int Find(string? named, IReadOnlyList<string> candidates)
    {
        if (named is not null)
        {
            var index = Table.IndexOf(Headers, named);
            return index >= 0 ? index : throw new UnknownColumnException(named, path, Headers, reader.Separator, delimiterDetected);
        }

        foreach (var candidate in candidates)
        {
            var index = Table.IndexOf(Headers, candidate);
            if (index >= 0)
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>Moves to the next row; checks its shape.</summary>
    internal bool Read()
    {
        try
        {
            if (!reader.Read())
            {
                return false;
            }
        }
        catch (CsvFormatException e)
        {
            long? line = e.LineNumber > 0 ? e.LineNumber : lineAt is not null && e.ByteOffset > 0 ? lineAt(e.ByteOffset) : null;
            throw InputFormatException.AtLine(path, line, "malformed CSV (quoting).", e.InnerException);
        }

        if (reader.FieldCount != fieldCount)
        {
            var column = Math.Min(reader.FieldCount, fieldCount) + 1;
            throw Error(column - 1, $"the row has {reader.FieldCount} fields, the header has {fieldCount}.");
        }

        return true;
    }

    internal ReadOnlySpan<byte> this[int field] => reader.GetSpan(field);

    /// <summary>An error at a field of the current row (the line is counted now, on the error path only).</summary>
    internal InputFormatException Error(int field, string problem)
    {
        long line = lineAt is null ? reader.LineNumber : lineAt(reader.ByteOffset);
        return new InputFormatException(path, line, field + 1, field < Headers.Count ? Headers[field] : null, problem);
    }

    public void Dispose()
    {
        reader.Dispose();
        stream?.Dispose();
    }

    private static CsvReaderOptions Options(char? delimiter, Encoding? encoding, bool trackLines) => new()
    {
        Separator = delimiter,
        HasHeader = true,
        TrackLineNumbers = trackLines,
        IncludeValuesInExceptions = false,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        SkipEmptyLines = true,
        TrimWhitespace = true,
        // A quoted field is kept as written: " =1+1" and "\t=1+1" are two user ids, not one.
        TrimInsideQuotes = false,
        Encoding = encoding!,
        BufferSize = 1 << 20,
    };
}
