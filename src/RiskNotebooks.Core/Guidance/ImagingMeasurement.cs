using System.Globalization;
using RiskNotebooks.Assessment;
using RiskNotebooks.Data;
using RiskNotebooks.Imaging;

namespace RiskNotebooks.Guidance;

/// <summary>
/// P(re-id | attempt) of clinical images: the DICOM headers are scanned (<see cref="DicomRisk"/>) and each finding points
/// to the entry of the <see cref="IdentifiabilityCatalogue"/> that gives its published probability. The measurement is
/// the most identifying finding's range: its low end as the average risk, its high end as the highest.
/// </summary>
/// <remarks>
/// <para>Findings, from the most to the least direct: a header holding a direct identifier (Patient's Name, Patient ID,
/// Patient's Birth Date, other patient ids or names, address, telephone) with a value → <c>dicom-headers</c>; burned-in
/// annotation → <c>burned-in-annotations</c>; a head CT or MR volume that shows a face → <c>head-mri-ct</c>. With none of
/// them the images are still pictures of a body that another, named image of the same person can be matched with →
/// <c>chest-xray</c> (clinical images without a face).</para>
/// <para>Pixels are not read: burned-in text is found from the header's flag only (see <see cref="DicomReport"/>).</para>
/// </remarks>
public sealed class ImagingMeasurement : IReidentificationMeasurement
{
    /// <summary>The profile's tags that name the patient directly.</summary>
    private static readonly HashSet<string> DirectIdentifierTags = new(StringComparer.Ordinal)
    {
        "(0010,0010)", "(0010,0020)", "(0010,0030)", "(0010,1000)", "(0010,1001)", "(0010,1040)", "(0010,2154)",
    };

    private readonly IReadOnlyList<(CatalogueEntry Entry, Func<MinimumCellSize, string> Finding)> findings;

    /// <summary>Weighs a DICOM report with the catalogue.</summary>
    /// <param name="report">The scan of the images.</param>
    /// <param name="catalogue">The catalogue; <see cref="IdentifiabilityCatalogue.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="InvalidOptionException">No DICOM file was read.</exception>
    public ImagingMeasurement(DicomReport report, IdentifiabilityCatalogue? catalogue = null)
    {
        Report = report ?? throw new ArgumentNullException(nameof(report));
        if (report.DicomFiles == 0)
        {
            throw new InvalidOptionException("images.folder", "no DICOM file was found: there is nothing to measure.");
        }

        catalogue ??= IdentifiabilityCatalogue.Default;
        var findings = new List<(CatalogueEntry Entry, Func<MinimumCellSize, string> Finding)>();
        var direct = report.Attributes.Where(a => DirectIdentifierTags.Contains(a.Attribute.Tag) && a.FilesWithValue > 0).ToArray();
        if (direct.Length > 0)
        {
            var files = direct.Max(a => a.FilesWithValue);
            findings.Add((Entry(catalogue, "dicom-headers"), cells => $"{string.Join(", ", direct.Select(a => a.Attribute.Name))} in the headers of {cells.Format(files)} files"));
        }

        if (report.FilesBurnedIn > 0)
        {
            findings.Add((Entry(catalogue, "burned-in-annotations"), cells => $"burned-in annotation in {cells.Format(report.FilesBurnedIn)} files"));
        }

        if (report.HeadVolumesNeedingDefacing > 0)
        {
            findings.Add((Entry(catalogue, "head-mri-ct"), _ => string.Create(CultureInfo.InvariantCulture, $"{report.HeadVolumesNeedingDefacing:N0} head volumes that show a face")));
        }

        if (findings.Count == 0)
        {
            findings.Add((Entry(catalogue, "chest-xray"), _ => "no direct identifier, burned-in annotation or face found"));
        }

        this.findings = findings;
        Findings = findings.Select(f => f.Entry).ToArray();
        AverageRisk = Findings.Max(e => e.Low);
        HighestRisk = Findings.Max(e => e.High);
    }

    /// <summary>The imaging engine's report (aggregates; no values).</summary>
    public DicomReport Report { get; }

    /// <summary>The catalogue entries the findings point to, the most direct first.</summary>
    public IReadOnlyList<CatalogueEntry> Findings { get; }

    /// <inheritdoc/>
    public string Source => Report.Source;

    /// <inheritdoc/>
    public string Method => DescribeMethod(MinimumCellSize.Default);

    /// <inheritdoc/>
    public string DescribeMethod(MinimumCellSize minimumCellSize)
    {
        ArgumentNullException.ThrowIfNull(minimumCellSize);
        return string.Create(CultureInfo.InvariantCulture, $"DICOM headers of {minimumCellSize.Format(Report.DicomFiles)} files weighed with the identifiability catalogue: ")
            + string.Join("; ", findings.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Finding(minimumCellSize)} → {f.Entry.Id} ({f.Entry.Low:0.##}–{f.Entry.High:0.##})")))
            + "; the most identifying finding counts.";
    }

    /// <inheritdoc/>
    public double AverageRisk { get; }

    /// <inheritdoc/>
    public double HighestRisk { get; }

    /// <inheritdoc/>
    public string? InputPath { get; private init; }

    /// <summary>Scans a folder of DICOM files (or one file) and weighs the findings.</summary>
    /// <param name="path">The folder or file.</param>
    /// <param name="cancellationToken">Stops a long scan.</param>
    /// <returns>The measurement.</returns>
    public static ImagingMeasurement FromFolder(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new ImagingMeasurement(DicomRisk.Analyse(path, cancellationToken: cancellationToken)) { InputPath = path };
    }

    private static CatalogueEntry Entry(IdentifiabilityCatalogue catalogue, string id)
        => catalogue.Find(id) ?? throw new InvalidOperationException($"The identifiability catalogue has no entry '{id}'.");
}
