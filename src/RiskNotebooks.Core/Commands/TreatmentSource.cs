using RiskNotebooks.Data;
using RiskNotebooks.Treatment;

namespace RiskNotebooks.Commands;

/// <summary>
/// What <c>anonymize</c> and <c>whatif</c> share: the table's quasi-identifiers, where their hierarchies come from
/// (<c>--hierarchies</c> folder and <c>--build</c> specifications), the sensitive attribute, and how the file is read.
/// </summary>
public abstract class TreatmentSource
{
    private protected TreatmentSource()
    {
    }

    /// <summary>The file, or <see langword="null"/> for the host's default.</summary>
    public string? Path { get; set; }

    /// <summary>The quasi-identifiers; empty for the host's default.</summary>
    public IReadOnlyList<string> QuasiIdentifiers { get; set; } = [];

    /// <summary>A folder of hierarchy files in ARX's format.</summary>
    public string? HierarchyFolder { get; set; }

    /// <summary>Built hierarchies: <c>age=interval:10,postcode=postcode-se</c>.</summary>
    public string? Build { get; set; }

    /// <summary>The sensitive attribute (l-diversity, t-closeness), or <see langword="null"/>.</summary>
    public string? SensitiveAttribute { get; set; }

    /// <summary>The field delimiter, or <see langword="null"/> to detect it.</summary>
    public char? Delimiter { get; set; }

    /// <summary>The cell texts that mean missing.</summary>
    public MissingValues MissingValues { get; set; } = CsvLoadOptions.Default.MissingValues;

    /// <summary>How to read the file.</summary>
    /// <returns>The load options (every column: the release keeps them).</returns>
    public CsvLoadOptions ToLoadOptions() => new() { Delimiter = Delimiter, MissingValues = MissingValues };

    /// <summary>The hierarchies of the quasi-identifiers (and of the sensitive attribute when one is given or found).</summary>
    /// <param name="table">The table.</param>
    /// <param name="quasiIdentifiers">The quasi-identifiers (those given, or the host's default).</param>
    /// <returns>The hierarchies by attribute, and the sensitive attribute's, if any.</returns>
    /// <exception cref="InvalidOptionException">A quasi-identifier has no hierarchy, or a specification is malformed.</exception>
    public (IReadOnlyDictionary<string, Hierarchy> Hierarchies, Hierarchy? Sensitive) LoadHierarchies(Table table, IReadOnlyList<string> quasiIdentifiers)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(quasiIdentifiers);
        var built = ParseBuild(Build);
        foreach (var name in built.Keys)
        {
            if (!table.TryGetColumn(name, out _))
            {
                throw new UnknownColumnException(name, table.Source, table.ColumnNames);
            }
        }

        var result = new Dictionary<string, Hierarchy>(StringComparer.Ordinal);
        foreach (var (name, spec) in built)
        {
            result[name] = HierarchyBuilder.Build(table, name, spec);
        }

        var fromFolder = quasiIdentifiers.Where(q => !result.ContainsKey(q)).ToList();
        if (fromFolder.Count > 0)
        {
            if (HierarchyFolder is null)
            {
                throw new InvalidOptionException("--hierarchies", $"no hierarchy for {string.Join(", ", fromFolder.Select(q => $"'{q}'"))}: give a folder of ARX hierarchy files (--hierarchies DIR) or build them (--build {fromFolder[0]}=interval:10).");
            }

            foreach (var (name, hierarchy) in RiskNotebooks.Treatment.HierarchyFolder.Load(HierarchyFolder, fromFolder))
            {
                result[name] = hierarchy;
            }
        }

        Hierarchy? sensitive = null;
        if (SensitiveAttribute is { } s)
        {
            if (result.TryGetValue(s, out var h))
            {
                sensitive = h;
            }
            else if (HierarchyFolder is not null && RiskNotebooks.Treatment.HierarchyFolder.Has(HierarchyFolder, s))
            {
                sensitive = RiskNotebooks.Treatment.HierarchyFolder.Load(HierarchyFolder, [s])[s];
            }
        }

        return (result.Where(kv => quasiIdentifiers.Contains(kv.Key, StringComparer.Ordinal)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal), sensitive);
    }

    /// <summary>Parses <c>age=interval:10,postcode=postcode-se</c>; a comma inside a specification (bands:18,30) stays with it.</summary>
    /// <param name="text">The option's text, or <see langword="null"/>.</param>
    /// <returns>Specifications by attribute.</returns>
    public static IReadOnlyDictionary<string, string> ParseBuild(string? text)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(text))
        {
            return result;
        }

        string? current = null;
        foreach (var token in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var eq = token.IndexOf('=');
            if (eq > 0)
            {
                current = token[..eq].Trim();
                if (result.ContainsKey(current))
                {
                    throw new InvalidOptionException("--build", $"'{current}' is given twice.");
                }

                result[current] = token[(eq + 1)..].Trim();
            }
            else if (current is not null && token.Length > 0)
            {
                result[current] += "," + token;
            }
            else
            {
                throw new InvalidOptionException("--build", "each entry is ATTRIBUTE=KIND, for example age=interval:10,postcode=postcode-se.");
            }
        }

        return result;
    }
}
