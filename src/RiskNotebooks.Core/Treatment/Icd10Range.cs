namespace RiskNotebooks.Treatment;

/// <summary>A named range of three-character ICD-10 categories (a chapter or a block).</summary>
/// <param name="Name">The chapter's numeral (<c>II</c>) or the block's name (<c>C50-C50</c>).</param>
/// <param name="First">The first category, included.</param>
/// <param name="Last">The last category, included.</param>
/// <param name="Line">The line of the table it was read from, for messages.</param>
internal sealed record Icd10Range(string Name, string First, string Last, long Line)
{
    /// <summary>Whether the range holds a category.</summary>
    /// <param name="category">The category.</param>
    /// <returns>Whether it does.</returns>
    public bool Contains(string category) =>
        string.CompareOrdinal(category, First) >= 0 && string.CompareOrdinal(category, Last) <= 0;
}
