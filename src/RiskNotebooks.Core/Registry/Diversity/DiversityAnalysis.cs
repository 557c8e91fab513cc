using RiskNotebooks.Data;

namespace RiskNotebooks.Registry.Diversity;

/// <summary>
/// The facade for attribute disclosure: l-diversity (distinct, entropy, recursive (c, l)) and t-closeness of sensitive
/// attributes over equivalence classes already formed on the quasi-identifiers, as ARX defines them.
/// </summary>
/// <remarks>
/// <para>Re-identification risk asks whether a record can be singled out; these measures ask what an attacker learns about a
/// sensitive attribute (a diagnosis, an income) from the class a person falls in, even without singling anyone out.</para>
/// <para>A missing sensitive value is a value of its own (as in ARX, and as the grouping treats missing keys). sdcMicro's
/// <c>ldiversity</c> differs there: it counts missing values as one extra value only in a class that also has a non-missing
/// one (a class of only missing values has distinct l 0 and entropy l 1), and leaves them out of recursive l.</para>
/// <para>Cost: the records are listed class by class once (O(n)); then, per attribute, one pass over the records counts the
/// values of each class in a scratch array, so the work is O(n + Σ_c d_c log d_c), d_c the number of distinct values in
/// class c, without hashing.</para>
/// </remarks>
public static class DiversityAnalysis
{
    /// <summary>Measures l-diversity and t-closeness of each sensitive attribute over the classes.</summary>
    /// <param name="table">The data; the table the classes were built on.</param>
    /// <param name="classes">The equivalence classes on the quasi-identifiers (<see cref="EquivalenceClasses.Build(Table, IReadOnlyList{string}, CancellationToken)"/>).</param>
    /// <param name="sensitiveAttributes">The sensitive columns; at least one, none of them a quasi-identifier.</param>
    /// <param name="options">c, the required l and t, ground distances and value orders; <see cref="DiversityOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops a long computation.</param>
    /// <returns>The report, one entry per sensitive attribute in the order given.</returns>
    /// <exception cref="UnknownColumnException">A sensitive attribute, or a name in the options, is not a column of the table.</exception>
    /// <exception cref="InvalidOptionException">No sensitive attribute, one named twice or also a quasi-identifier (<c>--sensitive</c>); an option that names no sensitive attribute or an order that does not fit its column.</exception>
    /// <exception cref="ArgumentException">The classes were built on a table with another number of rows.</exception>
    public static DiversityReport Run(Table table, EquivalenceClasses classes, IReadOnlyList<string> sensitiveAttributes, DiversityOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentNullException.ThrowIfNull(sensitiveAttributes);
        options ??= DiversityOptions.Default;
        if (classes.RecordCount != table.RowCount)
        {
            throw new ArgumentException($"The classes cover {classes.RecordCount} records but table '{table.Source}' has {table.RowCount}: build them on this table.", nameof(classes));
        }

        var columns = ResolveSensitive(table, classes, sensitiveAttributes);
        var groundDistances = new GroundDistance?[columns.Length];
        foreach (var (name, distance) in options.GroundDistances)
        {
            groundDistances[IndexOfSensitive(table, columns, name, "GroundDistances")] = distance;
        }

        var orders = new IReadOnlyList<string>?[columns.Length];
        foreach (var (name, order) in options.ValueOrders)
        {
            orders[IndexOfSensitive(table, columns, name, "ValueOrders")] = order ?? throw new ArgumentException($"The order of '{name}' is null.", nameof(options));
        }

        for (var a = 0; a < columns.Length; a++)
        {
            if (orders[a] is not null && groundDistances[a] == GroundDistance.Equal)
            {
                throw new InvalidOptionException("ValueOrders", $"column '{columns[a].Name}' has a value order but the equal ground distance, which ignores order.");
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var byClass = RecordsByClass.Of(classes);
        var results = new SensitiveAttributeDiversity[columns.Length];
        for (var a = 0; a < columns.Length; a++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results[a] = Measure(columns[a], classes, byClass, options, groundDistances[a], orders[a], cancellationToken);
        }

        return new DiversityReport(table.Source, classes, options, results);
    }

    private static Column[] ResolveSensitive(Table table, EquivalenceClasses classes, IReadOnlyList<string> names)
    {
        var columns = QuasiIdentifierSet.Resolve(table, names, "SensitiveAttributes", "sensitive attribute");
        for (var i = 0; i < columns.Length; i++)
        {
            if (classes.QuasiIdentifiers.Contains(columns[i].Name, StringComparer.Ordinal))
            {
                throw new InvalidOptionException("SensitiveAttributes", $"column '{columns[i].Name}' is a quasi-identifier; a sensitive attribute must not be one.");
            }
        }

        return columns;
    }

    /// <summary>The position among the sensitive columns of a column an option names.</summary>
    private static int IndexOfSensitive(Table table, Column[] columns, string name, string optionName)
    {
        var column = table.GetColumn(name);
        var index = Array.IndexOf(columns, column);
        return index >= 0 ? index : throw new InvalidOptionException(optionName, $"column '{column.Name}' is not a sensitive attribute.");
    }

    private static SensitiveAttributeDiversity Measure(Column column, EquivalenceClasses classes, RecordsByClass byClass, DiversityOptions options, GroundDistance? groundDistance, IReadOnlyList<string>? order, CancellationToken cancellationToken)
    {
        var codes = column.Codes;
        var cardinality = column.Cardinality;
        var tableCounts = new int[cardinality];
        foreach (var code in codes)
        {
            tableCounts[code]++;
        }

        var isNumeric = SensitiveValueOrder.IsNumeric(column, out var numberOfCode);
        var distance = (groundDistance ?? (isNumeric || order is not null ? GroundDistance.Ordered : GroundDistance.Equal)) == GroundDistance.Ordered
            ? EarthMoversDistance.Ordered(tableCounts, codes.Length, SensitiveValueOrder.Rank(column, isNumeric, numberOfCode, order, out var ranks), ranks)
            : EarthMoversDistance.Equal(tableCounts, codes.Length);

        var sizes = classes.ClassSizes;
        var classCount = sizes.Length;
        var distinct = new double[classCount];
        var entropy = new double[classCount];
        var recursive = new double[classCount];
        var closeness = new double[classCount];
        var counts = new int[cardinality];
        var present = new int[cardinality];
        var frequencies = new int[cardinality];
        var scratch = new long[cardinality];
        var start = byClass.Start;
        var records = byClass.Records;
        var c = options.RecursiveC;
        for (var k = 0; k < classCount; k++)
        {
            if ((k & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var d = 0;
            for (var i = start[k]; i < start[k + 1]; i++)
            {
                var code = codes[records[i]];
                if (counts[code]++ == 0)
                {
                    present[d++] = code;
                }
            }

            var values = present.AsSpan(0, d);
            var size = sizes[k];
            distinct[k] = d;
            entropy[k] = ClassLDiversity.Entropy(values, counts, size);
            closeness[k] = distance.Of(values, counts, size, scratch);
            var ascending = frequencies.AsSpan(0, d);
            for (var i = 0; i < d; i++)
            {
                ascending[i] = counts[values[i]];
                counts[values[i]] = 0;
            }

            ascending.Sort();
            recursive[k] = ClassLDiversity.Recursive(ascending, size, c);
        }

        long n = codes.Length;
        var l = options.RequiredL;
        return new SensitiveAttributeDiversity(
            column.Name,
            isNumeric,
            column.MissingCount,
            c,
            LDiversitySummary.Summarize(LDiversityVariant.Distinct, l, distinct, sizes, n),
            LDiversitySummary.Summarize(LDiversityVariant.Entropy, l, entropy, sizes, n),
            LDiversitySummary.Summarize(LDiversityVariant.Recursive, l, recursive, sizes, n),
            TClosenessSummary.Summarize(distance.GroundDistance, distance.ValueCount, options.TThreshold, closeness, sizes, n));
    }
}
