namespace RiskNotebooks.Treatment;

/// <summary>Finds the hierarchy file of each attribute in a folder, by ARX's naming (<c>adult_hierarchy_age.csv</c>) or plainly (<c>age.csv</c>).</summary>
/// <remarks>
/// For attribute <c>A</c> a file matches when its name is <c>A.csv</c> or ends in <c>_A.csv</c> (case-sensitive, as column
/// names are). One match is needed: none, or two, is an error naming the attribute and the folder.
/// </remarks>
public static class HierarchyFolder
{
    /// <summary>Loads the hierarchies of the given attributes from a folder.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="attributes">The attributes.</param>
    /// <param name="optionName">The option that named the folder, for messages.</param>
    /// <returns>The hierarchies by attribute.</returns>
    /// <exception cref="InvalidOptionException">The folder is missing, or an attribute has no file or two.</exception>
    /// <exception cref="InputFormatException">A file is not a valid hierarchy.</exception>
    public static IReadOnlyDictionary<string, Hierarchy> Load(string folder, IEnumerable<string> attributes, string optionName = "Hierarchies")
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(attributes);
        if (!Directory.Exists(folder))
        {
            throw new InvalidOptionException(optionName, $"the folder '{folder}' does not exist.");
        }

        var files = Files(folder);
        var result = new Dictionary<string, Hierarchy>(StringComparer.Ordinal);
        foreach (var attribute in attributes)
        {
            var matches = Matches(files, attribute);
            if (matches.Length == 0)
            {
                throw new InvalidOptionException(optionName, $"no hierarchy for '{attribute}' in '{folder}': name it {attribute}.csv or ..._{attribute}.csv (ARX's CSV format), or build one with specification {attribute}=... .", "specification");
            }

            if (matches.Length > 1)
            {
                throw new InvalidOptionException(optionName, $"two hierarchy files for '{attribute}' in '{folder}' ({string.Join(", ", matches)}): keep one.");
            }

            result[attribute] = HierarchyFile.Read(Path.Combine(folder, matches[0]), attribute);
        }

        return result;
    }

    /// <summary>Whether the folder holds a hierarchy file for an attribute (for optional ones, such as the sensitive attribute's).</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="attribute">The attribute.</param>
    /// <returns>True when a file is named for it.</returns>
    public static bool Has(string folder, string attribute)
        => Directory.Exists(folder) && Matches(Files(folder), attribute).Length > 0;

    private static string[] Files(string folder)
        => Directory.GetFiles(folder, "*.csv").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();

    private static string[] Matches(string[] files, string attribute)
        => files.Where(f => f == attribute + ".csv" || f.EndsWith("_" + attribute + ".csv", StringComparison.Ordinal)).ToArray();
}
