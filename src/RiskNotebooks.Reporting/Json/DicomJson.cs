using System.Text.Json;
using System.Text.Json.Serialization;
using RiskNotebooks.Imaging;

namespace RiskNotebooks.Reporting.Json;

/// <summary>The JSON form of a <see cref="DicomReport"/>: aggregates only (attribute names and counts; no value, UID or file name), camelCase.</summary>
public static class DicomJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>Writes the JSON of a DICOM report, indented, followed by a line break.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(DicomReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(JsonSerializer.Serialize(From(report), Options));
    }

    internal static Document From(DicomReport r) => new(
        r.Source,
        new Parameters(r.Options.MinSlices, r.Options.MaxSliceThickness),
        new Files(r.FilesRead, r.DicomFiles, r.NotDicomFiles, r.DamagedFiles, r.FilesWithoutSeries, r.TransferSyntaxes.ToDictionary(t => JsonNamingPolicy.KebabCaseLower.ConvertName(t.Key.ToString()), t => t.Value), r.Modalities),
        new Flags(r.FilesWithPrivateTags, r.PrivateCreators, r.FilesBurnedIn, r.FilesNotBurnedIn, r.FilesTextProne, r.HeadVolumesNeedingDefacing, r.ThinVolumesOfOtherOrUnknownBodyPart),
        [.. r.Attributes.Select(a => new Attribute(a.Attribute.Tag, a.Attribute.Keyword, a.Attribute.Name, a.Attribute.Action, a.Attribute.ActionMeaning, a.Files, a.FilesWithValue))],
        [.. r.Series.Select(s => new Series(s.Number, s.Modality, s.Images, s.Slices, s.HeadBodyPart, s.MinSliceThickness, s.MaxSliceThickness, s.ImagesWithoutThickness, s.IsThinVolume, s.DefacingNeeded))],
        "Attributes of DICOM PS3.15 (2024c) Table E.1-1 with their basic-profile actions; headers only (pixels not read); counts only.");

    internal sealed record Document(string Source, Parameters Parameters, Files Files, Flags Flags, IReadOnlyList<Attribute> Attributes, IReadOnlyList<Series> Series, string Scope);

    internal sealed record Parameters(int MinSlices, double MaxSliceThickness);

    internal sealed record Files(int Read, int Dicom, int NotDicom, int Damaged, int WithoutSeries, IReadOnlyDictionary<string, int> TransferSyntaxes, IReadOnlyDictionary<string, int> Modalities);

    internal sealed record Flags(int FilesWithPrivateTags, int PrivateCreators, int FilesBurnedIn, int FilesNotBurnedIn, int FilesTextProne, int HeadVolumesNeedingDefacing, int OtherThinVolumes);

    internal sealed record Attribute(string Tag, string Keyword, string Name, string Action, string ActionMeaning, int Files, int FilesWithValue);

    internal sealed record Series(int Number, string? Modality, int Images, int Slices, bool HeadBodyPart, double? MinSliceThickness, double? MaxSliceThickness, int ImagesWithoutThickness, bool ThinVolume, bool DefacingNeeded);
}
