using RiskNotebooks.Imaging;

namespace RiskNotebooks.Commands;

/// <summary>
/// <c>risknb dicom</c> and <c>#!risk-dicom</c>: every option with its default, the cross-option checks, and the engine's
/// options. Hosts fill it from <see cref="Table"/>.
/// </summary>
public sealed class DicomRequest : ICommandRequest
{
    private static readonly DicomRiskOptions Defaults = new();

    /// <summary>The options of the command, as every host binds them.</summary>
    public static CommandTable<DicomRequest> Table { get; } = new CommandTable<DicomRequest>(
            "dicom",
            "What DICOM headers give away: the attributes of the DICOM basic confidentiality profile (PS3.15 Table E.1-1) present, with their actions and file counts; private tags; burned-in annotation; head CT/MR volumes that need defacing. Headers only, counts only.")
        .AddPositional("FOLDER|FILE", "A folder (every file, recursively; files that are not DICOM are counted and skipped) or one DICOM Part 10 file.", (r, v) => r.Path = v, required: true)
        .Add("--min-slices", "A CT or MR series of at least this many slices is a volume from which a face can be rendered.", OptionKind.Number, (r, v) => r.MinSlices = (int)v.Whole(2, int.MaxValue), r => OptionValue.FormatNumber(r.MinSlices))
        .Add("--max-slice-thickness", "The largest slice thickness, in millimetres, of such a volume (Slice Thickness, 0018,0050).", OptionKind.Number, (r, v) => r.MaxSliceThickness = v.Number(), r => OptionValue.FormatNumber(r.MaxSliceThickness));

    /// <summary>The folder or file.</summary>
    public string? Path { get; set; }

    /// <summary>The slices that make a volume.</summary>
    public int MinSlices { get; set; } = Defaults.MinSlices;

    /// <summary>The largest slice thickness of a volume, in mm.</summary>
    public double MaxSliceThickness { get; set; } = Defaults.MaxSliceThickness;

    /// <inheritdoc/>
    public void Validate()
    {
        if (double.IsNaN(MaxSliceThickness) || MaxSliceThickness <= 0 || MaxSliceThickness > 100)
        {
            throw new InvalidOptionException("--max-slice-thickness", "must be a thickness in millimetres above 0 and at most 100, such as 3.");
        }

        if (MinSlices < 2)
        {
            throw new InvalidOptionException("--min-slices", "must be at least 2.");
        }

        ToOptions().Validate();
    }

    /// <summary>The engine's options.</summary>
    /// <returns>The options for <see cref="DicomRisk.Analyse"/>.</returns>
    public DicomRiskOptions ToOptions() => new() { MinSlices = MinSlices, MaxSliceThickness = MaxSliceThickness };
}
