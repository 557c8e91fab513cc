namespace RiskNotebooks.Imaging;

/// <summary>How a DICOM file's data set is encoded, as its transfer syntax (0002,0010) says.</summary>
public enum DicomTransferSyntax
{
    /// <summary>Explicit VR Little Endian, 1.2.840.10008.1.2.1.</summary>
    ExplicitVrLittleEndian,

    /// <summary>Implicit VR Little Endian, 1.2.840.10008.1.2 (the VR comes from the data dictionary).</summary>
    ImplicitVrLittleEndian,

    /// <summary>Explicit VR Big Endian, 1.2.840.10008.1.2.2 (retired).</summary>
    ExplicitVrBigEndian,

    /// <summary>Deflated Explicit VR Little Endian, 1.2.840.10008.1.2.1.99.</summary>
    DeflatedExplicitVrLittleEndian,

    /// <summary>Any other syntax (compressed pixel data, such as JPEG): the data set itself is explicit VR little endian.</summary>
    Encapsulated,
}
