using RiskNotebooks.Assessment;
using RiskNotebooks.Genomics;
using RiskNotebooks.Guidance;
using RiskNotebooks.Location;
using RiskNotebooks.Text;

namespace RiskNotebooks.Tests.Assessment;

/// <summary>Each kind of data measured by its own engine, checked against hand calculations.</summary>
public sealed class MeasurementTests : IDisposable
{
    // Three users, one point per hour. User 1 holds A@1h, B@2h; user 2 A@1h, C@3h; user 3 A@1h, B@2h, D@4h.
    private const string Traces = """
        uid,datetime,lat,lng
        1,2023-03-06 01:10:00,45.0,9.0
        1,2023-03-06 02:10:00,45.1,9.1
        2,2023-03-06 01:20:00,45.0,9.0
        2,2023-03-06 03:20:00,45.2,9.2
        3,2023-03-06 01:30:00,45.0,9.0
        3,2023-03-06 02:30:00,45.1,9.1
        3,2023-03-06 04:30:00,45.3,9.3
        """;

    private readonly TempFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void Text_the_share_of_documents_at_high_risk_or_above_is_the_average_and_any_such_document_makes_the_highest_one()
    {
        var folder = Path.Combine(files.Folder, "docs");
        Directory.CreateDirectory(folder);
        files.Write(Path.Combine("docs", "a.txt"), "Patient Anna Andersson, personnummer 19121212-1212, ringde idag.\n");
        files.Write(Path.Combine("docs", "b.txt"), "Vädret var fint och vi pratade om böcker.\n");
        files.Write(Path.Combine("docs", "c.txt"), "The weather was fine.\n");
        files.Write(Path.Combine("docs", "d.txt"), "We talked about books and films.\n");

        var m = TextMeasurement.FromFolder(folder);

        // One identified document of four: 1/4.
        Assert.Equal(4, m.DocumentCount);
        Assert.Equal(1, m.DocumentsAtRisk);
        Assert.Equal(0.25, m.AverageRisk, 12);
        Assert.Equal(1, m.HighestRisk);
        Assert.Equal(4, m.SubjectCount);
        Assert.Equal(0.25, TextMeasurement.FromFolder(folder, DocumentRiskLevel.Identified).AverageRisk, 12);

        // Counts of people below the minimum cell size are not shown.
        Assert.Equal("share of documents at risk level high or identified (text engine, at least 'high'): <5 of <5 documents", m.Method);
    }

    [Fact]
    public void Text_with_no_document_at_the_threshold_has_no_risk_by_this_measure()
    {
        files.Write("only.txt", "The weather was fine.\n");
        var m = TextMeasurement.FromFolder(Path.Combine(files.Folder, "only.txt"));
        Assert.Equal(0, m.AverageRisk);
        Assert.Equal(0, m.HighestRisk);
    }

    [Fact]
    public void Text_the_threshold_low_counts_everything_and_is_refused()
    {
        files.Write("only.txt", "The weather was fine.\n");
        var report = TextAnalysis.Run(Path.Combine(files.Folder, "only.txt"));
        Assert.Equal("text.atLeast: must be one of: medium, high, identified.", Assert.Throws<InvalidOptionException>(() => new TextMeasurement(report, DocumentRiskLevel.Low)).Message);
    }

    [Fact]
    public void Traces_unicity_at_p_points_is_the_average_and_the_most_exposed_user_the_highest()
    {
        var path = files.Write("traces.csv", Traces);
        var m = TraceMeasurement.FromFile(path, 2, new UnicityOptions { Mode = UnicityMode.Exact });

        // p = 2. User 1: {A,B} is also user 3's: 0 of 1 unique. User 2: {A,C} is only user 2's: 1 of 1.
        // User 3: {A,B} is user 1's too, {A,D} and {B,D} only user 3's: 2 of 3. Unicity = (0 + 1 + 2/3) / 3 = 5/9.
        Assert.Equal(5d / 9, m.AverageRisk, 12);
        Assert.Equal(1, m.HighestRisk, 12);
        Assert.Equal(3, m.SubjectCount);
        Assert.Equal("traces.csv", m.Source);
        Assert.Equal("unicity at p = 2 points, spatial raw, temporal hour (location engine, exact; <5 of <5 users have p points)", m.Method);

        // p = 1: A is everyone's; B is users 1 and 3's; C, D single out. User 1: 0/2, user 2: 1/2, user 3: 1/3.
        var one = TraceMeasurement.FromFile(path, 1, new UnicityOptions { Mode = UnicityMode.Exact });
        Assert.Equal((0 + 0.5 + 1d / 3) / 3, one.AverageRisk, 12);
        Assert.Equal(0.5, one.HighestRisk, 12);
    }

    [Fact]
    public void Traces_with_no_user_holding_p_points_cannot_be_measured_at_p()
    {
        var path = files.Write("traces.csv", Traces);
        var e = Assert.Throws<InvalidOptionException>(() => TraceMeasurement.FromFile(path, 4));
        Assert.Equal("traces.points", e.OptionName);
    }

    [Fact]
    public void Genotypes_the_mean_and_the_largest_probability_of_being_unique_in_the_population()
    {
        const string header = "##fileformat=VCFv4.2\n##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\tS2\tS3\tS4\n";
        var path = files.Write("hand.vcf", header
            + "1\t1000\t.\tA\tG\t50\tPASS\t.\tGT\t0/0\t0/1\t1/1\t0/1\n"
            + "1\t900000\t.\tC\tT\t50\t.\t.\tGT\t0|0\t0|0\t0/1\t./.\n");

        var m = GenotypeMeasurement.FromFile(path, new GenotypeRiskOptions { Population = 10 });

        // Random match probabilities (cohort frequencies, as in GenotypeRiskTests): site 1 p = q = 1/2, site 2 p = 5/6, q = 1/6.
        double[] rmp = [0.25 * (25d / 36), 0.5 * (25d / 36), 0.25 * (2 * 5d / 36), 0.5];
        var unique = rmp.Select(r => Math.Pow(1 - r, 9)).ToArray(); // (1 − RMP)^(N − 1), N = 10
        Assert.Equal(unique.Average(), m.AverageRisk, 12);
        Assert.Equal(unique.Max(), m.HighestRisk, 12);
        Assert.Equal(4, m.SubjectCount);
        Assert.StartsWith("probability that a sample's genotypes are unique in a population of 10 (genotype engine, allele frequencies from the cohort itself; <5 samples", m.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_engine_measurement_names_the_file_it_read_and_a_stated_one_none()
    {
        var path = files.Write("traces.csv", Traces);
        Assert.Equal(path, ((IReidentificationMeasurement)TraceMeasurement.FromFile(path, 1)).InputPath);
        Assert.Null(((IReidentificationMeasurement)new StatedMeasurement(0.1, "a study")).InputPath);
        Assert.Null(((IReidentificationMeasurement)new StatedMeasurement(0.1, "a study")).SubjectCount);
    }

    [Fact]
    public void Images_each_finding_points_to_its_catalogue_entry_and_the_most_identifying_counts()
    {
        var samples = Path.Combine(AppContext.BaseDirectory, "TestData", "dicom");
        var m = ImagingMeasurement.FromFolder(samples);

        // The samples hold names in their headers (0.9–1), one file flagged with burned-in text (0.5–1) and one head
        // volume that shows a face (0.83–0.97): the largest low end, 0.9, and the largest high end, 1.
        Assert.Equal(["dicom-headers", "burned-in-annotations", "head-mri-ct"], m.Findings.Select(f => f.Id));
        Assert.Equal(0.9, m.AverageRisk, 12);
        Assert.Equal(1.0, m.HighestRisk, 12);
        Assert.Contains("burned-in annotation in <5 files → burned-in-annotations (0.5–1)", m.Method, StringComparison.Ordinal);
        Assert.DoesNotContain("Patient's Name in the headers of 1 ", m.Method, StringComparison.Ordinal);
        Assert.Null(((IReidentificationMeasurement)m).SubjectCount);

        // One head volume alone: the face.
        var head = ImagingMeasurement.FromFolder(Path.Combine(samples, "head-mr"));
        Assert.Contains("head-mri-ct", head.Findings.Select(f => f.Id));
        Assert.DoesNotContain("burned-in-annotations", head.Findings.Select(f => f.Id));
    }
}
