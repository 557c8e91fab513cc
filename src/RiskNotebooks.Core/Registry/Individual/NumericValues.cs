using System.Globalization;
using RiskNotebooks.Data;

namespace RiskNotebooks.Registry.Individual;

/// <summary>Reads a column as numbers (sampling weights): each distinct value is parsed once, thanks to the encoding.</summary>
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
                && double.IsFinite(value) && (!positive || value > 0d);
            byCode[code] = value;
            bad[code] = !ok;
        }

        var codes = column.Codes;
        var result = new double[codes.Length];
        for (var row = 0; row < codes.Length; row++)
        {
            var code = codes[row];
            if (bad[code])
            {
                var what = code == Column.MissingCode ? "is missing" : positive ? "is not a positive number" : "is not a number";
                throw new InputFormatException(
                    table.Source,
                    table.LineOf(row),
                    column: null,
                    columnName: column.Name,
                    problem: $"the value of {optionName} {what}" + (table.LineOf(row) is null ? $" ({table.DescribeRow(row)})." : "."));
            }

            result[row] = byCode[code];
        }

        return result;
    }
}
