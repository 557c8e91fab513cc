using RiskNotebooks.Data;

namespace RiskNotebooks.Treatment;

/// <summary>Finds columns that hold plain, unsalted hashes (32, 40 or 64 hex digits: MD5, SHA-1, SHA-256).</summary>
/// <remarks>
/// A hashed identifier from a small space is not a pseudonym: every valid Swedish personnummer (about 10⁸ with the check
/// digit, far fewer for a known birth year) can be hashed with MD5, SHA-1 or SHA-256 in minutes on a laptop and matched
/// against the column. A column is reported when at least 90 % of its non-missing values are hex strings of one of those
/// lengths. Only column names are reported.
/// </remarks>
public static class PlainHashDetector
{
    /// <summary>The columns that look like plain hashes, with the hash the length suggests.</summary>
    /// <param name="table">The table.</param>
    /// <returns>(column, algorithm) pairs, in column order.</returns>
    public static IReadOnlyList<(string Column, string Algorithm)> Find(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var found = new List<(string, string)>();
        foreach (var column in table.Columns)
        {
            var lengths = new Dictionary<int, long>();
            long nonMissing = 0;
            var codes = column.Codes;
            var countOf = new long[column.Cardinality];
            foreach (var c in codes)
            {
                countOf[c]++;
            }

            for (var code = 1; code < column.Cardinality; code++)
            {
                nonMissing += countOf[code];
                var value = column.ValueOf(code)!;
                if (value.Length is 32 or 40 or 64 && IsHex(value))
                {
                    lengths[value.Length] = lengths.GetValueOrDefault(value.Length) + countOf[code];
                }
            }

            if (nonMissing == 0 || lengths.Count == 0)
            {
                continue;
            }

            var (length, count) = lengths.MaxBy(kv => kv.Value);
            if (count >= 0.9 * nonMissing)
            {
                found.Add((column.Name, length switch { 32 => "MD5", 40 => "SHA-1", _ => "SHA-256" }));
            }
        }

        return found;
    }

    private static bool IsHex(string value)
    {
        foreach (var ch in value)
        {
            if (!char.IsAsciiHexDigit(ch))
            {
                return false;
            }
        }

        return true;
    }
}
