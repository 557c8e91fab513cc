namespace RiskNotebooks.Imaging;

/// <summary>
/// What the headers of a DICOM file or folder give away: the attributes of the confidentiality profile present, with
/// their actions and file counts, private tags, burned-in text, and head volumes from which a face can be rendered.
/// </summary>
/// <remarks>
/// Aggregates only: names of attributes and counts. No value of any attribute, no UID and no file name is kept (private
/// creators are counted, series are numbered).
/// </remarks>
public sealed class DicomReport
{
    internal DicomReport(string source, DicomRiskOptions options)
    {
        Source = source;
        Options = options;
    }

    /// <summary>The file or folder measured (its name as given, without the path).</summary>
    public string Source { get; }

    /// <summary>The options used.</summary>
    public DicomRiskOptions Options { get; }

    /// <summary>The files looked at (every file of a folder, recursively).</summary>
    public int FilesRead { get; internal set; }

    /// <summary>The DICOM Part 10 files measured.</summary>
    public int DicomFiles { get; internal set; }

    /// <summary>Files skipped because they are not DICOM Part 10 files (no <c>DICM</c> at byte 128).</summary>
    public int NotDicomFiles { get; internal set; }

    /// <summary>DICOM files that could not be read (truncated or malformed), counted and not measured.</summary>
    public int DamagedFiles { get; internal set; }

    /// <summary>The DICOM files by transfer syntax.</summary>
    public IReadOnlyDictionary<DicomTransferSyntax, int> TransferSyntaxes { get; internal set; } = new Dictionary<DicomTransferSyntax, int>();

    /// <summary>The attributes of PS3.15 Table E.1-1 present in at least one file, most severe action first, then by name.</summary>
    public IReadOnlyList<DicomAttributeCount> Attributes { get; internal set; } = [];

    /// <summary>Files with at least one private tag (an odd group).</summary>
    public int FilesWithPrivateTags { get; internal set; }

    /// <summary>The distinct private creators (gggg,0010-00FF) over all files: a count only.</summary>
    public int PrivateCreators { get; internal set; }

    /// <summary>Files whose Burned In Annotation (0028,0301) is YES: identifying text is in the pixels.</summary>
    public int FilesBurnedIn { get; internal set; }

    /// <summary>Files whose Burned In Annotation says NO.</summary>
    public int FilesNotBurnedIn { get; internal set; }

    /// <summary>
    /// Files of a kind into which text is often burned: modality US, XA or SC, or a secondary capture SOP class
    /// (1.2.840.10008.5.1.4.1.1.7 and its multi-frame kinds); their pixels need looking at whatever (0028,0301) says.
    /// </summary>
    public int FilesTextProne { get; internal set; }

    /// <summary>The DICOM files by modality (defined terms only; anything else counts as <c>other</c>, none as <c>none</c>).</summary>
    public IReadOnlyDictionary<string, int> Modalities { get; internal set; } = new Dictionary<string, int>();

    /// <summary>The series, numbered 1..n in the order their first file was read.</summary>
    public IReadOnlyList<DicomSeries> Series { get; internal set; } = [];

    /// <summary>DICOM files without a Series Instance UID.</summary>
    public int FilesWithoutSeries { get; internal set; }

    /// <summary>Head CT or MR series from which a face can be rendered: they need defacing.</summary>
    public int HeadVolumesNeedingDefacing => Series.Count(s => s.DefacingNeeded);

    /// <summary>Thin CT or MR volumes whose body part is not coded as the head: check whether the face is in view.</summary>
    public int ThinVolumesOfOtherOrUnknownBodyPart => Series.Count(s => s.IsThinVolume && !s.HeadBodyPart);
}
