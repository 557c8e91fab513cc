using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace RiskNotebooks.Imaging;

/// <summary>
/// Reads the header of a DICOM Part 10 file (PS3.10: a 128-byte preamble, <c>DICM</c>, the file meta group 0002 in
/// explicit VR little endian, then the data set in the transfer syntax of (0002,0010)), written for this purpose.
/// </summary>
/// <remarks>
/// <para>
/// Data sets in explicit VR little endian (and every compressed syntax, whose data set is explicit VR little endian),
/// implicit VR little endian (the VR of each element comes from the PS3.6 dictionary; an element of undefined length is
/// a sequence), explicit VR big endian, and deflated explicit VR little endian (inflated with <see cref="DeflateStream"/>).
/// Sequences of defined and undefined length, nested (PS3.5 7.5); an element of VR UN and undefined length is read as a
/// sequence in implicit VR little endian (PS3.5 6.2.2).
/// </para>
/// <para>
/// It stops at the top-level pixel data (7FE0,0010), or anything after it, and never reads its value; it reads only the
/// values the measures need (see <see cref="DicomHeader"/>), each at most <see cref="MaxValueLength"/> bytes, and seeks
/// over the rest. The file is read in chunks of <see cref="ChunkSize"/> bytes from its start, so at most one chunk past
/// the header is read.
/// </para>
/// <para>
/// Bounded on malformed input: every length is checked against what remains of the file (or of the enclosing item),
/// sequences nest at most <see cref="MaxDepth"/> deep, a file has at most <see cref="MaxElements"/> elements and items,
/// and a deflated data set inflates to at most <see cref="MaxInflatedBytes"/> before its pixel data. Errors are
/// <see cref="InputFormatException"/>s naming the file and the byte offset, never a value.
/// </para>
/// </remarks>
internal sealed class DicomHeaderReader : IDisposable
{
    internal const int ChunkSize = 16 * 1024;
    internal const int MaxDepth = 16;
    internal const int MaxElements = 250_000;
    internal const int MaxValueLength = 1024;
    internal const long MaxInflatedBytes = 256L * 1024 * 1024;

    private const uint Undefined = 0xFFFFFFFF;
    private const uint PixelDataAndAfter = 0x7FE00008; // (7FE0,0008) float pixel data, (7FE0,0009), (7FE0,0010) and what follows
    private const uint PixelData = 0x7FE00010;
    private const uint Item = 0xFFFEE000;
    private const uint ItemDelimiter = 0xFFFEE00D;
    private const uint SequenceDelimiter = 0xFFFEE0DD;

    private readonly string path;
    private readonly SafeFileHandle? handle;
    private readonly long fileLength;
    private readonly int profileRows;
    private readonly byte[]? rented;
    private byte[] buffer;
    private Stream? inflated;
    private long bufferOffset; // offset of buffer[0] in the file (or, once inflating, in the inflated data set)
    private int count;
    private int pos;
    private bool bigEndian;
    private bool explicitVr = true;
    private int elements;
    private DicomHeader header = null!;

    private DicomHeaderReader(string path, SafeFileHandle? handle, byte[] bytes, long fileLength)
    {
        this.path = path;
        this.handle = handle;
        this.fileLength = fileLength;
        buffer = bytes;
        rented = handle is null ? null : bytes;
        profileRows = ConfidentialityProfile.Attributes.Count;
        if (handle is null)
        {
            count = (int)fileLength;
        }
    }

    private long Position => bufferOffset + pos;

    private long Remaining => inflated is null ? fileLength - Position : MaxInflatedBytes - Position;

    /// <summary>Reads a file's header.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The header, or <see langword="null"/> when the file is not a DICOM Part 10 file (no <c>DICM</c> at byte 128).</returns>
    /// <exception cref="InputFormatException">A DICOM file that is truncated, malformed or cannot be read (names the byte offset).</exception>
    internal static DicomHeader? Read(string path)
    {
        SafeFileHandle handle;
        long length;
        try
        {
            handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            length = RandomAccess.GetLength(handle);
        }
        catch (Exception e) when (InputFormatException.IsFileSystemError(e))
        {
            throw InputFormatException.FromFileSystem(path, e);
        }

        using var reader = new DicomHeaderReader(path, handle, ArrayPool<byte>.Shared.Rent(ChunkSize), length);
        return reader.Read();
    }

    /// <summary>Reads the header of a file held in memory (tests and fuzzing).</summary>
    /// <param name="name">The name errors give.</param>
    /// <param name="bytes">The whole file.</param>
    /// <returns>The header, or <see langword="null"/> when the bytes are not a DICOM Part 10 file.</returns>
    /// <exception cref="InputFormatException">A truncated or malformed file.</exception>
    internal static DicomHeader? Read(string name, byte[] bytes)
    {
        using var reader = new DicomHeaderReader(name, null, bytes, bytes.Length);
        return reader.Read();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        inflated?.Dispose();
        handle?.Dispose();
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private DicomHeader? Read()
    {
        if (fileLength < 132 || !Fill(132) || !buffer.AsSpan(128, 4).SequenceEqual("DICM"u8))
        {
            return null;
        }

        header = new DicomHeader(profileRows);
        pos = 132;
        var syntax = ReadFileMeta();
        switch (syntax)
        {
            case "1.2.840.10008.1.2":
                header.TransferSyntax = DicomTransferSyntax.ImplicitVrLittleEndian;
                explicitVr = false;
                break;
            case "1.2.840.10008.1.2.2":
                header.TransferSyntax = DicomTransferSyntax.ExplicitVrBigEndian;
                bigEndian = true;
                break;
            case "1.2.840.10008.1.2.1":
                header.TransferSyntax = DicomTransferSyntax.ExplicitVrLittleEndian;
                break;
            case "1.2.840.10008.1.2.1.99":
                header.TransferSyntax = DicomTransferSyntax.DeflatedExplicitVrLittleEndian;
                StartInflating();
                break;
            default:
                header.TransferSyntax = DicomTransferSyntax.Encapsulated;
                break;
        }

        ReadDataset(end: -1, depth: 0);
        return header;
    }

    /// <summary>The file meta group: explicit VR little endian whatever the data set's syntax.</summary>
    private string ReadFileMeta()
    {
        string? syntax = null;
        while (Fill(4) && BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(pos)) == 0x0002)
        {
            var at = Position;
            var tag = ReadTag();
            CountElement(at);
            var length = ReadExplicitLength(at, out _);
            if (length == Undefined)
            {
                throw Error(at, "a file meta element of undefined length.");
            }

            CheckLength(at, length, -1);
            MarkProfile(tag, length != 0);
            if (tag == 0x00020010)
            {
                syntax = ReadText(length);
            }
            else if (tag == 0x00020002)
            {
                header.SopClassUid ??= ReadText(length);
            }
            else
            {
                Skip(length);
            }
        }

        return string.IsNullOrEmpty(syntax)
            ? throw Error(Position, "the file meta information has no transfer syntax (0002,0010).")
            : syntax;
    }

    private void StartInflating()
    {
        var start = Position;
        Stream source = handle is null
            ? new MemoryStream(buffer, (int)start, (int)(fileLength - start), writable: false)
            : new FileStream(handle, FileAccess.Read, 1) { Position = start };
        inflated = new DeflateStream(source, CompressionMode.Decompress);
        bufferOffset = 0;
        count = 0;
        pos = 0;
        if (handle is null)
        {
            // The in-memory file stays where it is; inflate into a buffer of our own.
            buffer = new byte[ChunkSize];
        }
    }

    /// <summary>Reads the elements of a data set or an item, up to <paramref name="end"/> (or, when -1, to an item delimiter, or the end of the file at the top).</summary>
    private void ReadDataset(long end, int depth)
    {
        while (true)
        {
            if (end >= 0 && Position >= end)
            {
                if (Position > end)
                {
                    throw Error(end, "an element runs past the end of its item.");
                }

                return;
            }

            var at = Position;
            if (!Fill(4))
            {
                if (depth == 0 && count == pos)
                {
                    return;
                }

                throw Error(at, depth == 0 ? "the file ends inside an element's tag." : "the file ends inside a sequence item.");
            }

            var tag = ReadTag();
            if (tag == ItemDelimiter)
            {
                ReadDelimiterLength(at);
                if (depth > 0 && end < 0)
                {
                    return;
                }

                throw Error(at, "an item delimiter (FFFE,E00D) outside an item of undefined length.");
            }

            if (tag is Item or SequenceDelimiter)
            {
                throw Error(at, tag == Item ? "an item (FFFE,E000) outside a sequence." : "a sequence delimiter (FFFE,E0DD) outside a sequence of undefined length.");
            }

            if (depth == 0 && tag >= PixelDataAndAfter)
            {
                return;
            }

            CountElement(at);
            ushort vr = 0;
            uint length;
            if (explicitVr)
            {
                length = ReadExplicitLength(at, out vr);
            }
            else
            {
                length = ReadUInt32(at);
            }

            var group = (ushort)(tag >> 16);
            var isPrivate = (group & 1) == 1;
            if (isPrivate)
            {
                header.HasPrivateTags = true;
            }

            var sequence = explicitVr
                ? vr == Vr("SQ") || (vr == Vr("UN") && length == Undefined)
                : length == Undefined || DicomDataDictionary.IsSequence(tag);
            if (sequence)
            {
                var implicitInside = explicitVr && vr == Vr("UN");
                var items = ReadSequence(at, length, depth + 1, implicitInside);
                MarkProfile(tag, items > 0);
                continue;
            }

            MarkProfile(tag, length != 0 && length != Undefined);
            if (length == Undefined)
            {
                if (tag == PixelData && (vr == Vr("OB") || vr == Vr("OW")))
                {
                    SkipFragments(at);
                    continue;
                }

                throw Error(at, "an element of undefined length that is not a sequence.");
            }

            CheckLength(at, length, end);
            if (isPrivate && (tag & 0xFFFF) is >= 0x0010 and <= 0x00FF && length <= 64)
            {
                var creator = ReadText(length);
                if (creator.Length > 0)
                {
                    (header.PrivateCreators ??= new HashSet<string>(StringComparer.Ordinal)).Add(creator);
                }
            }
            else if (depth == 0 && length <= MaxValueLength && IsWanted(tag))
            {
                Keep(tag, ReadText(length));
            }
            else
            {
                Skip(length);
            }
        }
    }

    /// <summary>Reads the items of a sequence; returns how many it has.</summary>
    private int ReadSequence(long at, uint length, int depth, bool implicitInside)
    {
        if (depth > MaxDepth)
        {
            throw Error(at, $"sequences nested more than {MaxDepth} deep.");
        }

        long end = -1;
        if (length != Undefined)
        {
            CheckLength(at, length, -1);
            end = Position + length;
        }

        var (wasExplicit, wasBig) = (explicitVr, bigEndian);
        if (implicitInside)
        {
            (explicitVr, bigEndian) = (false, false);
        }

        var items = 0;
        while (true)
        {
            if (end >= 0 && Position >= end)
            {
                if (Position > end)
                {
                    throw Error(end, "an item runs past the end of its sequence.");
                }

                break;
            }

            var itemAt = Position;
            if (!Fill(8))
            {
                throw Error(itemAt, "the file ends inside a sequence.");
            }

            var tag = ReadTag();
            var itemLength = ReadUInt32(itemAt);
            if (tag == SequenceDelimiter)
            {
                if (end >= 0)
                {
                    throw Error(itemAt, "a sequence delimiter (FFFE,E0DD) in a sequence of defined length.");
                }

                break;
            }

            if (tag != Item)
            {
                throw Error(itemAt, "a sequence holds something other than items (FFFE,E000).");
            }

            CountElement(itemAt);
            items++;
            if (itemLength == Undefined)
            {
                ReadDataset(-1, depth);
            }
            else
            {
                CheckLength(itemAt, itemLength, end);
                ReadDataset(Position + itemLength, depth);
            }
        }

        (explicitVr, bigEndian) = (wasExplicit, wasBig);
        return items;
    }

    /// <summary>Skips encapsulated pixel data inside a sequence (an icon image): items of fragments up to the sequence delimiter.</summary>
    private void SkipFragments(long at)
    {
        while (true)
        {
            var itemAt = Position;
            if (!Fill(8))
            {
                throw Error(at, "the file ends inside encapsulated pixel data.");
            }

            var tag = ReadTag();
            var length = ReadUInt32(itemAt);
            if (tag == SequenceDelimiter)
            {
                return;
            }

            if (tag != Item || length == Undefined)
            {
                throw Error(itemAt, "encapsulated pixel data holds something other than fragments of defined length.");
            }

            CountElement(itemAt);
            CheckLength(itemAt, length, -1);
            Skip(length);
        }
    }

    private static bool IsWanted(uint tag) => tag is 0x00080016 or 0x00080060 or 0x00180015 or 0x00180050 or 0x0020000E or 0x00280008 or 0x00280301;

    private void Keep(uint tag, string value)
    {
        switch (tag)
        {
            case 0x00080016:
                header.SopClassUid = value;
                break;
            case 0x00080060:
                header.Modality = value.ToUpperInvariant();
                break;
            case 0x00180015:
                header.BodyPartExamined = value.ToUpperInvariant();
                break;
            case 0x00180050:
                header.SliceThickness = double.TryParse(value.Split('\\')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var mm) && double.IsFinite(mm) ? mm : null;
                break;
            case 0x0020000E when value.Length > 0:
                header.SeriesKey = SeriesKey(value);
                break;
            case 0x00280008:
                header.NumberOfFrames = int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var frames) && frames > 0 ? Math.Min(frames, 100_000) : null;
                break;
            case 0x00280301:
                header.BurnedInAnnotation = value.ToUpperInvariant();
                break;
        }
    }

    /// <summary>A key for grouping files by series: the UID itself is not kept.</summary>
    private static ulong SeriesKey(string uid)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.ASCII.GetBytes(uid), hash);
        return BinaryPrimitives.ReadUInt64LittleEndian(hash);
    }

    private void MarkProfile(uint tag, bool nonEmpty)
    {
        var row = ConfidentialityProfile.IndexOf(tag);
        if (row >= 0)
        {
            header.Mark(row, nonEmpty);
        }
    }

    private void CountElement(long at)
    {
        if (++elements > MaxElements)
        {
            throw Error(at, $"more than {MaxElements:N0} elements before the pixel data.");
        }
    }

    /// <summary>Checks a length against what remains of the file and of the enclosing item (<paramref name="end"/>, -1: none).</summary>
    private void CheckLength(long at, uint length, long end)
    {
        if (length > Remaining || (end >= 0 && Position + length > end))
        {
            throw Error(at, end >= 0 && Position + length > end && length <= Remaining
                ? "a length that runs past the end of its item or sequence."
                : inflated is null ? "a length that runs past the end of the file." : "a length beyond the inflated data set's limit.");
        }
    }

    private uint ReadTag()
    {
        var span = buffer.AsSpan(pos, 4);
        pos += 4;
        return bigEndian
            ? ((uint)BinaryPrimitives.ReadUInt16BigEndian(span) << 16) | BinaryPrimitives.ReadUInt16BigEndian(span[2..])
            : ((uint)BinaryPrimitives.ReadUInt16LittleEndian(span) << 16) | BinaryPrimitives.ReadUInt16LittleEndian(span[2..]);
    }

    private uint ReadUInt32(long at)
    {
        if (!Fill(4))
        {
            throw Error(at, "the file ends inside an element's length.");
        }

        var value = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(buffer.AsSpan(pos)) : BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(pos));
        pos += 4;
        return value;
    }

    /// <summary>The VR and length of an explicit VR element (PS3.5 7.1.2): a 2-byte length, or 2 reserved bytes and a 4-byte length.</summary>
    private uint ReadExplicitLength(long at, out ushort vr)
    {
        if (!Fill(4))
        {
            throw Error(at, "the file ends inside an element's header.");
        }

        byte a = buffer[pos], b = buffer[pos + 1];
        if (a is < (byte)'A' or > (byte)'Z' || b is < (byte)'A' or > (byte)'Z')
        {
            throw Error(at, "no value representation where the transfer syntax has explicit VR.");
        }

        vr = (ushort)((a << 8) | b);
        if (vr is Long.OB or Long.OD or Long.OF or Long.OL or Long.OV or Long.OW or Long.SQ or Long.SV or Long.UC or Long.UN or Long.UR or Long.UT or Long.UV)
        {
            pos += 4;
            return ReadUInt32(at);
        }

        var length = bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(buffer.AsSpan(pos + 2)) : BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(pos + 2));
        pos += 4;
        return length;
    }

    private void ReadDelimiterLength(long at) => ReadUInt32(at);

    private static ushort Vr(string code) => (ushort)((code[0] << 8) | code[1]);

    /// <summary>A short value as text: trailing spaces and NULs (padding) and leading spaces dropped.</summary>
    private string ReadText(uint length)
    {
        if (length > MaxValueLength)
        {
            Skip(length);
            return string.Empty;
        }

        if (!Fill((int)length))
        {
            throw Error(Position, "the file ends inside a value.");
        }

        var text = Encoding.Latin1.GetString(buffer, pos, (int)length).Trim(' ', '\0');
        pos += (int)length;
        return text;
    }

    /// <summary>Skips a value whose length has been checked: seeks in a file, reads and drops in an inflated stream.</summary>
    private void Skip(long length)
    {
        var available = count - pos;
        if (length <= available)
        {
            pos += (int)length;
            return;
        }

        if (inflated is null)
        {
            bufferOffset = Position + length;
            pos = count = 0;
            return;
        }

        length -= available;
        bufferOffset += count;
        pos = count = 0;
        while (length > 0)
        {
            var read = Inflate(buffer.AsSpan(0, (int)Math.Min(buffer.Length, length)));
            if (read == 0)
            {
                throw Error(bufferOffset, "the inflated data set ends inside a value.");
            }

            bufferOffset += read;
            length -= read;
        }
    }

    /// <summary>Makes at least <paramref name="need"/> bytes available at <see cref="pos"/>; false at the end of the file.</summary>
    private bool Fill(int need)
    {
        if (count - pos >= need)
        {
            return true;
        }

        if (handle is null && inflated is null)
        {
            // A file in memory: everything is there; past its end there is nothing.
            return false;
        }

        if (need > buffer.Length)
        {
            var larger = new byte[Math.Max(need, buffer.Length * 2)];
            buffer.AsSpan(pos, count - pos).CopyTo(larger);
            buffer = larger;
        }
        else if (pos > 0)
        {
            buffer.AsSpan(pos, count - pos).CopyTo(buffer);
        }

        bufferOffset += pos;
        count -= pos;
        pos = 0;
        while (count < need)
        {
            int read;
            if (inflated is not null)
            {
                read = Inflate(buffer.AsSpan(count));
            }
            else
            {
                try
                {
                    read = RandomAccess.Read(handle!, buffer.AsSpan(count), bufferOffset + count);
                }
                catch (IOException e)
                {
                    throw new InputFormatException(path, bufferOffset + count, "the file cannot be read.", e);
                }
            }

            if (read == 0)
            {
                return false;
            }

            count += read;
        }

        return true;
    }

    private int Inflate(Span<byte> into)
    {
        if (bufferOffset + count > MaxInflatedBytes)
        {
            throw Error(bufferOffset + count, $"the deflated data set inflates to more than {MaxInflatedBytes / (1024 * 1024)} MiB before its pixel data.");
        }

        try
        {
            return inflated!.Read(into);
        }
        catch (InvalidDataException e)
        {
            throw new InputFormatException(path, bufferOffset + count, "the deflated data set is damaged (after inflating).", new InvalidDataException("damaged deflate data", e.InnerException));
        }
    }

    private InputFormatException Error(long at, string problem)
        => new(path, at, inflated is null ? problem : problem + " (the offset counts inflated bytes after the file meta information)");

    /// <summary>The VRs with a 4-byte length in explicit VR, as the two characters' bytes.</summary>
    private static class Long
    {
        internal const ushort OB = ('O' << 8) | 'B';
        internal const ushort OD = ('O' << 8) | 'D';
        internal const ushort OF = ('O' << 8) | 'F';
        internal const ushort OL = ('O' << 8) | 'L';
        internal const ushort OV = ('O' << 8) | 'V';
        internal const ushort OW = ('O' << 8) | 'W';
        internal const ushort SQ = ('S' << 8) | 'Q';
        internal const ushort SV = ('S' << 8) | 'V';
        internal const ushort UC = ('U' << 8) | 'C';
        internal const ushort UN = ('U' << 8) | 'N';
        internal const ushort UR = ('U' << 8) | 'R';
        internal const ushort UT = ('U' << 8) | 'T';
        internal const ushort UV = ('U' << 8) | 'V';
    }
}
