using System.Globalization;
using RiskNotebooks.Data;

namespace RiskNotebooks.Registry.Diversity;

/// <summary>
/// Ranks the values of a sensitive attribute for the ordered ground distance: numbers by value, values with a given order by
/// that order, other text by ordinal comparison (as ARX's string type); a missing value ranks last, as in ARX. Values that
/// are equal as numbers (<c>1</c> and <c>1.0</c>) share a rank.
/// </summary>
internal static class SensitiveValueOrder
{
    /// <summary>Whether the column has a non-missing value and every one parses as a finite invariant-culture number.</summary>
    internal static bool IsNumeric(Column column, out double[] numberOfCode)
    {
        numberOfCode = new double[column.Cardinality];
        for (var code = 1; code < column.Cardinality; code++)
        {
            if (!double.TryParse(column.ValueOf(code), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
            {
                return false;
            }

            numberOfCode[code] = number;
        }

        return column.DistinctCount > 0;
    }

    /// <summary>The rank (0..m−1) of every code, and m.</summary>
    /// <exception cref="InvalidOptionException">The given order repeats a value or misses one of the column's values.</exception>
    internal static int[] Rank(Column column, bool isNumeric, double[] numberOfCode, IReadOnlyList<string>? order, out int valueCount)
    {
        var codes = new int[column.DistinctCount];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = i + 1;
        }

        Comparison<int> compare;
        if (order is not null)
        {
            var indexOfCode = IndexInOrder(column, order);
            compare = (a, b) => indexOfCode[a].CompareTo(indexOfCode[b]);
        }
        else if (isNumeric)
        {
            compare = (a, b) => numberOfCode[a].CompareTo(numberOfCode[b]);
        }
        else
        {
            compare = (a, b) => string.CompareOrdinal(column.ValueOf(a), column.ValueOf(b));
        }

        Array.Sort(codes, compare);
        var rank = new int[column.Cardinality];
        var m = 0;
        for (var i = 0; i < codes.Length; i++)
        {
            if (i > 0 && compare(codes[i - 1], codes[i]) != 0)
            {
                m++;
            }

            rank[codes[i]] = m;
        }

        m = codes.Length == 0 ? 0 : m + 1;
        if (column.MissingCount > 0)
        {
            rank[Column.MissingCode] = m++;
        }

        valueCount = m;
        return rank;
    }

    private static int[] IndexInOrder(Column column, IReadOnlyList<string> order)
    {
        var index = new Dictionary<string, int>(order.Count, StringComparer.Ordinal);
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] is null)
            {
                throw new InvalidOptionException("ValueOrders", $"the order of column '{column.Name}' lists a missing value; missing values always rank last.");
            }

            if (!index.TryAdd(order[i], i))
            {
                throw new InvalidOptionException("ValueOrders", $"the order of column '{column.Name}' lists a value twice.");
            }
        }

        var indexOfCode = new int[column.Cardinality];
        var unlisted = 0;
        for (var code = 1; code < column.Cardinality; code++)
        {
            if (index.TryGetValue(column.ValueOf(code)!, out var i))
            {
                indexOfCode[code] = i;
            }
            else
            {
                unlisted++;
            }
        }

        if (unlisted > 0)
        {
            throw new InvalidOptionException("ValueOrders", $"{unlisted} of the {column.DistinctCount} distinct values of column '{column.Name}' are not in its order.");
        }

        return indexOfCode;
    }
}
