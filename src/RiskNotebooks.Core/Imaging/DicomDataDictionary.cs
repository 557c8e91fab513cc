namespace RiskNotebooks.Imaging;

/// <summary>
/// The value representations of the PS3.6 (2024b) data dictionary (embedded from <c>datasets/dicom/data-dictionary.csv</c>),
/// for implicit VR data sets, where the file does not say which elements are sequences.
/// </summary>
internal static class DicomDataDictionary
{
    private static readonly Lazy<DicomTagLookup<string>> Loaded = new(Load);

    /// <summary>The VR of a tag (such as <c>SQ</c> or <c>US or SS</c>), or <see langword="null"/> for a tag the dictionary does not have (private tags).</summary>
    internal static string? ValueRepresentation(uint tag) => Loaded.Value.TryGet(tag, out var vr) ? vr : null;

    /// <summary>Whether the dictionary says the tag is a sequence.</summary>
    internal static bool IsSequence(uint tag) => (tag & 0x10000) == 0 && ValueRepresentation(tag) == "SQ";

    private static DicomTagLookup<string> Load()
    {
        var lookup = new DicomTagLookup<string>();
        foreach (var field in DicomStandardTables.Rows("data-dictionary.csv"))
        {
            if (DicomTagPattern.TryParse(field("tag"), out var pattern))
            {
                lookup.Add(pattern, string.Intern(field("vr")));
            }
        }

        return lookup;
    }
}
