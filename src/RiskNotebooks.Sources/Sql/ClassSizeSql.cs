using System.Globalization;
using System.Text;
using RiskNotebooks.Data;

namespace RiskNotebooks.Sources.Sql;

/// <summary>
/// The SQL text of the class-size queries: plain SQL:2003 (common table expressions, <c>GROUP BY</c>, <c>GROUPING
/// SETS</c>, <c>GROUPING()</c>, <c>LEFT JOIN</c>, <c>NULLIF</c>, <c>TRIM(BOTH ... FROM ...)</c>, <c>CAST(... AS VARCHAR)</c>),
/// which DuckDB and PostgreSQL run as they are; Spark SQL, Trino and BigQuery accept the same statements (see
/// docs/commands/reid.md).
/// </summary>
/// <remarks>
/// Every quasi-identifier is normalised as the CSV reader reads a cell: cast to text, trimmed of spaces and tabs (when
/// trimming), and <c>NULL</c> when it is null or one of the missing markers. <c>GROUP BY</c> puts all <c>NULL</c>s of a
/// column in one group, which is the in-memory engine's rule (a missing value is a value of its own). Only sizes and
/// counts are selected: no value of a record is ever returned.
/// </remarks>
internal static class ClassSizeSql
{
    /// <summary>The histogram of class sizes on the quasi-identifiers: rows of (size, classes).</summary>
    internal static string Histogram(string from, IReadOnlyList<string> columns, MissingValues missing, bool trim)
    {
        var aliases = Aliases(columns.Count);
        return $"""
            WITH records AS (SELECT {Normalised(columns, aliases, missing, trim)} FROM {from}),
            classes AS (SELECT COUNT(*) AS size FROM records GROUP BY {string.Join(", ", aliases)})
            SELECT size, COUNT(*) AS classes FROM classes GROUP BY size ORDER BY size
            """;
    }

    /// <summary>
    /// The joint histogram of sample and population class sizes: rows of (f, F, classes), F null for a sample class the
    /// population lacks.
    /// </summary>
    internal static string Joint(string sample, string population, IReadOnlyList<string> sampleColumns, IReadOnlyList<string> populationColumns, MissingValues missing, bool trim)
    {
        var aliases = Aliases(sampleColumns.Count);
        var groups = string.Join(", ", aliases);

        // The join compares each key as (is it null, its text or ''), with plain equality, so the database can hash-join;
        // IS NOT DISTINCT FROM says the same but PostgreSQL can only nest loops over it.
        var keys = string.Join(", ", aliases.Select(a => $"CASE WHEN {a} IS NULL THEN 1 ELSE 0 END AS {a}_null, COALESCE({a}, '') AS {a}_text"));
        var on = string.Join(" AND ", aliases.Select(a => $"s.{a}_null = p.{a}_null AND s.{a}_text = p.{a}_text"));
        return $"""
            WITH sample_records AS (SELECT {Normalised(sampleColumns, aliases, missing, trim)} FROM {sample}),
            population_records AS (SELECT {Normalised(populationColumns, aliases, missing, trim)} FROM {population}),
            s AS (SELECT {keys}, COUNT(*) AS f FROM sample_records GROUP BY {groups}),
            p AS (SELECT {keys}, COUNT(*) AS pf FROM population_records GROUP BY {groups})
            SELECT s.f, p.pf, COUNT(*) AS classes FROM s LEFT JOIN p ON {on} GROUP BY s.f, p.pf ORDER BY s.f, p.pf
            """;
    }

    /// <summary>The number of records of a table.</summary>
    internal static string Count(string from) => $"SELECT COUNT(*) FROM {from}";

    /// <summary>
    /// The histograms of subsets of the quasi-identifiers in one statement: rows of (grouping id, size, classes), where
    /// bit <c>q - 1 - i</c> of the id is set when column <c>i</c> is NOT in the subset (SQL's <c>GROUPING()</c>).
    /// </summary>
    internal static string Subsets(string from, IReadOnlyList<string> columns, IReadOnlyList<long> masks, MissingValues missing, bool trim)
    {
        var aliases = Aliases(columns.Count);
        var sets = string.Join(", ", masks.Select(mask => "(" + string.Join(", ", aliases.Where((_, i) => (mask & (1L << i)) != 0)) + ")"));
        return $"""
            WITH records AS (SELECT {Normalised(columns, aliases, missing, trim)} FROM {from}),
            classes AS (SELECT GROUPING({string.Join(", ", aliases)}) AS id, COUNT(*) AS size FROM records GROUP BY GROUPING SETS ({sets}))
            SELECT id, size, COUNT(*) AS classes FROM classes GROUP BY id, size ORDER BY id, size
            """;
    }

    /// <summary>A table name as SQL: each dot-separated part double-quoted (quotes inside doubled).</summary>
    internal static string QuoteTableName(string name)
        => string.Join(".", name.Split('.').Select(Quote));

    /// <summary>An identifier, double-quoted.</summary>
    internal static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>A string literal, single-quoted (quotes inside doubled).</summary>
    internal static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string[] Aliases(int count) => Enumerable.Range(1, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"q{i}")).ToArray();

    private static string Normalised(IReadOnlyList<string> columns, IReadOnlyList<string> aliases, MissingValues missing, bool trim)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < columns.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            var text = $"CAST({Quote(columns[i])} AS VARCHAR)";
            if (trim)
            {
                text = $"TRIM(BOTH ' ' || CHR(9) FROM {text})";
            }

            // NULLIF per marker: the cell is cast and trimmed once (a CASE would repeat the expression for each use).
            foreach (var marker in missing.Markers)
            {
                text = $"NULLIF({text}, {Literal(marker)})";
            }

            builder.Append(text);

            builder.Append(" AS ").Append(aliases[i]);
        }

        return builder.ToString();
    }
}
