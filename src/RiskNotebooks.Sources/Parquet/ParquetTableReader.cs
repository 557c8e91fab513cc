using System.Globalization;
using System.Text;
using Parquet;
using Parquet.Schema;
using RiskNotebooks.Data;

namespace RiskNotebooks.Sources.Parquet;

/// <summary>Reads the columns of a Parquet file into a dictionary-encoded <see cref="Table"/>, as <see cref="CsvTableReader"/> reads a CSV.</summary>
/// <remarks>
/// <para>Parquet.Net (managed): no native library, and strings are read as slices of one buffer per column chunk, so a
/// repeated value costs a hash and a compare, never an allocation. Each wanted column is read by its own task over the
/// row groups in file order, so codes are numbered by first appearance exactly as for a CSV.</para>
/// <para>The same column roles and missing values as a CSV: a null is missing, and so is a value whose text (after
/// trimming spaces and tabs, when <see cref="CsvLoadOptions.TrimWhitespace"/> is set) is one of
/// <see cref="CsvLoadOptions.MissingValues"/>. Non-text columns are written as a CSV export writes them, in the invariant
/// culture: integers and decimals as digits, floating-point numbers in their shortest round-trip form, booleans as
/// <c>true</c>/<c>false</c>, dates as <c>yyyy-MM-dd</c> (a timestamp at midnight too, else ISO 8601).</para>
/// <para>Errors name the file and the column, never a value. Rows have no line: <see cref="Table.LineOf"/> is null and
/// messages say "row N".</para>
/// </remarks>
public static class ParquetTableReader
{
    /// <summary>Whether a path names a Parquet file, by its extension (<c>.parquet</c>, <c>.parq</c>, <c>.pq</c>).</summary>
    /// <param name="path">The path.</param>
    /// <returns><see langword="true"/> for a Parquet extension.</returns>
    public static bool IsParquetPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(path);
        return extension.Equals(".parquet", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".parq", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".pq", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Loads a Parquet file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Which columns, the missing values and trimming; the delimiter and encoding do not apply.</param>
    /// <param name="cancellationToken">Stops a long load.</param>
    /// <returns>The table, with <see cref="Table.Source"/> set to <paramref name="path"/>.</returns>
    /// <exception cref="InputFormatException">The file is missing, not Parquet, or has a column that is not flat.</exception>
    /// <exception cref="UnknownColumnException">A column of <see cref="CsvLoadOptions.Columns"/> is not in the file.</exception>
    public static Table Load(string path, CsvLoadOptions? options = null, CancellationToken cancellationToken = default)
        => LoadAsync(path, options, cancellationToken).GetAwaiter().GetResult();

    /// <inheritdoc cref="Load"/>
    public static async Task<Table> LoadAsync(string path, CsvLoadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= CsvLoadOptions.Default;
        if (InputFile.Problem(path, folderAllowed: false) is { } problem)
        {
            throw InputFormatException.OfFile(path, "the file " + problem);
        }

        DataField[] fields;
        await using (var reader = await Open(path, cancellationToken).ConfigureAwait(false))
        {
            fields = reader.Schema.GetDataFields();
        }

        var names = fields.Select(f => f.Name).ToArray();
        var wanted = Select(path, names, options.Columns);
        foreach (var index in wanted)
        {
            if (fields[index].MaxRepetitionLevel > 0 || fields[index].Path.Length > 1)
            {
                throw new InputFormatException(path, null, index + 1, Showable(names[index]), "the column is nested or repeated: only flat columns can be measured.");
            }
        }

        // One column per core at a time: each holds a row group's decoded values while it encodes them.
        var columns = new Column[wanted.Length];
        await Parallel.ForAsync(0, wanted.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, async (i, token) =>
            columns[i] = await ReadColumn(path, fields[wanted[i]], wanted[i], options, token).ConfigureAwait(false)).ConfigureAwait(false);
        return new Table(path, columns);
    }

    private static async Task<ParquetReader> Open(string path, CancellationToken cancellationToken)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.RandomAccess);
        if (!HasMagic(stream))
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            throw InputFormatException.OfFile(path, "is not a Parquet file (it does not start and end with PAR1).");
        }

        try
        {
            return await ParquetReader.CreateAsync(stream, null, leaveStreamOpen: false, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            if (InputFormatException.IsFileSystemError(e))
            {
                throw InputFormatException.FromFileSystem(path, e);
            }

            // The library's own message is not passed on: it is not ours to vouch that it holds no data.
            throw InputFormatException.OfFile(path, "is not a Parquet file, or its footer is damaged.");
        }
    }

    private static bool HasMagic(FileStream stream)
    {
        if (stream.Length < 12)
        {
            return false;
        }

        Span<byte> start = stackalloc byte[4];
        Span<byte> end = stackalloc byte[4];
        RandomAccess.Read(stream.SafeFileHandle, start, 0);
        RandomAccess.Read(stream.SafeFileHandle, end, stream.Length - 4);
        return start.SequenceEqual("PAR1"u8) && end.SequenceEqual("PAR1"u8);
    }

    private static int[] Select(string path, string[] names, IReadOnlyList<string>? columns)
    {
        if (columns is null)
        {
            return Enumerable.Range(0, names.Length).ToArray();
        }

        var result = new List<int>(columns.Count);
        foreach (var name in columns)
        {
            var index = Table.IndexOf(names, name);
            if (index < 0)
            {
                throw new UnknownColumnException(name, path, names);
            }

            if (!result.Contains(index))
            {
                result.Add(index);
            }
        }

        return result.ToArray();
    }

    private static async Task<Column> ReadColumn(string path, DataField field, int index, CsvLoadOptions options, CancellationToken cancellationToken)
    {
        await using var reader = await Open(path, cancellationToken).ConfigureAwait(false);
        var total = 0L;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            total += group.RowCount;
        }

        if (total > Array.MaxLength)
        {
            throw InputFormatException.OfFile(path, $"has {total:N0} rows, more than one table can hold in memory: measure it in the database (--db with DuckDB).");
        }

        var encoder = new ColumnEncoder(field.Name, options.MissingValues, (int)Math.Max(16, total));
        var cells = new CellWriter(encoder, options.TrimWhitespace);
        try
        {
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                using var group = reader.OpenRowGroupReader(g);
                var rows = checked((int)group.RowCount);
                await ReadGroup(group, field, rows, cells, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is not (OperationCanceledException or InputFormatException))
        {
            if (InputFormatException.IsFileSystemError(e))
            {
                throw InputFormatException.FromFileSystem(path, e);
            }

            throw new InputFormatException(path, null, index + 1, Showable(field.Name), "the column's data could not be read (damaged or of a type that cannot be read).");
        }

        return encoder.Build();
    }

    private static Task ReadGroup(ParquetRowGroupReader group, DataField field, int rows, CellWriter cells, CancellationToken cancellationToken)
    {
        var type = field.ClrType;
        return type switch
        {
            _ when type == typeof(ReadOnlyMemory<char>) || type == typeof(string) => ReadText(group, field, rows, cells, cancellationToken),
            _ when type == typeof(bool) => ReadValues<bool>(group, field, rows, v => cells.Add(v ? "true" : "false"), cells, cancellationToken),
            _ when type == typeof(sbyte) => ReadFormattable<sbyte>(group, field, rows, cells, null, cancellationToken),
            _ when type == typeof(byte) => ReadFormattable<byte>(group, field, rows, cells, null, cancellationToken),
            _ when type == typeof(short) => ReadFormattable<short>(group, field, rows, cells, null, cancellationToken),
            _ when type == typeof(ushort) => ReadFormattable<ushort>(group, field, rows, cells, null, cancellationToken),
            _ when type == typeof(int) => ReadFormattable<int>(group, field, rows, cells, null, cancellationToken),
            _ when type == typeof(uint) => ReadFormattable<uint>(group, field, rows, cells, null, cancellationToken),
            _ when type == typeof(long) => ReadFormattable<long>(group, field, rows, cells, null, cancellationToken),
            _ when type == typeof(ulong) => ReadFormattable<ulong>(group, field, rows, cells, null, cancellationToken),
            _ when type == typeof(float) => ReadFormattable<float>(group, field, rows, cells, "R", cancellationToken),
            _ when type == typeof(double) => ReadFormattable<double>(group, field, rows, cells, "R", cancellationToken),
            _ when type == typeof(decimal) => ReadFormattable<decimal>(group, field, rows, cells, null, cancellationToken),
            _ when type == typeof(DateOnly) => ReadFormattable<DateOnly>(group, field, rows, cells, "yyyy-MM-dd", cancellationToken),
            _ when type == typeof(TimeOnly) => ReadFormattable<TimeOnly>(group, field, rows, cells, "HH:mm:ss.FFFFFFF", cancellationToken),
            _ when type == typeof(DateTime) => ReadValues<DateTime>(group, field, rows, v => cells.Add(v.TimeOfDay == TimeSpan.Zero
                ? v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : v.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)), cells, cancellationToken),
            _ when type == typeof(Guid) => ReadFormattable<Guid>(group, field, rows, cells, null, cancellationToken),
            _ => throw new NotSupportedException(),
        };
    }

    private static async Task ReadText(ParquetRowGroupReader group, DataField field, int rows, CellWriter cells, CancellationToken cancellationToken)
    {
        if (field.IsNullable)
        {
            var values = new ReadOnlyMemory<char>?[rows];
            await group.ReadAsync<ReadOnlyMemory<char>>(field, values.AsMemory(), null, cancellationToken).ConfigureAwait(false);
            foreach (var value in values)
            {
                if (value is { } text)
                {
                    cells.Add(text.Span);
                }
                else
                {
                    cells.AddMissing();
                }
            }
        }
        else
        {
            var values = new ReadOnlyMemory<char>[rows];
            await group.ReadAsync<ReadOnlyMemory<char>>(field, values.AsMemory(), null, cancellationToken).ConfigureAwait(false);
            foreach (var text in values)
            {
                cells.Add(text.Span);
            }
        }
    }

    private static Task ReadFormattable<T>(ParquetRowGroupReader group, DataField field, int rows, CellWriter cells, string? format, CancellationToken cancellationToken)
        where T : struct, IUtf8SpanFormattable
        => ReadValues<T>(group, field, rows, value => cells.AddFormatted(value, format), cells, cancellationToken);

    private static async Task ReadValues<T>(ParquetRowGroupReader group, DataField field, int rows, Action<T> add, CellWriter cells, CancellationToken cancellationToken)
        where T : struct
    {
        if (field.IsNullable)
        {
            var values = new T?[rows];
            await group.ReadAsync<T>(field, values.AsMemory(), null, cancellationToken).ConfigureAwait(false);
            foreach (var value in values)
            {
                if (value is { } v)
                {
                    add(v);
                }
                else
                {
                    cells.AddMissing();
                }
            }
        }
        else
        {
            var values = new T[rows];
            await group.ReadAsync<T>(field, values.AsMemory(), null, cancellationToken).ConfigureAwait(false);
            foreach (var value in values)
            {
                add(value);
            }
        }
    }

    private static string? Showable(string name) => HeaderNames.IsShowable(name) ? name : null;

    /// <summary>Trims and encodes cells as the CSV reader does.</summary>
    private sealed class CellWriter(ColumnEncoder encoder, bool trim)
    {
        internal void Add(ReadOnlySpan<char> text) => encoder.Add(trim ? text.Trim(" \t") : text);

        internal void AddMissing() => encoder.AddMissing();

        internal void AddFormatted<T>(T value, string? format)
            where T : IUtf8SpanFormattable
        {
            Span<byte> buffer = stackalloc byte[64];
            if (value.TryFormat(buffer, out var written, format, CultureInfo.InvariantCulture))
            {
                encoder.Add(buffer[..written]);
            }
            else
            {
                encoder.Add(Encoding.UTF8.GetBytes(string.Format(CultureInfo.InvariantCulture, "{0}", value)).AsSpan());
            }
        }
    }
}
