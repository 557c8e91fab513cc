namespace RiskNotebooks.Imaging;

/// <summary>
/// What one file's header holds for the measures: which rows of the profile occur (and with a value), private tags and
/// their creators, and the few coded values the flags need. Kept in memory only; the report holds counts.
/// </summary>
internal sealed class DicomHeader
{
    internal DicomHeader(int profileRows)
    {
        var words = (profileRows + 63) / 64;
        Present = new ulong[words];
        NonEmpty = new ulong[words];
    }

    internal DicomTransferSyntax TransferSyntax { get; set; }

    /// <summary>Profile rows present anywhere in the file (a bit per row of <see cref="ConfidentialityProfile.Attributes"/>).</summary>
    internal ulong[] Present { get; }

    /// <summary>Profile rows present with a value (a non-zero length, or a sequence with an item).</summary>
    internal ulong[] NonEmpty { get; }

    internal bool HasPrivateTags { get; set; }

    /// <summary>The distinct private creator names (in memory only: the report counts them).</summary>
    internal HashSet<string>? PrivateCreators { get; set; }

    internal string? SopClassUid { get; set; }

    internal string? Modality { get; set; }

    internal string? BodyPartExamined { get; set; }

    internal string? BurnedInAnnotation { get; set; }

    internal double? SliceThickness { get; set; }

    internal int? NumberOfFrames { get; set; }

    /// <summary>The first 8 bytes of the SHA-256 of the Series Instance UID: groups files into series without keeping the UID.</summary>
    internal ulong? SeriesKey { get; set; }

    internal void Mark(int row, bool nonEmpty)
    {
        Present[row >> 6] |= 1UL << (row & 63);
        if (nonEmpty)
        {
            NonEmpty[row >> 6] |= 1UL << (row & 63);
        }
    }

    internal static bool IsSet(ulong[] bits, int row) => (bits[row >> 6] & (1UL << (row & 63))) != 0;
}
