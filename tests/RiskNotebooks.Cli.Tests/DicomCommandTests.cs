using System.Text.Json;

namespace RiskNotebooks.Cli.Tests;

public sealed class DicomCommandTests : IDisposable
{
    private const string Marker = "ZZMARKER55"; // in the samples' Patient's Name
    private static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "TestData", "dicom");
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void The_table_gives_the_headline_the_attributes_by_action_and_the_series_and_no_value()
    {
        var (code, output, error) = Cli.Run("dicom", Samples);
        Assert.True(code == 0, error);
        Assert.Contains("DICOM files", output, StringComparison.Ordinal);
        Assert.Matches(@"DICOM files\s+72 \(2 other files skipped\)", output);
        Assert.Matches(@"files with private tags\s+6 \(1 private creator\)", output);
        Assert.Matches(@"files with burned-in annotation \(0028,0301 = YES\)\s+1", output);
        Assert.Matches(@"head volumes needing defacing\s+1", output);
        Assert.Matches(@"Patient's Name\s+\(0010,0010\)\s+Z\s+72\s+72", output);
        Assert.Matches(@"Institution Name\s+\(0008,0080\)\s+X/Z/D\s+6", output);
        Assert.True(output.IndexOf("Private Attributes", StringComparison.Ordinal) < output.IndexOf("Patient's Name", StringComparison.Ordinal), "X before Z");
        Assert.Matches(@"3 MR\s+64\s+64 yes\s+1  defacing needed", output);
        Assert.DoesNotContain(Marker, output, StringComparison.Ordinal);
        Assert.DoesNotContain("1.2.826.0.1.3680043.8.498", output, StringComparison.Ordinal); // no UID
        Assert.DoesNotContain("RISKNOTEBOOKS TEST", output, StringComparison.Ordinal); // the private creator's name
        Assert.DoesNotContain("Nowhere General", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_gives_the_same_counts_without_values()
    {
        var (code, output, error) = Cli.Run("dicom", Samples, "--format", "json", "--min-slices", "64", "--max-slice-thickness", "1");
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("dicom", root.GetProperty("source").GetString());
        Assert.Equal(72, root.GetProperty("files").GetProperty("dicom").GetInt32());
        Assert.Equal(66, root.GetProperty("files").GetProperty("transferSyntaxes").GetProperty("implicit-vr-little-endian").GetInt32());
        Assert.Equal(1, root.GetProperty("flags").GetProperty("headVolumesNeedingDefacing").GetInt32());
        var name = root.GetProperty("attributes").EnumerateArray().Single(a => a.GetProperty("keyword").GetString() == "PatientName");
        Assert.Equal(("Z", 72), (name.GetProperty("action").GetString(), name.GetProperty("files").GetInt32()));
        Assert.StartsWith("replace with a zero length value", name.GetProperty("actionMeaning").GetString(), StringComparison.Ordinal);
        Assert.Equal(4, root.GetProperty("series").GetArrayLength());
        Assert.DoesNotContain(Marker, output, StringComparison.Ordinal);
        Assert.DoesNotContain("1.2.826.0.1.3680043.8.498", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_is_written_on_request_with_the_card_and_no_value()
    {
        var report = Path.Combine(temp.Path, "dicom.html");
        var (code, _, error) = Cli.Run("dicom", Samples, "--report", report);
        Assert.True(code == 0, error);
        var html = File.ReadAllText(report);
        Assert.Contains("DICOM headers", html, StringComparison.Ordinal);
        Assert.Contains("defacing needed", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Marker, html, StringComparison.Ordinal);
        Assert.DoesNotContain("1.2.826.0.1.3680043.8.498", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_file_is_measured()
    {
        var (code, output, error) = Cli.Run("dicom", Path.Combine(Samples, "explicit-be.dcm"));
        Assert.True(code == 0, error);
        Assert.Matches(@"transfer syntaxes\s+explicit VR BE 1", output);
        Assert.DoesNotContain(Marker, output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_exits_2_naming_the_argument()
    {
        var (code, output, error) = Cli.Run("dicom", Path.Combine(temp.Path, "no-such-folder"));
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("FOLDER|FILE", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_file_exits_2_naming_the_byte_offset_without_values_and_in_a_folder_is_a_warning()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Samples, "explicit-le.dcm"));
        var marker = bytes.AsSpan().IndexOf("Doe^ZZMARKER55"u8);
        var cut = temp.Write("cut.dcm", string.Empty);
        File.WriteAllBytes(cut, bytes[..(marker + 6)]); // inside Patient's Name

        var (code, output, error) = Cli.Run("dicom", cut);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Matches(@"cut\.dcm, byte \d+: ", error);
        Assert.DoesNotContain(Marker, error, StringComparison.Ordinal);

        (code, output, error) = Cli.Run("dicom", temp.Path);
        Assert.Equal(0, code);
        Assert.Contains("warning: ", error, StringComparison.Ordinal);
        Assert.Matches(@"could not be read \(not measured\)\s+1", output);
        Assert.DoesNotContain(Marker, output + error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--min-slices", "1", "--min-slices")]
    [InlineData("--max-slice-thickness", "0", "--max-slice-thickness")]
    public void Bad_options_exit_2_naming_the_option(string option, string value, string named)
    {
        var (code, _, error) = Cli.Run("dicom", Samples, option, value);
        Assert.Equal(2, code);
        Assert.Contains(named, error, StringComparison.Ordinal);
    }
}
