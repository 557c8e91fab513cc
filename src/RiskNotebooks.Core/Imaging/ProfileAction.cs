namespace RiskNotebooks.Imaging;

/// <summary>
/// The action codes of the Basic Application Level Confidentiality Profile (DICOM PS3.15 Annex E, Table E.1-1a): what a
/// de-identifier does to an attribute, in words, and how much of it the action takes away.
/// </summary>
public static class ProfileAction
{
    // The order of severity is a judgement: removal first (X and the combinations that prefer removal), then replacement
    // by a dummy or an empty value (D, Z), then UIDs replaced consistently (U), cleaning (C) and keeping (K).
    private static readonly string[] Order = ["X", "X/Z/U*", "X/Z/D", "X/D", "X/Z", "Z/D", "D", "Z", "U", "C", "K"];

    private static readonly Dictionary<string, string> Meanings = new(StringComparer.Ordinal)
    {
        ["D"] = "replace with a non-zero length value that may be a dummy value and consistent with the VR",
        ["Z"] = "replace with a zero length value, or a non-zero length value that may be a dummy value and consistent with the VR",
        ["X"] = "remove",
        ["K"] = "keep (unchanged for non-sequence attributes, cleaned for sequences)",
        ["C"] = "clean, that is replace with values of similar meaning known not to contain identifying information and consistent with the VR",
        ["U"] = "replace with a non-zero length UID that is internally consistent within a set of Instances",
        ["Z/D"] = "Z unless D is required to maintain IOD conformance (Type 2 versus Type 1)",
        ["X/Z"] = "X unless Z is required to maintain IOD conformance (Type 3 versus Type 2)",
        ["X/D"] = "X unless D is required to maintain IOD conformance (Type 3 versus Type 1)",
        ["X/Z/D"] = "X unless Z or D is required to maintain IOD conformance (Type 3 versus Type 2 versus Type 1)",
        ["X/Z/U*"] = "X unless Z or replacement of contained instance UIDs (U) is required to maintain IOD conformance (Type 3 versus Type 2 versus Type 1 sequences containing UID references)",
    };

    /// <summary>The codes in order of severity, most severe first.</summary>
    public static IReadOnlyList<string> Codes => Order;

    /// <summary>What a code means, as PS3.15 Table E.1-1a says it.</summary>
    /// <param name="code">A code such as <c>X/Z/D</c>.</param>
    /// <returns>The meaning in words.</returns>
    /// <exception cref="ArgumentException">Not a code of the table.</exception>
    public static string Meaning(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Meanings.TryGetValue(code, out var meaning) ? meaning : throw new ArgumentException("Not an action code of PS3.15 Table E.1-1a.", nameof(code));
    }

    /// <summary>The rank of a code, 0 for the most severe (<c>X</c>); unknown codes come last.</summary>
    /// <param name="code">A code.</param>
    /// <returns>The rank.</returns>
    public static int Severity(string code)
    {
        var i = Array.IndexOf(Order, code);
        return i < 0 ? Order.Length : i;
    }
}
