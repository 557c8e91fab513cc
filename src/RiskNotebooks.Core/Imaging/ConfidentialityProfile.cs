namespace RiskNotebooks.Imaging;

/// <summary>
/// The Basic Application Level Confidentiality Profile: the attributes of DICOM PS3.15 (2024c) Annex E, Table E.1-1, with
/// their basic-profile actions (embedded from <c>datasets/dicom/basic-confidentiality-profile.csv</c>).
/// </summary>
/// <remarks>
/// A tag of an odd group is a private attribute (row "(gggg,eeee) where gggg is odd", action X). Any other tag is found
/// by its exact row first, then by the repeating-group rows (<c>(50xx,xxxx)</c> curve data,
/// <c>(60xx,3000)</c> overlay data, <c>(60xx,4000)</c> overlay comments).
/// </remarks>
public static class ConfidentialityProfile
{
    private static readonly Lazy<Table> Loaded = new(Load);

    /// <summary>The rows of Table E.1-1 in the standard's order (alphabetical by name).</summary>
    public static IReadOnlyList<ProfileAttribute> Attributes => Loaded.Value.Rows;

    /// <summary>The row of private attributes.</summary>
    public static ProfileAttribute PrivateAttributes => Loaded.Value.Rows[Loaded.Value.Private];

    /// <summary>The row that covers a tag, or <see langword="null"/> when the profile does not name it.</summary>
    /// <param name="group">The group number.</param>
    /// <param name="element">The element number.</param>
    /// <returns>The row.</returns>
    public static ProfileAttribute? Find(ushort group, ushort element)
    {
        var i = IndexOf(((uint)group << 16) | element);
        return i < 0 ? null : Loaded.Value.Rows[i];
    }

    /// <summary>The row index for a tag (group in the high 16 bits), or -1.</summary>
    internal static int IndexOf(uint tag)
    {
        var table = Loaded.Value;
        if ((tag & 0x10000) != 0)
        {
            // Odd groups are private, even where a repeating-group row's digits would match (6001,3000 is not overlay data).
            return table.Private;
        }

        return table.Lookup.TryGet(tag, out var index) ? index : -1;
    }

    private static Table Load()
    {
        var rows = new List<ProfileAttribute>();
        var lookup = new DicomTagLookup<int>();
        var privateRow = -1;
        foreach (var field in DicomStandardTables.Rows("basic-confidentiality-profile.csv"))
        {
            var tag = field("tag");
            var row = new ProfileAttribute(rows.Count, tag, field("keyword"), field("name"), field("basic_profile"));
            if (row.IsPrivateAttributes)
            {
                privateRow = rows.Count;
            }
            else if (DicomTagPattern.TryParse(tag, out var pattern))
            {
                lookup.Add(pattern, rows.Count);
            }
            else
            {
                throw new InvalidOperationException($"The embedded profile has a tag that is not of the form (GGGG,EEEE): row {rows.Count + 1}.");
            }

            rows.Add(row);
        }

        return privateRow < 0 ? throw new InvalidOperationException("The embedded profile has no row of private attributes.") : new Table(rows, lookup, privateRow);
    }

    private sealed record Table(IReadOnlyList<ProfileAttribute> Rows, DicomTagLookup<int> Lookup, int Private);
}
