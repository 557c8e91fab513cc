using System.Runtime.InteropServices;
using RiskNotebooks.Data;
using RiskNotebooks.Registry;
using RiskNotebooks.Registry.Individual;

namespace RiskNotebooks.Treatment;

/// <summary>
/// Local suppression as sdcMicro defines it (<c>localSuppression</c>, sdcMicro 5.8): single key cells are set to missing,
/// one at a time, until every record's key pattern is shared by at least k records, a missing value matching any value.
/// </summary>
/// <remarks>
/// <para>The algorithm, implemented from sdcMicro's definition (Templ, Kowarik and Meindl 2015, J. Stat. Softw. 67(4);
/// sdcMicro's R and C++ sources, commit cf32510, read for the exact order of the steps):</para>
/// <list type="number">
/// <item>fk of every record is sdcMicro's <c>freqCalc</c> with α = 1 (<see cref="SampleFrequencies"/>: missing keys are
/// wildcards). The records with fk &lt; k are the problems, taken in order of decreasing individual risk 1/fk (so
/// increasing fk), ties in record order.</item>
/// <item>For each problem in that order, the nearest other patterns are found: the distance between two records is the
/// number of keys on which both have a value and the values differ; the nearest are those at the smallest distance
/// above zero. The key suppressed is the first, in the suppression order, on which the problem has a value that differs
/// from a (present) value of one of the nearest records. That one cell is set to missing and the next problem is taken
/// with the table as it now stands.</item>
/// <item>fk is computed again after all problems of the pass are treated (not after each one, so a record that became
/// safe during the pass is still treated, exactly as sdcMicro does); the passes repeat until no record has fk &lt; k.</item>
/// </list>
/// <para>The suppression order comes from the importance of the keys: by default a key with more distinct values is
/// less important and suppressed first (ties: the later column first), as in sdcMicro; a user order lists the keys from
/// the most important (suppressed last) to the least. With strata, k is reached within each stratum separately (the
/// importance is computed once, on the whole table).</para>
/// <para>sdcMicro first drops, from every exact pattern shared by more than k records, all but k of them, to work on a
/// smaller table. That does not change which cells are suppressed: a dropped record's class already has fk ≥ k (they
/// are never treated), a problem's fk counts only classes of fewer than k records, and the nearest patterns are the same
/// set. Here the work is done on distinct patterns instead: a problem with a pattern at distance 1 (most of them) is
/// answered from an index of the patterns grouped by their values on all keys but one, kept current as cells change; the
/// others are compared with every distinct pattern (problems × patterns × keys).</para>
/// </remarks>
public static class LocalSuppression
{
    /// <summary>Suppresses key cells until the table is k-anonymous in sdcMicro's sense.</summary>
    /// <param name="table">The table (only read).</param>
    /// <param name="keys">The key variables (quasi-identifiers).</param>
    /// <param name="k">The k to reach (at least 1, at most the number of records in each stratum).</param>
    /// <param name="importance">The keys from the most important (suppressed last) to the least, or <see langword="null"/>
    /// for sdcMicro's default (fewer distinct values: more important).</param>
    /// <param name="strata">A column within each of whose values k is reached separately, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops a long run.</param>
    /// <returns>The suppressed table and the counts.</returns>
    public static LocalSuppressionResult Apply(Table table, IReadOnlyList<string> keys, int k, IReadOnlyList<string>? importance = null, string? strata = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(keys);
        var columns = QuasiIdentifierSet.Resolve(table, keys);
        Column? strataColumn = null;
        if (strata is not null)
        {
            strataColumn = QuasiIdentifierSet.Resolve(table, [strata], "Strata", "strata column")[0];
            if (columns.Contains(strataColumn))
            {
                throw new InvalidOptionException("Strata", $"column '{strata}' is also a key variable.");
            }
        }

        var rows = Enumerable.Range(0, table.RowCount).ToArray();
        var (suppressed, order, passes) = Run(columns, rows, k, importance, strataColumn, cancellationToken);
        var replaced = new Dictionary<string, Column>(StringComparer.Ordinal);
        for (var q = 0; q < columns.Length; q++)
        {
            replaced[columns[q].Name] = columns[q].WithCodes(suppressed[q]);
        }

        var result = new Table(table.Source, table.Columns.Select(c => replaced.TryGetValue(c.Name, out var r) ? r : c));
        return new LocalSuppressionResult(result, columns, suppressed, k, order, strata, passes);
    }

    /// <summary>The core, on a subset of rows (the release excludes records it suppressed whole).</summary>
    /// <param name="columns">The key columns.</param>
    /// <param name="rows">The rows taking part, in increasing order.</param>
    /// <param name="k">The k to reach.</param>
    /// <param name="importance">The user's order (most important first), or <see langword="null"/>.</param>
    /// <param name="strata">The strata column, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops a long run.</param>
    /// <returns>For each key, the codes of all rows of the table (cells of rows outside <paramref name="rows"/> unchanged);
    /// the keys' indexes in suppression order; the number of passes.</returns>
    internal static (int[][] Codes, int[] Order, int Passes) Run(Column[] columns, int[] rows, int k, IReadOnlyList<string>? importance, Column? strata, CancellationToken cancellationToken)
    {
        if (k < 1)
        {
            throw new InvalidOptionException("K", "k must be a whole number of at least 1.");
        }

        var order = SuppressionOrder(columns, importance);
        var codes = columns.Select(c => c.Codes.ToArray()).ToArray();
        var passes = 0;
        foreach (var part in Strata(rows, strata))
        {
            if (part.Length < k)
            {
                throw new InvalidOptionException(
                    "K",
                    strata is null
                        ? $"k = {k} is larger than the number of records ({part.Length})."
                        : $"k = {k} is larger than the number of records in a stratum of '{strata.Name}' ({part.Length}).");
            }

            passes = Math.Max(passes, RunPart(columns, codes, part, k, order, cancellationToken));
        }

        return (codes, order, passes);
    }

    /// <summary>The keys' indexes in the order in which they are chosen for suppression.</summary>
    private static int[] SuppressionOrder(Column[] columns, IReadOnlyList<string>? importance)
    {
        if (importance is null || importance.Count == 0)
        {
            // sdcMicro: importance = rank of the number of distinct values, ascending, ties in column order; the key of
            // the highest importance number is suppressed first.
            var distinct = columns.Select(DistinctPresent).ToArray();
            var ascending = Enumerable.Range(0, columns.Length).OrderBy(q => distinct[q]).ToArray(); // stable
            return ascending.Reverse().ToArray();
        }

        var positions = new int[columns.Length];
        Array.Fill(positions, -1);
        for (var i = 0; i < importance.Count; i++)
        {
            var q = Array.FindIndex(columns, c => string.Equals(c.Name, importance[i], StringComparison.Ordinal));
            if (q < 0)
            {
                throw new InvalidOptionException("Importance", $"'{importance[i]}' is not one of the quasi-identifiers.");
            }

            if (positions[q] >= 0)
            {
                throw new InvalidOptionException("Importance", $"'{importance[i]}' is given twice.");
            }

            positions[q] = i;
        }

        if (importance.Count != columns.Length)
        {
            var absent = columns.Where((_, q) => positions[q] < 0).Select(c => $"'{c.Name}'");
            throw new InvalidOptionException("Importance", $"list every quasi-identifier, most important first; missing: {string.Join(", ", absent)}.");
        }

        // Most important first in the list: suppressed last.
        return Enumerable.Range(0, columns.Length).OrderByDescending(q => positions[q]).ToArray();
    }

    private static int DistinctPresent(Column column)
    {
        var seen = new bool[column.Cardinality];
        var count = 0;
        foreach (var code in column.Codes)
        {
            if (code != Column.MissingCode && !seen[code])
            {
                seen[code] = true;
                count++;
            }
        }

        return count;
    }

    private static IEnumerable<int[]> Strata(int[] rows, Column? strata)
    {
        if (strata is null)
        {
            yield return rows;
            yield break;
        }

        // In order of first appearance; a missing stratum value is a stratum of its own.
        var parts = new Dictionary<int, List<int>>();
        var appearance = new List<int>();
        foreach (var row in rows)
        {
            var code = strata.GetCode(row);
            if (!parts.TryGetValue(code, out var list))
            {
                parts[code] = list = [];
                appearance.Add(code);
            }

            list.Add(row);
        }

        foreach (var code in appearance)
        {
            yield return parts[code].ToArray();
        }
    }

    private static int RunPart(Column[] columns, int[][] codes, int[] rows, int k, int[] order, CancellationToken cancellationToken)
    {
        var m = columns.Length;
        var n = rows.Length;
        // The part's key cells, row-major: cells[i * m + q].
        var cells = new int[n * m];
        for (var i = 0; i < n; i++)
        {
            for (var q = 0; q < m; q++)
            {
                cells[(i * m) + q] = codes[q][rows[i]];
            }
        }

        var patterns = new PatternCounts(m, cells, n);
        var passes = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var fk = Frequencies(columns, cells, n);
            var problems = Enumerable.Range(0, n).Where(i => fk[i] < k).OrderBy(i => fk[i]).ToArray(); // stable: ties in row order
            if (problems.Length == 0)
            {
                break;
            }

            passes++;
            foreach (var p in problems)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var key = ChooseKey(patterns, cells.AsSpan(p * m, m), order);
                patterns.Remove(cells.AsSpan(p * m, m));
                cells[(p * m) + key] = Column.MissingCode;
                patterns.Add(cells.AsSpan(p * m, m));
            }
        }

        for (var i = 0; i < n; i++)
        {
            for (var q = 0; q < m; q++)
            {
                codes[q][rows[i]] = cells[(i * m) + q];
            }
        }

        return passes;
    }

    /// <summary>The key to suppress in a problem record: the first in the order on which it differs from a nearest pattern.</summary>
    private static int ChooseKey(PatternCounts patterns, ReadOnlySpan<int> problem, int[] order)
    {
        // Most problems have a pattern at distance 1; the index answers that without a scan. The scan covers the rest.
        if (patterns.DistanceOneKey(problem, order) is var fast and >= 0)
        {
            return fast;
        }

        var m = problem.Length;
        var nearest = m;
        var distances = patterns.Distances(problem);
        for (var t = 0; t < distances.Length; t++)
        {
            if (distances[t] > 0 && distances[t] < nearest)
            {
                nearest = distances[t];
            }
        }

        foreach (var q in order)
        {
            var own = problem[q];
            if (own == Column.MissingCode)
            {
                continue;
            }

            for (var t = 0; t < distances.Length; t++)
            {
                if (distances[t] == nearest)
                {
                    var other = patterns.Pattern(t)[q];
                    if (other != Column.MissingCode && other != own)
                    {
                        return q;
                    }
                }
            }
        }

        // Unreachable when the part has at least k records: a problem record has fk < k ≤ n, so some other record is
        // incompatible with it, at a distance above zero, on a key where both have different values.
        throw new InvalidOperationException("Local suppression found no key to suppress.");
    }

    private static double[] Frequencies(Column[] columns, int[] cells, int n)
    {
        var m = columns.Length;
        var part = new Column[m];
        for (var q = 0; q < m; q++)
        {
            var codes = new int[n];
            for (var i = 0; i < n; i++)
            {
                codes[i] = cells[(i * m) + q];
            }

            part[q] = columns[q].WithCodes(codes);
        }

        var table = new Table("local suppression", part);
        return SampleFrequencies.Compute(table, part, EquivalenceClasses.Build(part, n, CancellationToken.None), null, 1d, CancellationToken.None).Fk.ToArray();
    }

    /// <summary>The distinct patterns of the part with their record counts, kept current as cells are suppressed.</summary>
    /// <remarks>
    /// <para>Besides the counts, an index answers "is there a pattern at distance 1, and on which keys?" without a scan.
    /// A pattern t at distance 1 from a problem p differs on exactly one key q on which both have a value and agrees on
    /// every other key where both have one. For t's missing-key mask M and p's mask P, those keys are S = K \ (M ∪ P); so,
    /// per (M, P, q), the patterns of mask M are grouped by their values on S \ {q}, with a tally of their values on q. The
    /// problem has a pattern at distance 1 differing on q exactly when its own group, in some M without q, holds a value
    /// on q other than its own. Groups are built on first use and kept current as patterns change.</para>
    /// </remarks>
    private sealed class PatternCounts
    {
        private readonly int m;
        private readonly List<int> flat = [];
        private readonly List<int> counts = [];
        private readonly List<ulong> masks = [];
        private readonly Dictionary<CodeTuple, int> index = new();
        private readonly Dictionary<ulong, List<int>> byMask = new();
        private readonly Dictionary<(ulong M, ulong P, int Q), Dictionary<CodeTuple, Tally>> groups = new();
        private int[] distances = [];

        public PatternCounts(int keys, int[] cells, int rows)
        {
            m = keys;
            for (var i = 0; i < rows; i++)
            {
                Add(cells.AsSpan(i * m, m));
            }
        }

        public ReadOnlySpan<int> Pattern(int t) => CollectionsMarshal.AsSpan(flat).Slice(t * m, m);

        public void Add(ReadOnlySpan<int> pattern) => Change(pattern, +1);

        public void Remove(ReadOnlySpan<int> pattern) => Change(pattern, -1);

        private void Change(ReadOnlySpan<int> pattern, int delta)
        {
            var key = new CodeTuple(pattern.ToArray());
            if (!index.TryGetValue(key, out var t))
            {
                t = counts.Count;
                index[key] = t;
                flat.AddRange(pattern);
                counts.Add(0);
                var mask = MaskOf(pattern);
                masks.Add(mask);
                if (!byMask.TryGetValue(mask, out var list))
                {
                    byMask[mask] = list = [];
                }

                list.Add(t);
            }

            counts[t] += delta;
            foreach (var ((mask, problemMask, q), group) in groups)
            {
                if (mask == masks[t])
                {
                    Count(group, pattern, mask | problemMask, q, delta);
                }
            }
        }

        /// <summary>The missing keys of a pattern as bits (with more than 64 keys the index is not used).</summary>
        private ulong MaskOf(ReadOnlySpan<int> pattern)
        {
            ulong mask = 0;
            for (var q = 0; q < pattern.Length && q < 64; q++)
            {
                mask |= pattern[q] == Column.MissingCode ? 1UL << q : 0;
            }

            return mask;
        }

        /// <summary>The first key in the order on which a pattern at distance 1 differs, or -1 when there is none.</summary>
        public int DistanceOneKey(ReadOnlySpan<int> problem, int[] order)
        {
            if (m > 64)
            {
                return -1;
            }

            var problemMask = MaskOf(problem);
            foreach (var q in order)
            {
                var bit = 1UL << q;
                if ((problemMask & bit) != 0)
                {
                    continue;
                }

                foreach (var mask in byMask.Keys)
                {
                    if ((mask & bit) != 0)
                    {
                        continue;
                    }

                    if (!groups.TryGetValue((mask, problemMask, q), out var group))
                    {
                        group = Build(mask, problemMask, q);
                    }

                    if (group.TryGetValue(Projection(problem, mask | problemMask, q), out var tally) && tally.Total - tally.Of(problem[q]) > 0)
                    {
                        return q;
                    }
                }
            }

            return -1;
        }

        private Dictionary<CodeTuple, Tally> Build(ulong mask, ulong problemMask, int q)
        {
            var group = new Dictionary<CodeTuple, Tally>();
            foreach (var t in byMask[mask])
            {
                if (counts[t] > 0)
                {
                    Count(group, Pattern(t), mask | problemMask, q, counts[t]);
                }
            }

            groups[(mask, problemMask, q)] = group;
            return group;
        }

        private void Count(Dictionary<CodeTuple, Tally> group, ReadOnlySpan<int> pattern, ulong skip, int q, int delta)
        {
            var key = Projection(pattern, skip, q);
            if (!group.TryGetValue(key, out var tally))
            {
                group[key] = tally = new Tally();
            }

            tally.Add(pattern[q], delta);
        }

        /// <summary>A pattern's values on the keys that are in neither mask, except q.</summary>
        private CodeTuple Projection(ReadOnlySpan<int> pattern, ulong skip, int q)
        {
            var values = new List<int>(m);
            for (var j = 0; j < m; j++)
            {
                if (j != q && (skip & (1UL << j)) == 0)
                {
                    values.Add(pattern[j]);
                }
            }

            return new CodeTuple([.. values]);
        }

        /// <summary>For each pattern in use, the number of keys on which both have a value and the values differ; -1 for a pattern no record has now.</summary>
        public ReadOnlySpan<int> Distances(ReadOnlySpan<int> problem)
        {
            if (distances.Length < counts.Count)
            {
                distances = new int[Math.Max(counts.Count, distances.Length * 2)];
            }

            var all = CollectionsMarshal.AsSpan(flat);
            for (var t = 0; t < counts.Count; t++)
            {
                if (counts[t] == 0)
                {
                    distances[t] = -1;
                    continue;
                }

                var pattern = all.Slice(t * m, m);
                var d = 0;
                for (var q = 0; q < m; q++)
                {
                    var a = problem[q];
                    var b = pattern[q];
                    d += a != Column.MissingCode && b != Column.MissingCode && a != b ? 1 : 0;
                }

                distances[t] = d;
            }

            return distances.AsSpan(0, counts.Count);
        }
    }

    /// <summary>Records per value on one key, within one group of the distance-1 index.</summary>
    private sealed class Tally
    {
        private readonly Dictionary<int, int> byValue = new();

        public int Total { get; private set; }

        public int Of(int value) => byValue.GetValueOrDefault(value);

        public void Add(int value, int delta)
        {
            Total += delta;
            byValue[value] = byValue.GetValueOrDefault(value) + delta;
        }
    }
}
