using RiskNotebooks.Imaging;

namespace RiskNotebooks.Core.Tests.Imaging;

public sealed class DicomHeaderReaderTests
{
    internal const string Marker = "ZZMARKER55";
    internal static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "TestData", "dicom");

    private static int Row(string keyword) => ConfidentialityProfile.Attributes.Single(a => a.Keyword == keyword).Index;

    private static DicomHeader Sample(string name) => DicomHeaderReader.Read(Path.Combine(Samples, name))!;

    [Theory]
    [InlineData("implicit-le.dcm", DicomTransferSyntax.ImplicitVrLittleEndian)]
    [InlineData("explicit-be.dcm", DicomTransferSyntax.ExplicitVrBigEndian)]
    [InlineData("deflated.dcm", DicomTransferSyntax.DeflatedExplicitVrLittleEndian)]
    [InlineData("explicit-le-undefined-lengths.dcm", DicomTransferSyntax.ExplicitVrLittleEndian)]
    [InlineData("implicit-le-undefined-lengths.dcm", DicomTransferSyntax.ImplicitVrLittleEndian)]
    public void Every_transfer_syntax_gives_the_same_attributes_as_explicit_little_endian(string name, DicomTransferSyntax syntax)
    {
        var expected = Sample("explicit-le.dcm");
        var header = Sample(name);
        Assert.Equal(DicomTransferSyntax.ExplicitVrLittleEndian, expected.TransferSyntax);
        Assert.Equal(syntax, header.TransferSyntax);
        Assert.Equal(expected.Present, header.Present);
        Assert.Equal(expected.NonEmpty, header.NonEmpty);
        Assert.Equal(("MR", "HEAD", 1.0), (header.Modality, header.BodyPartExamined, header.SliceThickness));
        Assert.Equal(expected.SeriesKey, header.SeriesKey);
        Assert.True(header.HasPrivateTags);
        Assert.Equal(["RISKNOTEBOOKS TEST"], header.PrivateCreators!);
    }

    [Fact]
    public void Attributes_inside_nested_sequences_are_found_and_empty_ones_are_told_apart()
    {
        var header = Sample("explicit-le-undefined-lengths.dcm");

        // (0040,A123) Person Name sits in an item of Content Sequence, inside an item of Referenced Image Sequence.
        foreach (var keyword in new[] { "ReferencedImageSequence", "ContentSequence", "PersonName", "ReferencedSOPInstanceUID", "PatientName", "InstitutionName", "OverlayData" })
        {
            Assert.True(DicomHeader.IsSet(header.Present, Row(keyword)), keyword);
            Assert.True(DicomHeader.IsSet(header.NonEmpty, Row(keyword)), keyword);
        }

        Assert.True(DicomHeader.IsSet(header.Present, Row("PatientAge")));
        Assert.False(DicomHeader.IsSet(header.NonEmpty, Row("PatientAge"))); // (0010,1010) AS []
        Assert.True(DicomHeader.IsSet(header.Present, ConfidentialityProfile.PrivateAttributes.Index));
    }

    [Fact]
    public void Pixel_data_is_never_read_so_an_enormous_truncated_one_does_not_matter()
    {
        var file = DicomBytes.Part10()
            .Text(0x0008, 0x0060, "CS", "MR")
            .Text(0x0010, 0x0010, "PN", "Doe^" + Marker)
            .Long(0x7FE0, 0x0010, "OW", [1, 2, 3, 4], length: 0xFFFFFFF0)
            .ToArray();

        var header = DicomHeaderReader.Read("huge.dcm", file)!;

        Assert.Equal("MR", header.Modality);
        Assert.True(DicomHeader.IsSet(header.NonEmpty, Row("PatientName")));
    }

    [Fact]
    public void A_file_without_DICM_is_not_dicom()
    {
        Assert.Null(DicomHeaderReader.Read("a.txt", new byte[200]));
        Assert.Null(DicomHeaderReader.Read("short", "DICM"u8.ToArray()));
        Assert.Null(DicomHeaderReader.Read(Path.Combine(Samples, "head-mr", "notes.txt")));
    }

    [Fact]
    public void Odd_lengths_are_read_as_they_are()
    {
        // PS3.5 wants even lengths; files in the wild have odd ones, and the next element must still be found.
        var file = DicomBytes.Part10()
            .Text(0x0008, 0x0060, "CS", "CT", pad: false)
            .Text(0x0010, 0x0010, "PN", "Odd", pad: false)
            .Text(0x0018, 0x0015, "CS", "BRAIN", pad: false)
            .ToArray();

        var header = DicomHeaderReader.Read("odd.dcm", file)!;

        Assert.Equal(("CT", "BRAIN"), (header.Modality, header.BodyPartExamined));
        Assert.True(DicomHeader.IsSet(header.NonEmpty, Row("PatientName")));
    }

    [Fact]
    public void A_length_beyond_the_end_of_the_file_names_the_file_and_offset_but_no_value()
    {
        var b = DicomBytes.Part10().Text(0x0010, 0x0010, "PN", "Doe^" + Marker);
        var at = b.Length;
        var file = b.Long(0x0010, 0x4000, "UT", System.Text.Encoding.ASCII.GetBytes(Marker), length: 1000).ToArray();

        var e = Assert.Throws<InputFormatException>(() => DicomHeaderReader.Read("long.dcm", file));

        Assert.Equal(at, e.ByteOffset);
        Assert.StartsWith($"long.dcm, byte {at}: ", e.Message, StringComparison.Ordinal);
        Assert.Contains("past the end of the file", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Marker, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_cut_inside_an_element_header_is_an_error()
    {
        var whole = DicomBytes.Part10().Text(0x0010, 0x0010, "PN", "Doe^" + Marker).Text(0x0008, 0x0060, "CS", "MR").ToArray();
        var cut = whole[..^7]; // inside the tag, VR and length of (0008,0060)

        var e = Assert.Throws<InputFormatException>(() => DicomHeaderReader.Read("cut.dcm", cut));

        Assert.Equal(whole.Length - 10, e.ByteOffset);
        Assert.DoesNotContain(Marker, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_longer_than_its_sequence_is_an_error()
    {
        var file = DicomBytes.Part10().Sequence(0x0008, 0x1140, length: 8).Item(length: 12).Text(0x0008, 0x1150, "UI", "1.2").ToArray();
        var e = Assert.Throws<InputFormatException>(() => DicomHeaderReader.Read("item.dcm", file));
        Assert.Contains("runs past the end", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_an_error_not_a_stack_overflow()
    {
        var b = DicomBytes.Part10();
        for (var i = 0; i < 10_000; i++)
        {
            b.Sequence(0x0040, 0xA730).Item();
        }

        var e = Assert.Throws<InputFormatException>(() => DicomHeaderReader.Read("deep.dcm", b.ToArray()));
        Assert.Contains($"nested more than {DicomHeaderReader.MaxDepth} deep", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_read()
    {
        var b = DicomBytes.Part10();
        for (var i = 0; i < DicomHeaderReader.MaxDepth; i++)
        {
            b.Sequence(0x0040, 0xA730).Item();
        }

        b.Text(0x0040, 0xA123, "PN", "Deep^Person");
        for (var i = 0; i < DicomHeaderReader.MaxDepth; i++)
        {
            b.ItemEnd().SequenceEnd();
        }

        var header = DicomHeaderReader.Read("deep.dcm", b.ToArray())!;
        Assert.True(DicomHeader.IsSet(header.NonEmpty, Row("PersonName")));
    }

    [Fact]
    public void An_undefined_length_that_is_not_a_sequence_in_explicit_VR_is_an_error()
    {
        var b = DicomBytes.Part10().Text(0x0008, 0x0060, "CS", "MR");
        var at = b.Length;
        var file = b.Long(0x0010, 0x4000, "UT", System.Text.Encoding.ASCII.GetBytes(Marker), length: DicomBytes.Undefined).ToArray();

        var e = Assert.Throws<InputFormatException>(() => DicomHeaderReader.Read("undefined.dcm", file));

        Assert.Equal(at, e.ByteOffset);
        Assert.Contains("undefined length that is not a sequence", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_length_UN_element_is_a_sequence_in_implicit_VR()
    {
        // PS3.5 6.2.2: a sequence whose VR is not known is UN of undefined length, its items in implicit VR little endian.
        var b = DicomBytes.Part10().Long(0x0009, 0x1010, "UN", [], length: DicomBytes.Undefined).Item();
        b.Tag(0x0010, 0x0010).U32(4).Raw("Doe "u8.ToArray());
        var file = b.ItemEnd().SequenceEnd().Text(0x0018, 0x0015, "CS", "HEAD").ToArray();

        var header = DicomHeaderReader.Read("un.dcm", file)!;

        Assert.True(DicomHeader.IsSet(header.NonEmpty, Row("PatientName")));
        Assert.Equal("HEAD", header.BodyPartExamined);
    }

    [Fact]
    public void A_deflated_file_whose_stream_is_damaged_is_our_error()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Samples, "deflated.dcm"));
        var cut = bytes[..(bytes.Length - 200)];
        var e = Assert.Throws<InputFormatException>(() => DicomHeaderReader.Read("deflated.dcm", cut));
        Assert.Contains("inflated", e.Message, StringComparison.Ordinal);
    }
}
