using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Unicode;
using CsvHelper;
using Microsoft.Win32.SafeHandles;

namespace RiskNotebooks.Data;

/// <summary>
/// The large-table path of <see cref="CsvTableReader"/>: a UTF-8 file without quotes, one record per line, parsed in
/// parallel chunks with vectorised delimiter search and dictionary-encoded with per-chunk hash tables.
/// </summary>
/// <remarks>
/// <para>It reads only files it can prove plain: valid UTF-8 (a byte order mark allowed), no quote character anywhere,
/// no <c>sep=</c> line, no empty line, a carriage return only before a line feed, and every line with the header's number
/// of fields. On anything else it gives up (returns <see langword="null"/>) and the file goes through CsvHelper, which
/// reports the problem with its line and column: so the messages on bad input are the robust path's, word for word.</para>
/// <para>The header is read by CsvHelper itself (delimiter detection, trimming, names), so column selection and its
/// errors are the same too. Cells are trimmed of spaces and tabs as CsvHelper trims them; missing markers are matched on
/// the trimmed bytes; codes are numbered in order of first appearance in the file, as <see cref="ColumnEncoder"/> does,
/// so the table is identical to the one CsvHelper's path builds.</para>
/// <para>Two passes over the file, both in parallel and through positional reads (the file is never mapped, so it does
/// not count towards the process's resident memory): the first counts lines per chunk and looks for quotes, which sizes
/// every column once and gives each chunk its first row; the second parses each chunk into the columns directly.</para>
/// </remarks>
internal static class UnquotedCsvReader
{
    /// <summary>Files smaller than this go through CsvHelper: for them start-up, not parsing, is the cost.</summary>
    internal const long MinimumFileSize = 8L << 20;

    private const int ChunkSize = 4 << 20;
    private const int MaxChunkBytes = 256 << 20;
    private const int HeadSize = 1 << 20;

    /// <summary>Loads a plain file, or returns <see langword="null"/> when it is not one (or is smaller than <paramref name="minimumSize"/>).</summary>
    internal static Table? TryLoad(string path, CsvLoadOptions options, long minimumSize, CancellationToken cancellationToken, int chunkSize = ChunkSize)
    {
        if (options.Encoding is not null and not UTF8Encoding)
        {
            return null;
        }

        InputFile.ThrowIfUnreadable(path);
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.None);
        var length = RandomAccess.GetLength(handle);
        if (length < Math.Max(1, minimumSize))
        {
            return null;
        }

        // The header, through CsvHelper: the delimiter it detects and the names it reads.
        var head = new byte[(int)Math.Min(length, HeadSize)];
        RandomAccess.Read(handle, head, 0);
        var bom = head.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        var headerEnd = head.AsSpan(bom).IndexOf((byte)'\n');
        if (headerEnd < 0 || head.AsSpan().IndexOf((byte)'"') >= 0 || head.AsSpan(bom).StartsWith("sep="u8) || head.AsSpan(bom).StartsWith("SEP="u8))
        {
            return null;
        }

        headerEnd += bom; // the header's line feed
        var lastLine = head.AsSpan().LastIndexOf((byte)'\n') + 1;
        if (!Utf8.IsValid(head.AsSpan(0, lastLine)))
        {
            return null;
        }

        IReadOnlyList<string> headers;
        char separator;
        try
        {
            using var reader = CsvReader.Create(head.AsSpan(bom, lastLine - bom).ToArray(), CsvTableReader.CreateOptions(options, null, trackLines: false));
            reader.ReadHeader();
            headers = reader.Headers.ToArray();
            separator = reader.Separator;
        }
        catch (CsvFormatException)
        {
            return null; // the robust path reports it
        }

        if (separator > 127 || separator is ' ' or '\t' && options.TrimWhitespace)
        {
            return null; // a delimiter that trimming would also remove: leave the subtleties to CsvHelper
        }

        CsvTableReader.ValidateHeader(path, headers);
        var wanted = CsvTableReader.SelectColumns(path, headers, options.Columns, separator, options.Delimiter is null);

        var plan = Plan(handle, length, headerEnd, chunkSize, cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var slots = new int[headers.Count];
        slots.AsSpan().Fill(-1);
        for (var i = 0; i < wanted.Length; i++)
        {
            slots[wanted[i]] = i;
        }

        var codes = new int[wanted.Length][];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = new int[plan.Rows];
        }

        var chunks = new ChunkResult?[plan.Chunks.Length];
        var failed = 0;
        var parse = new ParseSettings((byte)separator, headers.Count, slots, wanted.Length, options.TrimWhitespace, options.MissingValues);
        Parallel.For(0, plan.Chunks.Length, new ParallelOptions { CancellationToken = cancellationToken }, (c, state) =>
        {
            var chunk = plan.Chunks[c];
            if (chunk.Rows == 0 || Volatile.Read(ref failed) != 0)
            {
                return;
            }

            var result = ParseChunk(handle, chunk, parse, codes);
            if (result is null)
            {
                Interlocked.Exchange(ref failed, 1);
                state.Stop();
                return;
            }

            chunks[c] = result;
        });

        cancellationToken.ThrowIfCancellationRequested();
        if (failed != 0 || plan.CarriageReturns != SumCrLf(chunks))
        {
            return null;
        }

        var columns = new Column[wanted.Length];
        Parallel.For(0, wanted.Length, i => columns[i] = Merge(headers[wanted[i]], i, codes[i], plan, chunks));
        var table = new Table(path, columns, row => row + 2L);
        return table;
    }

    private static long SumCrLf(ChunkResult?[] chunks)
    {
        long sum = 0;
        foreach (var chunk in chunks)
        {
            sum += chunk?.CrLf ?? 0;
        }

        return sum;
    }

    /// <summary>Where a chunk's lines start and end in the file, and its first row.</summary>
    private readonly record struct Chunk(long Start, long End, int FirstRow, int Rows, bool EndsAtFileEnd);

    private sealed record ChunkPlan(Chunk[] Chunks, int Rows, long CarriageReturns);

    private sealed record ParseSettings(byte Separator, int FieldCount, int[] Slots, int Wanted, bool Trim, MissingValues Missing);

    /// <summary>A chunk's distinct values per wanted column, in order of first appearance (missing ones flagged).</summary>
    private sealed record ChunkResult(LocalDictionary[] Dictionaries, long CrLf);

    /// <summary>
    /// The first pass: counts line feeds and carriage returns in fixed ranges and finds the first line feed of each; a
    /// quote anywhere ends it (<see langword="null"/>). Range <c>j</c> is <c>[s_j - 1, s_(j+1) - 1)</c> with
    /// <c>s_0 - 1</c> the header's line feed, so its line feeds are exactly the starts of the lines that begin in
    /// <c>[s_j, s_(j+1))</c>.
    /// </summary>
    private static ChunkPlan? Plan(SafeFileHandle handle, long length, long headerEnd, int chunkSize, CancellationToken cancellationToken)
    {
        var rangeCount = (int)Math.Max(1, ((length - headerEnd) + chunkSize - 1) / chunkSize);
        var lineFeeds = new long[rangeCount];
        var firstLineFeed = new long[rangeCount];
        var carriageReturns = new long[rangeCount];
        var quoted = 0;
        Parallel.For(0, rangeCount, new ParallelOptions { CancellationToken = cancellationToken }, (j, state) =>
        {
            var from = headerEnd + ((long)j * chunkSize);
            var to = Math.Min(length, from + chunkSize);
            var buffer = ArrayPool<byte>.Shared.Rent(chunkSize);
            try
            {
                var span = buffer.AsSpan(0, (int)(to - from));
                RandomAccess.Read(handle, span, from);
                if (span.IndexOf((byte)'"') >= 0)
                {
                    Interlocked.Exchange(ref quoted, 1);
                    state.Stop();
                    return;
                }

                var first = span.IndexOf((byte)'\n');
                firstLineFeed[j] = first < 0 ? -1 : from + first;
                lineFeeds[j] = first < 0 ? 0 : span.Count((byte)'\n');
                carriageReturns[j] = span.Count((byte)'\r');
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        });

        if (quoted != 0)
        {
            return null;
        }

        // The line feed at the very end starts no line.
        var endsWithLineFeed = false;
        Span<byte> last = stackalloc byte[1];
        if (RandomAccess.Read(handle, last, length - 1) == 1 && last[0] == (byte)'\n')
        {
            endsWithLineFeed = true;
        }

        var chunks = new Chunk[rangeCount];
        long row = 0;
        long crs = 0;
        for (var j = 0; j < rangeCount; j++)
        {
            crs += carriageReturns[j];
            if (lineFeeds[j] == 0)
            {
                continue;
            }

            var next = j + 1;
            while (next < rangeCount && lineFeeds[next] == 0)
            {
                next++;
            }

            var start = firstLineFeed[j] + 1;
            var isLast = next == rangeCount;
            var end = isLast ? length : firstLineFeed[next] + 1;
            var rows = lineFeeds[j] - (isLast && endsWithLineFeed ? 1 : 0);
            if (end - start > MaxChunkBytes || row + rows > Array.MaxLength)
            {
                return null; // a line longer than a chunk can hold, or more rows than an array
            }

            chunks[j] = new Chunk(start, end, (int)row, (int)rows, isLast);
            row += rows;
        }

        return new ChunkPlan(chunks, (int)row, crs);
    }

    /// <summary>The second pass over one chunk: splits its lines and encodes the wanted cells into the columns.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ChunkResult? ParseChunk(SafeFileHandle handle, Chunk chunk, ParseSettings settings, int[][] codes)
    {
        var size = (int)(chunk.End - chunk.Start);
        var buffer = ArrayPool<byte>.Shared.Rent(size + Vector256<byte>.Count);
        try
        {
            var data = buffer.AsSpan(0, size);
            RandomAccess.Read(handle, data, chunk.Start);
            if (!Utf8.IsValid(data))
            {
                return null;
            }

            var dictionaries = new LocalDictionary[settings.Wanted];
            for (var i = 0; i < dictionaries.Length; i++)
            {
                dictionaries[i] = new LocalDictionary(settings.Missing);
            }

            var rows = Split(data, chunk, settings, codes, dictionaries, out var crlf);
            return rows == chunk.Rows ? new ChunkResult(dictionaries, crlf) : null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Splits lines and fields: a vector search lists the positions of every delimiter and line feed, then each line's
    /// fields are read off that list. Returns the rows read, or -1 when a line is not plain.
    /// </summary>
    /// <remarks>Optimised at once: the loop runs once per chunk, too few calls for tiered compilation to reach it in time.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static int Split(ReadOnlySpan<byte> data, Chunk chunk, ParseSettings settings, int[][] codes, LocalDictionary[] dictionaries, out long crlf)
    {
        crlf = 0;
        var ends = FieldEnds(data, settings.Separator, out var count);
        try
        {
            var fieldCount = settings.FieldCount;
            var slots = settings.Slots;
            var separator = settings.Separator;
            var trim = settings.Trim;
            var row = chunk.FirstRow;
            var rows = 0;
            var lineStart = 0;
            var e = 0;
            ref var origin = ref MemoryMarshal.GetReference(data); // the buffer has 32 bytes to spare after the data
            while (lineStart < data.Length)
            {
                // The line's fields end at ends[e .. e + fieldCount); the last must be its line feed (or the file's end).
                if (e + fieldCount > count)
                {
                    if (!chunk.EndsAtFileEnd || e + fieldCount != count + 1)
                    {
                        return -1;
                    }

                    ends[count++] = data.Length; // the last line, without a line feed
                }

                var lineEnd = ends[e + fieldCount - 1];
                if (lineEnd < data.Length && data[lineEnd] != (byte)'\n')
                {
                    return -1; // more fields than the header
                }

                for (var k = e; k < e + fieldCount - 1; k++)
                {
                    if (data[ends[k]] != separator)
                    {
                        return -1; // fewer fields than the header
                    }
                }

                var contentEnd = lineEnd;
                if (contentEnd > lineStart && data[contentEnd - 1] == (byte)'\r')
                {
                    contentEnd--;
                    crlf++;
                }

                if (contentEnd == lineStart)
                {
                    return -1; // an empty line: CsvHelper skips it, and rows would no longer be lines
                }

                for (var f = 0; f < fieldCount; f++)
                {
                    var slot = slots[f];
                    if (slot < 0)
                    {
                        continue;
                    }

                    var from = f == 0 ? lineStart : ends[e + f - 1] + 1;
                    var to = f == fieldCount - 1 ? contentEnd : ends[e + f];
                    if (trim)
                    {
                        while (from < to && data[from] is (byte)' ' or (byte)'\t')
                        {
                            from++;
                        }

                        while (to > from && data[to - 1] is (byte)' ' or (byte)'\t')
                        {
                            to--;
                        }
                    }

                    codes[slot][row] = dictionaries[slot].Add(ref origin, from, to - from);
                }

                e += fieldCount;
                lineStart = lineEnd + 1;
                row++;
                rows++;
            }

            return e == count ? rows : -1;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(ends);
        }
    }

    /// <summary>The positions of every delimiter and line feed, in order (room is left for one more).</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static int[] FieldEnds(ReadOnlySpan<byte> data, byte separator, out int count)
    {
        var ends = ArrayPool<int>.Shared.Rent(Math.Max(64, data.Length / 4));
        count = 0;
        var position = 0;
        ref var origin = ref MemoryMarshal.GetReference(data);
        if (Vector256.IsHardwareAccelerated)
        {
            var separators = Vector256.Create(separator);
            var lineFeeds = Vector256.Create((byte)'\n');
            for (; position + Vector256<byte>.Count <= data.Length; position += Vector256<byte>.Count)
            {
                var block = Vector256.LoadUnsafe(ref origin, (nuint)position);
                var mask = (Vector256.Equals(block, separators) | Vector256.Equals(block, lineFeeds)).ExtractMostSignificantBits();
                if (mask == 0)
                {
                    continue;
                }

                if (count + Vector256<byte>.Count + 1 > ends.Length)
                {
                    ends = Grow(ends, count);
                }

                while (mask != 0)
                {
                    ends[count++] = position + BitOperations.TrailingZeroCount(mask);
                    mask &= mask - 1;
                }
            }
        }

        for (; position < data.Length; position++)
        {
            var b = data[position];
            if (b == separator || b == (byte)'\n')
            {
                if (count + 2 > ends.Length)
                {
                    ends = Grow(ends, count);
                }

                ends[count++] = position;
            }
        }

        if (count + 1 > ends.Length)
        {
            ends = Grow(ends, count);
        }

        return ends;
    }

    private static int[] Grow(int[] ends, int count)
    {
        var larger = ArrayPool<int>.Shared.Rent(ends.Length * 2);
        ends.AsSpan(0, count).CopyTo(larger);
        ArrayPool<int>.Shared.Return(ends);
        return larger;
    }

    /// <summary>Turns the chunks' local codes into the column's: first appearances in file order, as the robust path numbers them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Column Merge(string name, int column, int[] codes, ChunkPlan plan, ChunkResult?[] chunks)
    {
        var global = new Dictionary<byte[], int>(Utf8Keys.Instance);
        var lookup = global.GetAlternateLookup<ReadOnlySpan<byte>>();
        var values = new List<byte[]> { Array.Empty<byte>() };
        var maps = new int[chunks.Length][];
        for (var c = 0; c < chunks.Length; c++)
        {
            if (chunks[c] is not { } chunk)
            {
                continue;
            }

            var local = chunk.Dictionaries[column];
            var map = new int[local.CodeCount];
            for (var e = 0; e < local.EntryCount; e++)
            {
                var code = local.CodeOfEntry(e);
                if (code == Column.MissingCode)
                {
                    continue;
                }

                var bytes = local.KeyOfEntry(e);
                ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(lookup, bytes, out var exists);
                if (!exists)
                {
                    slot = values.Count;
                    values.Add(bytes.ToArray());
                }

                map[code] = slot;
            }

            maps[c] = map;
        }

        var missing = 0L;
        for (var c = 0; c < chunks.Length; c++)
        {
            if (maps[c] is not { } map)
            {
                continue;
            }

            var chunk = plan.Chunks[c];
            var span = codes.AsSpan(chunk.FirstRow, chunk.Rows);
            for (var r = 0; r < span.Length; r++)
            {
                var code = map[span[r]];
                span[r] = code;
                if (code == Column.MissingCode)
                {
                    missing++;
                }
            }
        }

        var strings = new string[values.Count];
        strings[0] = string.Empty;
        for (var i = 1; i < strings.Length; i++)
        {
            strings[i] = Encoding.UTF8.GetString(values[i]);
        }

        return new Column(name, codes, codes.Length, strings, (int)missing);
    }

    /// <summary>
    /// One chunk's dictionary of one column: open addressing on the cell's first 16 bytes (read as two words, so most
    /// values compare in two instructions) and a hash of all of them; the bytes kept in one arena. Whether a value is
    /// missing is decided once, when it is first seen (code 0).
    /// </summary>
    private sealed class LocalDictionary
    {
        private readonly MissingValues missing;
        private int[] table = new int[64];   // entry index + 1, 0 = empty
        private Entry[] entries = new Entry[32];
        private byte[] arena = new byte[1024];
        private int arenaUsed;

        internal LocalDictionary(MissingValues missing) => this.missing = missing;

        internal int EntryCount { get; private set; }

        /// <summary>The number of codes (missing included): local codes lie in [0, CodeCount).</summary>
        internal int CodeCount { get; private set; } = 1;

        internal int CodeOfEntry(int entry) => entries[entry].Code;

        internal ReadOnlySpan<byte> KeyOfEntry(int entry) => arena.AsSpan(entries[entry].Offset, entries[entry].Length);

        /// <summary>The code of a cell at <paramref name="start"/> of a buffer with at least 16 readable bytes after the cell's start.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal int Add(ref byte buffer, int start, int length)
        {
            ref var cell = ref Unsafe.Add(ref buffer, start);
            var first = Unsafe.ReadUnaligned<ulong>(ref cell);
            var second = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref cell, 8));
            if (length < 16)
            {
                second &= length <= 8 ? 0UL : (1UL << ((length - 8) * 8)) - 1;
                first &= length >= 8 ? ulong.MaxValue : (1UL << (length * 8)) - 1;
            }

            var hash = (first * 0x9E3779B97F4A7C15UL) ^ BitOperations.RotateLeft(second * 0xC2B2AE3D27D4EB4FUL, 31) ^ (ulong)length;
            if (length > 16)
            {
                hash = HashRest(ref cell, length, hash);
            }

            var slotHash = (int)((hash * 0x9E3779B97F4A7C15UL) >> 33);
            var table = this.table;
            var entries = this.entries;
            var mask = table.Length - 1;
            var index = slotHash & mask;
            while (true)
            {
                var entry = table[index];
                if (entry == 0)
                {
                    return Insert(MemoryMarshal.CreateReadOnlySpan(ref cell, length), first, second, index);
                }

                ref var candidate = ref entries[entry - 1];
                if (candidate.First == first && candidate.Second == second && candidate.Length == length
                    && (length <= 16 || MemoryMarshal.CreateReadOnlySpan(ref cell, length).SequenceEqual(arena.AsSpan(candidate.Offset, length))))
                {
                    return candidate.Code;
                }

                index = (index + 1) & mask;
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static ulong HashRest(ref byte cell, int length, ulong hash)
        {
            var i = 16;
            for (; i + 8 <= length; i += 8)
            {
                hash = (hash ^ Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref cell, i))) * 0x9E3779B97F4A7C15UL;
            }

            if (i < length)
            {
                hash = (hash ^ Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref cell, length - 8))) * 0xC2B2AE3D27D4EB4FUL;
            }

            return hash;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private int Insert(ReadOnlySpan<byte> cell, ulong first, ulong second, int index)
        {
            var entry = EntryCount++;
            if (entry == entries.Length)
            {
                Array.Resize(ref entries, entry * 2);
            }

            if (arenaUsed + cell.Length > arena.Length)
            {
                Array.Resize(ref arena, Math.Max(arena.Length * 2, arenaUsed + cell.Length));
            }

            cell.CopyTo(arena.AsSpan(arenaUsed));
            var code = missing.IsMissing(cell) ? Column.MissingCode : CodeCount++;
            entries[entry] = new Entry(first, second, arenaUsed, cell.Length, code);
            arenaUsed += cell.Length;
            table[index] = entry + 1;
            if (EntryCount * 2 > table.Length)
            {
                Grow();
            }

            return code;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Grow()
        {
            table = new int[table.Length * 2];
            var mask = table.Length - 1;
            for (var e = 0; e < EntryCount; e++)
            {
                ref var entry = ref entries[e];
                var cell = arena.AsSpan(entry.Offset, entry.Length);
                var hash = (entry.First * 0x9E3779B97F4A7C15UL) ^ BitOperations.RotateLeft(entry.Second * 0xC2B2AE3D27D4EB4FUL, 31) ^ (ulong)entry.Length;
                if (entry.Length > 16)
                {
                    hash = HashRest(ref MemoryMarshal.GetReference(cell), entry.Length, hash);
                }

                var index = (int)((hash * 0x9E3779B97F4A7C15UL) >> 33) & mask;
                while (table[index] != 0)
                {
                    index = (index + 1) & mask;
                }

                table[index] = e + 1;
            }
        }

        private readonly record struct Entry(ulong First, ulong Second, int Offset, int Length, int Code);
    }
}
