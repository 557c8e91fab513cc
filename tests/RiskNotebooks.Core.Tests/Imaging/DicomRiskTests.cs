using RiskNotebooks.Imaging;
using RiskNotebooks.Tests;

namespace RiskNotebooks.Core.Tests.Imaging;

public sealed class DicomRiskTests : IDisposable
{
    private static readonly string Samples = DicomHeaderReaderTests.Samples;
    private readonly TempFiles files = new();

    public void Dispose() => files.Dispose();

    private static DicomAttributeCount Attribute(DicomReport report, string keyword) => report.Attributes.Single(a => a.Attribute.Keyword == keyword);

    [Fact]
    public void A_folder_is_read_recursively_and_files_that_are_not_dicom_are_counted()
    {
        var report = DicomRisk.Analyse(Samples);

        Assert.Equal(72, report.DicomFiles);
        Assert.Equal(report.FilesRead - 72, report.NotDicomFiles); // make-samples.sh and head-mr/notes.txt
        Assert.Equal(0, report.DamagedFiles);
        Assert.Equal(66, report.TransferSyntaxes[DicomTransferSyntax.ImplicitVrLittleEndian]); // two basic files and the 64 slices
        Assert.Equal(4, report.TransferSyntaxes[DicomTransferSyntax.ExplicitVrLittleEndian]);
        Assert.Equal(1, report.TransferSyntaxes[DicomTransferSyntax.ExplicitVrBigEndian]);
        Assert.Equal(1, report.TransferSyntaxes[DicomTransferSyntax.DeflatedExplicitVrLittleEndian]);
    }

    [Fact]
    public void Attributes_present_come_with_their_action_and_file_counts_most_severe_first()
    {
        var report = DicomRisk.Analyse(Samples);

        Assert.Equal(72, Attribute(report, "PatientName").Files);
        Assert.Equal("Z", Attribute(report, "PatientName").Attribute.Action);
        Assert.Equal(70, Attribute(report, "PatientID").Files); // the six basic files and the 64 slices
        Assert.Equal(6, Attribute(report, "PersonName").Files); // only inside nested sequences
        Assert.Equal((6, 0), (Attribute(report, "PatientAge").Files, Attribute(report, "PatientAge").FilesWithValue));
        Assert.Equal(6, report.Attributes.Single(a => a.Attribute.IsPrivateAttributes).Files);
        var severities = report.Attributes.Select(a => ProfileAction.Severity(a.Attribute.Action)).ToList();
        Assert.Equal(severities.Order(), severities);
        Assert.Equal("X", report.Attributes[0].Attribute.Action);
    }

    [Fact]
    public void Private_tags_burned_in_text_and_text_prone_modalities_are_flagged()
    {
        var report = DicomRisk.Analyse(Samples);

        Assert.Equal(6, report.FilesWithPrivateTags);
        Assert.Equal(1, report.PrivateCreators);
        Assert.Equal(1, report.FilesBurnedIn);
        Assert.Equal(2, report.FilesTextProne); // the secondary capture and the ultrasound image
        Assert.Equal(70, report.Modalities["MR"]);
        Assert.Equal(1, report.Modalities["US"]);
    }

    [Fact]
    public void A_head_MR_volume_of_64_thin_slices_needs_defacing_and_series_are_numbered_without_UIDs()
    {
        var report = DicomRisk.Analyse(Samples);

        Assert.Equal(4, report.Series.Count);
        Assert.Equal([1, 2, 3, 4], report.Series.Select(s => s.Number));
        var volume = Assert.Single(report.Series, s => s.DefacingNeeded);
        Assert.Equal(("MR", 64, 64, true, 1.0, 1.0), (volume.Modality, volume.Images, volume.Slices, volume.HeadBodyPart, volume.MinSliceThickness, volume.MaxSliceThickness));
        Assert.Equal(1, report.HeadVolumesNeedingDefacing);
        var basic = Assert.Single(report.Series, s => s.Images == 6);
        Assert.False(basic.IsThinVolume); // a head MR, but six slices
        Assert.Equal(0, DicomRisk.Analyse(Samples, new DicomRiskOptions { MaxSliceThickness = 0.5 }).HeadVolumesNeedingDefacing);
        Assert.Equal(2, DicomRisk.Analyse(Samples, new DicomRiskOptions { MinSlices = 6 }).HeadVolumesNeedingDefacing);
    }

    [Fact]
    public void A_damaged_file_in_a_folder_is_counted_and_told_and_the_rest_measured()
    {
        var good = File.ReadAllBytes(Path.Combine(Samples, "ultrasound.dcm"));
        files.WriteBytes("good.dcm", good);
        files.WriteBytes("bad.dcm", good[..200]);
        var told = new List<InputFormatException>();

        var report = DicomRisk.Analyse(files.Folder, new DicomRiskOptions { OnDamagedFile = told.Add });

        Assert.Equal((2, 1, 1), (report.FilesRead, report.DicomFiles, report.DamagedFiles));
        Assert.EndsWith("bad.dcm", Assert.Single(told).FilePath, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_file_that_is_not_dicom_is_an_error_and_a_missing_path_names_the_argument()
    {
        var text = files.Write("notes.txt", "not DICOM, but long enough to hold a preamble" + new string('.', 200));
        var e = Assert.Throws<InputFormatException>(() => DicomRisk.Analyse(text));
        Assert.Contains("not a DICOM Part 10 file", e.Message, StringComparison.Ordinal);
        var missing = Assert.Throws<InvalidOptionException>(() => DicomRisk.Analyse(Path.Combine(files.Folder, "nowhere")));
        Assert.Contains("FOLDER|FILE", missing.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 3)]
    [InlineData(60, 0)]
    [InlineData(60, double.NaN)]
    public void Thresholds_out_of_range_are_refused(int slices, double mm)
    {
        Assert.Throws<InvalidOptionException>(() => DicomRisk.Analyse(Samples, new DicomRiskOptions { MinSlices = slices, MaxSliceThickness = mm }));
    }
}
