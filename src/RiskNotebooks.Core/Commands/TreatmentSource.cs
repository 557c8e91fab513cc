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

    /// <summary>Local suppression after the generalisation: the k to reach, or <see langword="null"/> for none.</summary>
    public int? LocalSuppressionK { get; set; }

    /// <summary>The quasi-identifiers from the most important (suppressed last) to the least; empty for sdcMicro's default.</summary>
    public IReadOnlyList<string> Importance { get; set; } = [];

    /// <summary>A column within each of whose values local suppression reaches k separately, or <see langword="null"/>.</summary>
    public string? Strata { get; set; }

    /// <summary>The local suppression asked for.</summary>
    /// <returns>The settings, or <see langword="null"/> when <c>--local-suppression</c> is not given.</returns>
    /// <exception cref="InvalidOptionException"><c>--importance</c> or <c>--strata</c> without <c>--local-suppression</c>, or a k below 1.</exception>
    public LocalSuppressionSettings? ToLocalSuppression()
    {
        if (LocalSuppressionK is not { } k)
        {
            if (Importance.Count > 0 || Strata is not null)
            {
                throw new InvalidOptionException(Importance.Count > 0 ? "--importance" : "--strata", "only applies with --local-suppression K.");
            }

            return null;
        }

        if (k < 1)
        {
            throw new InvalidOptionException("--local-suppression", "k must be a whole number of at least 1.");
        }

        return new LocalSuppressionSettings(k, Importance, Strata);
    }

    /// <summary>The options of local suppression, shared by the commands that transform a table.</summary>
    /// <typeparam name="TRequest">The request type.</typeparam>
    /// <param name="table">The command table to add them to.</param>
    /// <returns>The same table.</returns>
    private protected static CommandTable<TRequest> AddLocalSuppression<TRequest>(CommandTable<TRequest> table)
        where TRequest : TreatmentSource, ICommandRequest, new()
        => table
            .Add("--local-suppression", "Then set single quasi-identifier cells to missing, as sdcMicro's localSuppression does, until every record shares its pattern with at least K-1 others (a missing value matches any value), e.g. 3.", OptionKind.Number, (r, v) => r.LocalSuppressionK = v.Int32())
            .Add("--importance", "With --local-suppression: the quasi-identifiers from the most important (suppressed last) to the least; default: more distinct values are suppressed first.", OptionKind.List, (r, v) => r.Importance = v.List())
            .Add("--strata", "With --local-suppression: reach k within each value of this column separately.", OptionKind.Text, (r, v) => r.Strata = v.Text);

    /// <summary>How to read the file.</summary>
    /// <returns>The load options (every column: the release keeps them).</returns>
    public CsvLoadOptions ToLoadOptions() => new() { Delimiter = Delimiter, MissingValues = MissingValues };

    /// <summary>The hierarchies of the quasi-identifiers (and of the sensitive attribute when one is given or found).</summary>
    /// <param name="table">The table.</param>
    /// <param name="quasiIdentifiers">The quasi-identifiers (those given, or the host's default).</param>
    /// <returns>The hierarchies by attribute, and the sensitive attribute's, if any.</returns>
    /// <exception cref="InvalidOptionException">A quasi-identifier has no hierarchy, or a specification is malformed.</exception>
    public (IReadOnlyDictionary<string, Hierarchy> Hierarchies, Hierarchy? Sensitive) LoadHierarchies(Table table, IReadOnlyList<string> quasiIdentifiers)
        => LoadHierarchies(table, quasiIdentifiers, null);

    /// <summary>The hierarchies, where quasi-identifiers that stay at level 0 need none (they get a flat one).</summary>
    /// <param name="table">The table.</param>
    /// <param name="quasiIdentifiers">The quasi-identifiers.</param>
    /// <param name="generalized">The quasi-identifiers generalised above level 0 (they need a hierarchy), or <see langword="null"/> when all do (a search).</param>
    /// <returns>The hierarchies by attribute, and the sensitive attribute's, if any.</returns>
    private protected (IReadOnlyDictionary<string, Hierarchy> Hierarchies, Hierarchy? Sensitive) LoadHierarchies(Table table, IReadOnlyList<string> quasiIdentifiers, IReadOnlySet<string>? generalized)
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

        if (generalized is not null)
        {
            foreach (var name in quasiIdentifiers.Where(q => !result.ContainsKey(q) && !generalized.Contains(q) && (HierarchyFolder is null || !RiskNotebooks.Treatment.HierarchyFolder.Has(HierarchyFolder, q))).ToList())
            {
                result[name] = HierarchyBuilder.Build(table, name, "flat");
            }
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
