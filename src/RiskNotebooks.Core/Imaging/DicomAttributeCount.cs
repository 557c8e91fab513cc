namespace RiskNotebooks.Imaging;

/// <summary>An attribute of the confidentiality profile found in the files: its row of Table E.1-1 and in how many files it occurs.</summary>
public sealed class DicomAttributeCount
{
    internal DicomAttributeCount(ProfileAttribute attribute, int files, int filesWithValue)
    {
        Attribute = attribute;
        Files = files;
        FilesWithValue = filesWithValue;
    }

    /// <summary>The row of PS3.15 Table E.1-1.</summary>
    public ProfileAttribute Attribute { get; }

    /// <summary>The files in which the attribute occurs, at the top level or inside a sequence.</summary>
    public int Files { get; }

    /// <summary>The files in which it has a value (a non-zero length, or a sequence with at least one item).</summary>
    public int FilesWithValue { get; }
}
