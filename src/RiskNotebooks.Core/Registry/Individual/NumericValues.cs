using System.Globalization;
using RiskNotebooks.Data;

namespace RiskNotebooks.Registry.Individual;

/// <summary>Reads a column as numbers (sampling weights): each distinct value is parsed once, thanks to the encoding.</summary>
/// <remarks>
/// Positive values must be usable as weights: a normal double (not subnormal, such as 1e-320, whose reciprocal is
/// infinite) that the number of records divided by stays finite, and whose sum over the column stays finite (1e308
/// twice overflows). Otherwise risks would be NaN, which JSON cannot even write. Errors name the column and line, never
/// the value; they mention the option by its engine name (<c>WeightColumn</c>), which hosts respell.
/// </remarks>
internal static class NumericValues
{
    internal static double[] Parse(Table table, Column column, string optionName, bool positive)
    {
        var byCode = new double[column.Cardinality];
        var bad = new bool[column.Cardinality];
        bad[Column.MissingCode] = true;
        for (var code = 1; code < byCode.Length; code++)
        {
            var ok = double.TryParse(column.ValueOf(code), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                && double.IsFinite(value) && (!positive || (double.IsNormal(value) && value > 0d && double.IsFinite(table.RowCount / value)));
            byCode[code] = value;
            bad[code] = !ok;
        }

        var codes = column.Codes;
        var result = new double[codes.Length];
        var sum = 0d;
        for (var row = 0; row < codes.Length; row++)
        {
            var code = codes[row];
            if (bad[code])
            {
                var what = code == Column.MissingCode ? "is missing" : positive ? "is not a usable weight (a positive number, not vanishingly small)" : "is not a number";
                throw new InputFormatException(
                    table.Source,
                    table.LineOf(row),
                    column: null,
                    columnName: column.Name,
                    problem: $"the value of {optionName} {what}" + (table.LineOf(row) is null ? $" ({table.DescribeRow(row)})." : "."))
                {
                    RelatedOptions = [optionName],
                };
            }

            result[row] = byCode[code];
            sum += result[row];
            if (positive && !double.IsFinite(sum))
            {
                throw new InputFormatException(
                    table.Source,
                    table.LineOf(row),
                    column: null,
                    columnName: column.Name,
                    problem: $"the values of {optionName} are too large: their sum overflows here. Scale the weights down.")
                {
                    RelatedOptions = [optionName],
                };
            }
        }

        return result;
    }
}
