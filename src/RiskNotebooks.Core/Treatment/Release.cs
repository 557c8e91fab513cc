using CsvHelper;
using RiskNotebooks.Data;

namespace RiskNotebooks.Treatment;

/// <summary>
/// A released table: a transformation applied to every record, suppressed records starred, direct identifiers removed,
/// identifier columns pseudonymised; in memory (to measure again) and written on request.
/// </summary>
/// <remarks>
/// <para>A suppressed record keeps its other columns and gets <c>*</c> in every quasi-identifier, as in ARX, so the release
/// has as many records as the input (and the suppressed records form one class when measured again). Missing values stay
/// missing. Pseudonyms replace each distinct value once (see <see cref="Pseudonymizer"/>).</para>
/// <para><see cref="WriteTo"/> and <see cref="Save"/> pass every field through CsvHelper's formula-injection escaping (a
/// leading <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return is prefixed with <c>'</c>), so the release is
/// safe to open in a spreadsheet; <see cref="Save"/> writes a temporary file and moves it into place. The input is only read.</para>
/// </remarks>
public sealed class Release
{
    private readonly char delimiter;

    private Release(Table released, TransformationEvaluation evaluation, InformationLoss loss, ReleaseSummary summary, LocalSuppressionResult? local, char delimiter)
    {
        Table = released;
        LocalSuppression = local;
        Evaluation = evaluation;
        Loss = loss;
        Summary = summary;
        this.delimiter = delimiter;
    }

    /// <summary>The released table (record-level data: write it only where the user asked for it).</summary>
    public Table Table { get; }

    /// <summary>The transformation's evaluation against the targets.</summary>
    public TransformationEvaluation Evaluation { get; }

    /// <summary>The information lost, in every metric.</summary>
    public InformationLoss Loss { get; }

    /// <summary>The cells set to missing by local suppression, or <see langword="null"/> when none was asked for.</summary>
    public LocalSuppressionResult? LocalSuppression { get; }

    /// <summary>Counts and column names of the release.</summary>
    public ReleaseSummary Summary { get; }

    /// <summary>Applies a transformation to a table.</summary>
    /// <param name="table">The table.</param>
    /// <param name="settings">Quasi-identifiers with hierarchies, targets and suppression limit.</param>
    /// <param name="transformation">The levels to apply.</param>
    /// <param name="options">Columns removed or pseudonymised, delimiter.</param>
    /// <param name="fileName">The name the release will be written under (for the summary), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops a long computation.</param>
    /// <returns>The release.</returns>
    public static Release Create(Table table, AnonymizationSettings settings, Transformation transformation, ReleaseOptions options, string? fileName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(transformation);
        CheckColumns(table, settings, options);
        return Create(new GeneralizationLattice(table, settings, cancellationToken), transformation, options, fileName);
    }

    /// <summary>Applies a transformation to a prepared table (shared with the search before it); the columns are checked by the caller (<see cref="CheckColumns"/>).</summary>
    internal static Release Create(GeneralizationLattice lattice, Transformation transformation, ReleaseOptions options, string? fileName)
    {
        var table = lattice.Table;
        var settings = lattice.Settings;
        OptimalSearch.CheckLevels(lattice, transformation, "transformation");
        var levels = lattice.ToInternal(transformation.Levels);
        var (groupOfRow, suppressed, evaluation, loss) = lattice.Classify(levels);

        var generalised = new Dictionary<string, Column>(StringComparer.Ordinal);
        for (var i = 0; i < lattice.Dimensions; i++)
        {
            var name = settings.QuasiIdentifiers[lattice.UserIndexOf(i)];
            generalised[name] = GeneralisedColumn(name, lattice.HierarchyAt(i), levels[i], groupOfRow[i], suppressed, options.SuppressedValue);
        }

        LocalSuppressionResult? local = null;
        if (options.LocalSuppression is { } ls)
        {
            // On the generalised quasi-identifiers of the records not suppressed whole; missing keys match any value.
            var keys = settings.QuasiIdentifiers.Select(q => generalised[q]).ToArray();
            var rows = Enumerable.Range(0, table.RowCount).Where(r => !suppressed[r]).ToArray();
            var strata = ls.Strata is null ? null : table.GetColumn(ls.Strata);
            var (codes, order, passes) = Treatment.LocalSuppression.Run(keys, rows, ls.K, ls.Importance, strata, CancellationToken.None);
            for (var q = 0; q < keys.Length; q++)
            {
                generalised[keys[q].Name] = keys[q].WithCodes(codes[q]);
            }

            local = new LocalSuppressionResult(keys, codes, ls.K, order, ls.Strata, passes);
        }

        using var pseudonymizer = options.Key is null ? null : new Pseudonymizer(options.Key);
        var columns = new List<Column>();
        foreach (var column in table.Columns)
        {
            if (options.RemoveColumns.Contains(column.Name, StringComparer.Ordinal))
            {
                continue;
            }

            columns.Add(generalised.TryGetValue(column.Name, out var g)
                ? g
                : options.PseudonymizeColumns.Contains(column.Name, StringComparer.Ordinal) ? Pseudonymised(column, pseudonymizer!) : column);
        }

        var released = new Table(fileName ?? "release", columns);
        var summary = new ReleaseSummary(
            fileName is null ? "" : Path.GetFileName(fileName),
            table.RowCount,
            evaluation.SuppressedRecords,
            columns.Select(c => c.Name).ToArray(),
            [.. options.RemoveColumns],
            [.. options.PseudonymizeColumns]);
        return new Release(released, evaluation, loss, summary, local, options.Delimiter);
    }

    /// <summary>Writes the release as delimited text, header first, with formula-injection escaping.</summary>
    /// <param name="stream">The target stream (left open).</param>
    public void WriteTo(Stream stream)
    {
        using var writer = CsvWriter.Create(stream, new CsvWriterOptions { Separator = delimiter, Injection = CsvInjection.Escape, NewLine = "\n" }, leaveOpen: true);
        writer.WriteHeader(Table.ColumnNames.ToArray());
        var record = new string[Table.Columns.Count];
        for (var r = 0; r < Table.RowCount; r++)
        {
            for (var c = 0; c < record.Length; c++)
            {
                record[c] = Table.Columns[c].GetValue(r) ?? "";
            }

            writer.WriteRecord(record);
        }

        writer.Flush();
    }

    /// <summary>Writes the release to a file atomically (a temporary file moved into place).</summary>
    /// <param name="path">The file.</param>
    /// <param name="optionName">The option that named it, for messages.</param>
    public void Save(string path, string optionName = "path") => AtomicFile.Write(path, WriteTo, optionName);

    /// <summary>A quasi-identifier's released column, made from each row's group at the level (the array is reused for the codes).</summary>
    private static Column GeneralisedColumn(string name, Hierarchy hierarchy, int level, int[] groups, bool[] suppressed, string suppressedValue)
    {
        // Codes: 0 missing, 1..G the level's groups, G + 1 the suppressed marker.
        var groupCount = hierarchy.GroupCount(level);
        var values = new string[groupCount + 2];
        values[0] = string.Empty;
        for (var g = 0; g < groupCount; g++)
        {
            values[g + 1] = hierarchy.LabelOf(level, g);
        }

        values[groupCount + 1] = suppressedValue;

        // The codes overwrite the groups (no longer needed): on 5,000,000 rows a second array per quasi-identifier is 20 MB
        // of fresh memory, and the system's zeroing of fresh pages is a large share of a run.
        var codes = groups;
        var missing = 0;
        for (var r = 0; r < codes.Length; r++)
        {
            var g = groups[r];
            codes[r] = suppressed[r] ? groupCount + 1 : g == groupCount ? Column.MissingCode : g + 1;
            if (codes[r] == Column.MissingCode)
            {
                missing++;
            }
        }

        return Compact(name, codes, values, missing);
    }

    /// <summary>Drops values no row uses (a level's groups absent from the data, an unused marker) and renumbers.</summary>
    private static Column Compact(string name, int[] codes, string[] values, int missing)
    {
        var used = new bool[values.Length];
        foreach (var c in codes)
        {
            used[c] = true;
        }

        var map = new int[values.Length];
        var kept = new List<string> { values[0] };
        for (var v = 1; v < values.Length; v++)
        {
            if (used[v])
            {
                map[v] = kept.Count;
                kept.Add(values[v]);
            }
        }

        for (var r = 0; r < codes.Length; r++)
        {
            codes[r] = map[codes[r]];
        }

        return new Column(name, codes, [.. kept], missing);
    }

    private static Column Pseudonymised(Column column, Pseudonymizer pseudonymizer)
    {
        var values = new string[column.Cardinality];
        values[0] = string.Empty;
        for (var code = 1; code < values.Length; code++)
        {
            values[code] = pseudonymizer.Pseudonym(column.ValueOf(code))!;
        }

        return new Column(column.Name, column.Codes.ToArray(), values, column.MissingCount);
    }

    /// <summary>Checks the removed and pseudonymised columns before any work.</summary>
    internal static void CheckColumns(Table table, AnonymizationSettings settings, ReleaseOptions options)
    {
        foreach (var name in options.RemoveColumns)
        {
            if (!table.TryGetColumn(name, out _))
            {
                throw new UnknownColumnException(name, table.Source, table.ColumnNames);
            }

            if (settings.QuasiIdentifiers.Contains(name, StringComparer.Ordinal) || string.Equals(name, settings.SensitiveAttribute, StringComparison.Ordinal))
            {
                throw new InvalidOptionException("RemoveColumns", $"'{name}' is a quasi-identifier or the sensitive attribute: only other columns (direct identifiers) are removed.");
            }
        }

        foreach (var name in options.PseudonymizeColumns)
        {
            if (!table.TryGetColumn(name, out _))
            {
                throw new UnknownColumnException(name, table.Source, table.ColumnNames);
            }

            if (settings.QuasiIdentifiers.Contains(name, StringComparer.Ordinal) || options.RemoveColumns.Contains(name, StringComparer.Ordinal))
            {
                throw new InvalidOptionException("PseudonymizeColumns", $"'{name}' is a quasi-identifier or removed: pseudonymise identifier columns only.");
            }
        }

        if (options.LocalSuppression is { Strata: { } strata })
        {
            if (!table.TryGetColumn(strata, out _))
            {
                throw new UnknownColumnException(strata, table.Source, table.ColumnNames);
            }

            if (settings.QuasiIdentifiers.Contains(strata, StringComparer.Ordinal))
            {
                throw new InvalidOptionException("Strata", $"'{strata}' is a quasi-identifier: strata are another column.");
            }
        }

        if (options.PseudonymizeColumns.Count > 0 && options.Key is null)
        {
            throw new InvalidOptionException("Key", "PseudonymizeColumns needs a key file (at least 16 secret bytes), e.g. head -c 32 /dev/urandom > release.key.", "PseudonymizeColumns");
        }
    }
}
