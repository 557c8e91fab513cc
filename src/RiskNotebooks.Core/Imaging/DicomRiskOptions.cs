namespace RiskNotebooks.Imaging;

/// <summary>How <see cref="DicomRisk"/> flags series from which a face could be reconstructed.</summary>
/// <remarks>
/// The thresholds are a judgement, not a finding: Schwarz et al. (2019, N Engl J Med 381:1684) rendered faces from research
/// head MRI volumes (about 1 mm slices) and face recognition software matched 70 of 84 participants to their photographs.
/// A head CT or MR series of at least 60 slices no thicker than 3 mm is taken to be dense enough to render a face
/// surface. Coarser volumes still show a face's shape; lower the thresholds to be more cautious.
/// </remarks>
public sealed record DicomRiskOptions
{
    /// <summary>The number of slices (images, or frames of a multi-frame image) from which a series counts as a volume (default 60).</summary>
    public int MinSlices { get; init; } = 60;

    /// <summary>The largest slice thickness (0018,0050), in millimetres, of a volume from which a face can be rendered (default 3).</summary>
    public double MaxSliceThickness { get; init; } = 3;

    /// <summary>Told about each file of a folder that is DICOM but cannot be read (it is then counted, not measured); the message names the file and byte offset, never a value.</summary>
    public Action<InputFormatException>? OnDamagedFile { get; init; }

    /// <summary>Checks the options.</summary>
    /// <exception cref="InvalidOptionException">A threshold out of range.</exception>
    public void Validate()
    {
        if (MinSlices < 2)
        {
            throw new InvalidOptionException(nameof(MinSlices), "must be at least 2 slices.");
        }

        if (double.IsNaN(MaxSliceThickness) || MaxSliceThickness <= 0 || MaxSliceThickness > 100)
        {
            throw new InvalidOptionException(nameof(MaxSliceThickness), "must be a thickness in millimetres above 0 and at most 100.");
        }
    }
}
