namespace RiskNotebooks.Imaging;

/// <summary>
/// One series of the files (grouped by a hash of the Series Instance UID, which is never kept or shown), numbered 1..n in
/// the order the files were read, with what decides whether a face could be rendered from it.
/// </summary>
public sealed class DicomSeries
{
    internal DicomSeries(int number, string? modality, int images, int slices, bool head, double? minThickness, double? maxThickness, int imagesWithoutThickness, DicomRiskOptions options)
    {
        Number = number;
        Modality = modality;
        Images = images;
        Slices = slices;
        HeadBodyPart = head;
        MinSliceThickness = minThickness;
        MaxSliceThickness = maxThickness;
        ImagesWithoutThickness = imagesWithoutThickness;
        IsThinVolume = modality is "MR" or "CT" && slices >= options.MinSlices && imagesWithoutThickness == 0
            && maxThickness is { } max && max <= options.MaxSliceThickness;
    }

    /// <summary>The series' number in this report (1..n), not a DICOM attribute.</summary>
    public int Number { get; }

    /// <summary>The modality (0008,0060) of its first file, when it is a defined term (such as <c>MR</c>); else <see langword="null"/>.</summary>
    public string? Modality { get; }

    /// <summary>The files of the series.</summary>
    public int Images { get; }

    /// <summary>The slices: one per file, or Number of Frames (0028,0008) for a multi-frame file.</summary>
    public int Slices { get; }

    /// <summary>Whether Body Part Examined (0018,0015) names the head (HEAD, BRAIN, SKULL, HEADNECK, FACE and the like) in any of its files.</summary>
    public bool HeadBodyPart { get; }

    /// <summary>The smallest Slice Thickness (0018,0050) in mm, or <see langword="null"/> when no file gives one.</summary>
    public double? MinSliceThickness { get; }

    /// <summary>The largest Slice Thickness in mm, or <see langword="null"/>.</summary>
    public double? MaxSliceThickness { get; }

    /// <summary>Files without a readable Slice Thickness at the top level (enhanced multi-frame files give it per frame, inside sequences).</summary>
    public int ImagesWithoutThickness { get; }

    /// <summary>A CT or MR series with at least <see cref="DicomRiskOptions.MinSlices"/> slices, each at most <see cref="DicomRiskOptions.MaxSliceThickness"/> thick.</summary>
    public bool IsThinVolume { get; }

    /// <summary>A thin volume of the head: a face can be rendered from it, so it needs defacing before it is shared (see <see cref="DicomRiskOptions"/>).</summary>
    public bool DefacingNeeded => IsThinVolume && HeadBodyPart;
}
