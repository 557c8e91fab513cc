using RiskNotebooks.Data;

namespace RiskNotebooks.Registry;

/// <summary>Resolves column names against a table, once, with a clear error for an unknown or repeated name.</summary>
internal static class QuasiIdentifierSet
{
    internal static Column[] Resolve(Table table, IReadOnlyList<string> quasiIdentifiers, string option = "QuasiIdentifiers", string what = "quasi-identifier column")
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(quasiIdentifiers);
        if (quasiIdentifiers.Count == 0)
        {
            throw new InvalidOptionException(option, $"name at least one {what}.");
        }

        var columns = new Column[quasiIdentifiers.Count];
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i] = table.GetColumn(quasiIdentifiers[i]);
            for (var j = 0; j < i; j++)
            {
                if (ReferenceEquals(columns[j], columns[i]))
                {
                    throw new InvalidOptionException(option, $"column '{columns[i].Name}' is named twice.");
                }
            }
        }

        return columns;
    }
}
