using System.IO.Enumeration;

namespace RiskNotebooks.Imaging;

/// <summary>
/// What DICOM headers give away (the facade): reads the header of every DICOM file of a folder (or one file) and reports
/// the attributes of the Basic Application Level Confidentiality Profile (PS3.15 Annex E) present, private tags, burned-in
/// annotation and head volumes that need defacing, as counts.
/// </summary>
/// <remarks>
/// Headers only: each file is read up to its pixel data, never further (see <see cref="DicomHeaderReader"/>). Files are
/// read in parallel; the report does not depend on the order in which they finish. The header of each file is reduced to
/// bits and a few coded values in memory, and the report holds counts only.
/// </remarks>
public static class DicomRisk
{
    private static readonly HashSet<string> TextProneModalities = new(StringComparer.Ordinal) { "US", "XA", "SC" };

    // Body Part Examined defined terms (PS3.16 Annex L) that put the face or skull in view: a judgement, kept short.
    private static readonly HashSet<string> HeadBodyParts = new(StringComparer.Ordinal)
    {
        "HEAD", "BRAIN", "SKULL", "HEADNECK", "HEAD_NECK", "HEAD AND NECK", "FACE", "ORBIT", "EYE", "NOSE", "SINUS", "JAW", "MANDIBLE", "MAXILLA", "TMJ", "EAR", "IAC", "SELLA",
    };

    // Modality defined terms (PS3.3 C.7.3.1.1.1, with the retired ones still met): anything else is shown as "other", so a
    // free-text value never reaches the report.
    private static readonly HashSet<string> Modalities = new(StringComparer.Ordinal)
    {
        "ANN", "AR", "ASMT", "AU", "BDUS", "BI", "BMD", "CD", "CF", "CFM", "CP", "CR", "CS", "CT", "DD", "DF", "DG", "DM", "DMS", "DOC", "DS", "DX",
        "EC", "ECG", "EEG", "EMG", "EOG", "EPS", "ES", "FA", "FID", "FS", "GM", "HC", "HD", "IO", "IOL", "IVOCT", "IVUS", "KER", "KO", "LEN", "LP", "LS",
        "MA", "MG", "MR", "MS", "M3D", "NM", "OAM", "OCT", "OP", "OPM", "OPR", "OPT", "OPTBSV", "OPTENF", "OPV", "OSS", "OT", "PA", "PLAN", "POS", "PR",
        "PT", "PX", "REG", "RESP", "RF", "RG", "RTDOSE", "RTIMAGE", "RTINTENT", "RTPLAN", "RTRAD", "RTRECORD", "RTSEGANN", "RTSTRUCT", "RWV", "SC",
        "SEG", "SM", "SMR", "SR", "SRF", "ST", "STAIN", "TEXTUREMAP", "TG", "US", "VA", "VF", "XA", "XAPROTOCOL", "XC",
    };

    /// <summary>Measures a DICOM file, or every file of a folder (recursively; files that are not DICOM are counted and skipped).</summary>
    /// <param name="path">A folder or a DICOM Part 10 file.</param>
    /// <param name="options">The thresholds (default: <see cref="DicomRiskOptions"/>'s).</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The report.</returns>
    /// <exception cref="InvalidOptionException">The path does not exist or is not a file or folder, or an option is out of range.</exception>
    /// <exception cref="InputFormatException">A single file that is not DICOM, or is truncated or malformed (names the byte offset, never a value).</exception>
    public static DicomReport Analyse(string path, DicomRiskOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new DicomRiskOptions();
        options.Validate();
        if (RiskNotebooks.Data.InputFile.Problem(path, folderAllowed: true) is { } problem)
        {
            throw new InvalidOptionException("FOLDER|FILE", path.Length == 0 ? "the file name is empty." : $"'{path}': the file {problem}");
        }

        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(path));
        if (!Directory.Exists(path))
        {
            var header = DicomHeaderReader.Read(path) ?? throw InputFormatException.OfFile(path, "not a DICOM Part 10 file: no DICM after the 128-byte preamble.");
            return Summarise(name, options, [header], notDicom: 0, damaged: 0);
        }

        var files = EnumerateFiles(path);
        var headers = new DicomHeader?[files.Count];
        var damaged = 0;
        var notDicom = 0;
        var lockDamaged = new object();
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var (file, candidate) = files[i];
            if (!candidate)
            {
                Interlocked.Increment(ref notDicom);
                return;
            }

            try
            {
                headers[i] = DicomHeaderReader.Read(file);
                if (headers[i] is null)
                {
                    Interlocked.Increment(ref notDicom);
                }
            }
            catch (InputFormatException e)
            {
                Interlocked.Increment(ref damaged);
                if (options.OnDamagedFile is { } tell)
                {
                    lock (lockDamaged)
                    {
                        tell(e);
                    }
                }
            }
        });

        var report = Summarise(name, options, headers, notDicom, damaged);
        report.FilesRead = files.Count;
        return report;
    }

    /// <summary>Every file of a folder, recursively, in ordinal order of the relative path; linked folders are not entered.</summary>
    /// <returns>Each file, and whether it can be a DICOM file (a regular file of at least 132 bytes; devices, pipes and sockets have none).</returns>
    private static List<(string Path, bool Candidate)> EnumerateFiles(string folder)
    {
        var files = new FileSystemEnumerable<(string, bool)>(
            folder,
            (ref FileSystemEntry entry) => (entry.ToSpecifiedFullPath(), entry.Length >= 132 && (entry.Attributes & FileAttributes.ReparsePoint) == 0),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        var list = files.Select(f => (f.Item1, f.Item2 || IsLinkToRegularFile(f.Item1))).ToList();
        list.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        return list;
    }

    private static bool IsLinkToRegularFile(string path)
        => new FileInfo(path).LinkTarget is not null && RiskNotebooks.Data.InputFile.Problem(path, folderAllowed: false) is null && new FileInfo(path).Length >= 132;

    private static DicomReport Summarise(string source, DicomRiskOptions options, IReadOnlyList<DicomHeader?> headers, int notDicom, int damaged)
    {
        var rows = ConfidentialityProfile.Attributes;
        var present = new int[rows.Count];
        var withValue = new int[rows.Count];
        var syntaxes = new SortedDictionary<DicomTransferSyntax, int>();
        var modalities = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var creators = new HashSet<string>(StringComparer.Ordinal);
        var series = new Dictionary<ulong, SeriesTally>();
        var order = new List<SeriesTally>();
        int dicom = 0, privateFiles = 0, burnedIn = 0, notBurnedIn = 0, textProne = 0, withoutSeries = 0;
        foreach (var header in headers)
        {
            if (header is null)
            {
                continue;
            }

            dicom++;
            for (var w = 0; w < header.Present.Length; w++)
            {
                for (var bits = header.Present[w]; bits != 0; bits &= bits - 1)
                {
                    var row = (w * 64) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                    present[row]++;
                    withValue[row] += DicomHeader.IsSet(header.NonEmpty, row) ? 1 : 0;
                }
            }

            syntaxes[header.TransferSyntax] = syntaxes.GetValueOrDefault(header.TransferSyntax) + 1;
            var modality = header.Modality is null or "" ? "none" : Modalities.Contains(header.Modality) ? header.Modality : "other";
            modalities[modality] = modalities.GetValueOrDefault(modality) + 1;
            if (header.HasPrivateTags)
            {
                privateFiles++;
            }

            if (header.PrivateCreators is { } names)
            {
                creators.UnionWith(names);
            }

            burnedIn += header.BurnedInAnnotation == "YES" ? 1 : 0;
            notBurnedIn += header.BurnedInAnnotation == "NO" ? 1 : 0;
            var secondaryCapture = header.SopClassUid is { } sop && (sop == "1.2.840.10008.5.1.4.1.1.7" || sop.StartsWith("1.2.840.10008.5.1.4.1.1.7.", StringComparison.Ordinal));
            textProne += secondaryCapture || (header.Modality is { } m && TextProneModalities.Contains(m)) ? 1 : 0;
            if (header.SeriesKey is not { } key)
            {
                withoutSeries++;
                continue;
            }

            if (!series.TryGetValue(key, out var tally))
            {
                tally = new SeriesTally(order.Count + 1, Modalities.Contains(modality) ? modality : null);
                series.Add(key, tally);
                order.Add(tally);
            }

            tally.Add(header, header.BodyPartExamined is { } part && HeadBodyParts.Contains(part));
        }

        var attributes = new List<DicomAttributeCount>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (present[i] > 0)
            {
                attributes.Add(new DicomAttributeCount(rows[i], present[i], withValue[i]));
            }
        }

        attributes.Sort((a, b) =>
        {
            var bySeverity = ProfileAction.Severity(a.Attribute.Action).CompareTo(ProfileAction.Severity(b.Attribute.Action));
            return bySeverity != 0 ? bySeverity : string.CompareOrdinal(a.Attribute.Name, b.Attribute.Name);
        });

        return new DicomReport(source, options)
        {
            FilesRead = headers.Count,
            DicomFiles = dicom,
            NotDicomFiles = notDicom,
            DamagedFiles = damaged,
            TransferSyntaxes = syntaxes,
            Attributes = attributes,
            FilesWithPrivateTags = privateFiles,
            PrivateCreators = creators.Count,
            FilesBurnedIn = burnedIn,
            FilesNotBurnedIn = notBurnedIn,
            FilesTextProne = textProne,
            Modalities = modalities,
            Series = [.. order.Select(t => t.ToSeries(options))],
            FilesWithoutSeries = withoutSeries,
        };
    }

    private sealed class SeriesTally(int number, string? modality)
    {
        private int images;
        private int slices;
        private bool head;
        private double? min;
        private double? max;
        private int withoutThickness;

        public void Add(DicomHeader header, bool headPart)
        {
            images++;
            slices += header.NumberOfFrames ?? 1;
            head |= headPart;
            if (header.SliceThickness is { } mm && mm > 0)
            {
                min = Math.Min(min ?? mm, mm);
                max = Math.Max(max ?? mm, mm);
            }
            else
            {
                withoutThickness++;
            }
        }

        public DicomSeries ToSeries(DicomRiskOptions options) => new(number, modality, images, slices, head, min, max, withoutThickness, options);
    }
}
