using System.Buffers.Binary;
using System.Text;

namespace RiskNotebooks.Core.Tests.Imaging;

/// <summary>Writes DICOM Part 10 files byte by byte, for the edge cases dcmtk will not write.</summary>
internal sealed class DicomBytes
{
    internal const uint Undefined = 0xFFFFFFFF;
    private readonly List<byte> bytes = [];

    /// <summary>A preamble, DICM and a file meta group naming the transfer syntax (explicit VR little endian data set by default).</summary>
    internal static DicomBytes Part10(string syntax = "1.2.840.10008.1.2.1")
    {
        var b = new DicomBytes();
        b.bytes.AddRange(new byte[128]);
        b.bytes.AddRange("DICM"u8.ToArray());
        b.Text(0x0002, 0x0010, "UI", syntax, padding: 0);
        return b;
    }

    internal int Length => bytes.Count;

    internal DicomBytes Tag(ushort group, ushort element)
    {
        U16(group);
        return U16(element);
    }

    internal DicomBytes U16(ushort value)
    {
        Span<byte> s = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(s, value);
        bytes.AddRange(s.ToArray());
        return this;
    }

    internal DicomBytes U32(uint value)
    {
        Span<byte> s = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(s, value);
        bytes.AddRange(s.ToArray());
        return this;
    }

    internal DicomBytes Raw(params byte[] raw)
    {
        bytes.AddRange(raw);
        return this;
    }

    /// <summary>An explicit VR element with a short (2-byte) length.</summary>
    internal DicomBytes Text(ushort group, ushort element, string vr, string value, byte padding = (byte)' ', bool pad = true)
    {
        var data = Encoding.ASCII.GetBytes(value).ToList();
        if (pad && data.Count % 2 == 1)
        {
            data.Add(padding);
        }

        Tag(group, element).Raw(Encoding.ASCII.GetBytes(vr)).U16((ushort)data.Count);
        return Raw([.. data]);
    }

    /// <summary>An explicit VR element with a 4-byte length (OB, OW, SQ, UN, UT ...); <paramref name="length"/> overrides the value's.</summary>
    internal DicomBytes Long(ushort group, ushort element, string vr, byte[] value, uint? length = null)
    {
        Tag(group, element).Raw(Encoding.ASCII.GetBytes(vr)).Raw(0, 0).U32(length ?? (uint)value.Length);
        return Raw(value);
    }

    internal DicomBytes Sequence(ushort group, ushort element, uint length = Undefined) => Long(group, element, "SQ", [], length);

    internal DicomBytes Item(uint length = Undefined) => Tag(0xFFFE, 0xE000).U32(length);

    internal DicomBytes ItemEnd() => Tag(0xFFFE, 0xE00D).U32(0);

    internal DicomBytes SequenceEnd() => Tag(0xFFFE, 0xE0DD).U32(0);

    internal byte[] ToArray() => [.. bytes];
}
