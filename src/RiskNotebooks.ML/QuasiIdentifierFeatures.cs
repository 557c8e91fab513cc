using System.Globalization;
using RiskNotebooks.Data;

namespace RiskNotebooks.ML;

/// <summary>
/// The quasi-identifiers as numbers a learner takes, one feature per quasi-identifier: the value for a numeric column
/// (every value a number; missing is NaN), else the value's rank by frequency (1 = most common; missing is 0), computed
/// once from the dictionary codes.
/// </summary>
/// <remarks>Trees split a frequency rank as finely as one-hot columns would, with one feature per quasi-identifier.</remarks>
internal sealed class QuasiIdentifierFeatures
{
    private QuasiIdentifierFeatures(string[] names, float[][] rows)
    {
        Names = names;
        Rows = rows;
    }

    /// <summary>The quasi-identifiers used, in feature order.</summary>
    internal string[] Names { get; }

    /// <summary>Each record's features (row-major).</summary>
    internal float[][] Rows { get; }

    internal int Dimension => Names.Length;

    internal static QuasiIdentifierFeatures Build(Table table, IReadOnlyList<string> quasiIdentifiers, List<string> warnings)
    {
        var columns = new List<(string Name, float[] ByCode)>();
        foreach (var name in quasiIdentifiers)
        {
            var column = table.GetColumn(name);
            var present = column.RowCount - column.MissingCount;
            if (column.DistinctCount <= 1)
            {
                warnings.Add($"Quasi-identifier '{column.Name}' has {(column.DistinctCount == 0 ? "no value" : "one value")}: it tells an attacker nothing and is left out.");
                continue;
            }

            var numeric = TryNumeric(column, out var byCode);
            if (present > 20 && column.DistinctCount == present)
            {
                if (!numeric)
                {
                    warnings.Add($"Quasi-identifier '{column.Name}' has a different value in every record, like an identifier: no attack can learn from it for other records, so it is left out. Generalise it, or treat it as a direct identifier.");
                    continue;
                }

                warnings.Add($"Quasi-identifier '{column.Name}' has a different value in every record, like an identifier; it is used as a number.");
            }

            columns.Add((column.Name, numeric ? byCode : FrequencyRanks(column)));
        }

        if (columns.Count == 0)
        {
            throw new InvalidOptionException("--qi", "no quasi-identifier is left to attack with (see the warnings about each column).");
        }

        var codes = columns.Select(c => table.GetColumn(c.Name)).ToArray();
        var rows = new float[table.RowCount][];
        var d = columns.Count;
        for (var r = 0; r < rows.Length; r++)
        {
            var row = new float[d];
            for (var j = 0; j < d; j++)
            {
                row[j] = columns[j].ByCode[codes[j].GetCode(r)];
            }

            rows[r] = row;
        }

        return new QuasiIdentifierFeatures(columns.Select(c => c.Name).ToArray(), rows);
    }

    /// <summary>Every distinct value parsed as a number (invariant culture), indexed by code; missing is NaN.</summary>
    internal static bool TryNumeric(Column column, out float[] byCode)
    {
        byCode = new float[column.Cardinality];
        byCode[Column.MissingCode] = float.NaN;
        for (var code = 1; code < column.Cardinality; code++)
        {
            if (!double.TryParse(column.ValueOf(code), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                return false;
            }

            byCode[code] = (float)value;
        }

        return true;
    }

    private static float[] FrequencyRanks(Column column)
    {
        var counts = new int[column.Cardinality];
        foreach (var code in column.Codes)
        {
            counts[code]++;
        }

        var order = Enumerable.Range(1, column.DistinctCount).OrderByDescending(c => counts[c]).ThenBy(c => c).ToArray();
        var ranks = new float[column.Cardinality];
        for (var i = 0; i < order.Length; i++)
        {
            ranks[order[i]] = i + 1;
        }

        return ranks;
    }
}
