using System.Globalization;
using RiskNotebooks.Data;
using RiskNotebooks.Location;

namespace RiskNotebooks.Inference;

/// <summary>
/// Linkage and singling out from a released (anonymised or synthetic) table by nearest-neighbour matching on the
/// quasi-identifiers, with Gower's distance for mixed types, scored on original records and on a control.
/// </summary>
/// <remarks>
/// <para><b>Distance</b> (Gower 1971): d(x, y) = Σ_j w_j δ_j / Σ_j w_j over the quasi-identifiers, where w_j = 0 when either
/// value is missing (1 otherwise); δ_j = |x_j − y_j| / range_j for a numeric quasi-identifier (range over the release; one
/// that takes more than 20 values, all numbers, as in attribute inference) and 0 or 1 (equal or not) for a categorical
/// one. With no quasi-identifier present in both, d = 0 (nothing tells them apart).</para>
/// <para><b>The attack</b>: for each target, the released records at the smallest distance are its nearest neighbours.
/// <i>Singling out</i> succeeds when they are a single record within the match distance: the attacker has isolated one
/// released record for the target. <i>Linkage to a sensitive attribute</i> guesses the value most frequent among the
/// nearest neighbours (ties: the value seen first in the release) and succeeds when it is the target's own.</para>
/// <para><b>The control</b>: the same attack on original records kept out of the release. Success there is what the
/// release reveals about anyone of the population; only the excess is counted: risk = (attack − control)/(1 − control),
/// with Newcombe's interval of the difference divided by 1 − control. Both sets are sampled (with the seed) to at most
/// <see cref="AttributeInferenceOptions.LinkageSample"/> records, and the release is compared as distinct patterns.</para>
/// </remarks>
public static class ReleaseLinkage
{
    private const int NumericDistinctValues = 20;

    /// <summary>Runs the attacks.</summary>
    /// <param name="original">The original records the release was made from.</param>
    /// <param name="released">The released table.</param>
    /// <param name="control">Original records kept out of the release.</param>
    /// <param name="options">Quasi-identifiers, sensitive attributes, seed, sample size, match distance, confidence level.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The report.</returns>
    public static ReleaseLinkageReport Measure(Table original, Table released, Table control, AttributeInferenceOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(released);
        ArgumentNullException.ThrowIfNull(control);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (released.RowCount == 0)
        {
            throw new InvalidOptionException("released", $"the released table '{Path.GetFileName(released.Source)}' has no records: there is nothing to link to.");
        }

        var qis = options.QuasiIdentifiers.Select(released.GetColumn).ToArray();
        var numeric = qis.Select(c => c.DistinctCount > NumericDistinctValues && Numbers(c) is not null).ToArray();
        var sensitive = options.SensitiveAttributes.Select(released.GetColumn).ToArray();
        var patterns = new Patterns(qis, numeric, sensitive);

        var (attackDistances, attackSingled, attackHits, attackTotals) = Attack(original, patterns, qis, numeric, sensitive, options, 1, cancellationToken);
        var (controlDistances, controlSingled, controlHits, controlTotals) = Attack(control, patterns, qis, numeric, sensitive, options, 2, cancellationToken);

        LinkageMeasure Of(string what, long aHits, long aTotal, long cHits, long cTotal)
        {
            var (a, c, risk, low, high) = ConfidenceIntervals.ExcessOverControl(aHits, aTotal, cHits, cTotal, options.ConfidenceLevel);
            return new LinkageMeasure(what, (int)aTotal, a, (int)cTotal, c, risk, low, high);
        }

        var singling = Of("singled out", attackSingled, attackDistances.Length, controlSingled, controlDistances.Length);
        var attributes = sensitive.Select((s, i) => Of(s.Name, attackHits[i], attackTotals[i], controlHits[i], controlTotals[i])).ToArray();
        return new ReleaseLinkageReport(
            qis.Select(c => c.Name).ToArray(),
            qis.Where((_, j) => numeric[j]).Select(c => c.Name).ToArray(),
            options.MatchDistance,
            singling,
            attributes,
            Median(attackDistances),
            Median(controlDistances));
    }

    private static (double[] Distances, long Singled, long[] Hits, long[] Totals) Attack(Table targets, Patterns patterns, Column[] qis, bool[] numeric, Column[] sensitive, AttributeInferenceOptions options, int stream, CancellationToken cancellationToken)
    {
        var rows = Enumerable.Range(0, targets.RowCount).ToArray();
        if (rows.Length > options.LinkageSample)
        {
            new Random(options.Seed + (stream * 7919)).Shuffle(rows);
            rows = rows[..options.LinkageSample];
            Array.Sort(rows);
        }

        // The target's values in the release's terms: its code of each categorical value (-1: a value the release lacks),
        // the number of each numeric one (NaN: not a number, which matches nothing).
        var m = qis.Length;
        var codes = new int[m][];
        var values = new double[m][];
        for (var j = 0; j < m; j++)
        {
            var column = targets.GetColumn(qis[j].Name);
            codes[j] = new int[column.Cardinality];
            values[j] = new double[column.Cardinality];
            for (var code = 1; code < column.Cardinality; code++)
            {
                var text = column.ValueOf(code);
                codes[j][code] = qis[j].TryGetCode(text, out var c) ? c : -1;
                values[j][code] = numeric[j] && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x) ? x : double.NaN;
            }
        }

        var truthColumns = sensitive.Select(s => targets.GetColumn(s.Name)).ToArray();
        var truth = truthColumns.Select((t, i) => Enumerable.Range(0, t.Cardinality).Select(code => code == Column.MissingCode ? -2 : sensitive[i].TryGetCode(t.ValueOf(code), out var c) ? c : -1).ToArray()).ToArray();
        var targetColumns = qis.Select(q => targets.GetColumn(q.Name)).ToArray();

        var distances = new double[rows.Length];
        var singled = new bool[rows.Length];
        var guessed = new int[rows.Length][];
        Parallel.For(0, rows.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var row = rows[i];
            var present = new bool[m];
            var code = new int[m];
            var value = new double[m];
            for (var j = 0; j < m; j++)
            {
                var c = targetColumns[j].GetCode(row);
                present[j] = c != Column.MissingCode;
                code[j] = present[j] ? codes[j][c] : 0;
                value[j] = present[j] ? values[j][c] : double.NaN;
            }

            (distances[i], singled[i], guessed[i]) = patterns.Nearest(present, code, value, options.MatchDistance);
        });

        long singledCount = singled.LongCount(s => s);
        var hits = new long[sensitive.Length];
        var totals = new long[sensitive.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            for (var a = 0; a < sensitive.Length; a++)
            {
                var own = truth[a][truthColumns[a].GetCode(rows[i])];
                if (own == -2)
                {
                    continue; // the target's value is missing: nothing to disclose
                }

                totals[a]++;
                hits[a] += own >= 0 && guessed[i][a] == own ? 1 : 0;
            }
        }

        return (distances, singledCount, hits, totals);
    }

    private static double[]? Numbers(Column column)
    {
        var result = new double[column.Cardinality];
        result[0] = double.NaN;
        for (var code = 1; code < column.Cardinality; code++)
        {
            if (!double.TryParse(column.ValueOf(code), NumberStyles.Float, CultureInfo.InvariantCulture, out var x) || !double.IsFinite(x))
            {
                return null;
            }

            result[code] = x;
        }

        return result;
    }

    private static double Median(double[] values)
    {
        if (values.Length == 0)
        {
            return double.NaN;
        }

        return Medians.OfSorted(values.Order().ToArray());
    }

    /// <summary>The release's distinct quasi-identifier patterns, with their record counts and sensitive values.</summary>
    private sealed class Patterns
    {
        private readonly int m;
        private readonly bool[] numeric;
        private readonly double[] ranges;
        private readonly int[][] codes;        // [pattern][qi]
        private readonly double[][] values;    // [pattern][qi], numeric quasi-identifiers
        private readonly int[] counts;
        private readonly Dictionary<int, int>[][] tallies; // [pattern][attribute]: released code -> records
        private readonly int[][] firstSeen;    // [attribute][code]: the first row holding it, for ties

        public Patterns(Column[] qis, bool[] numeric, Column[] sensitive)
        {
            m = qis.Length;
            this.numeric = numeric;
            var numbers = qis.Select((q, j) => numeric[j] ? Numbers(q)! : null).ToArray();
            ranges = new double[m];
            for (var j = 0; j < m; j++)
            {
                if (numbers[j] is { } n)
                {
                    var present = n.Skip(1).ToArray();
                    ranges[j] = present.Length == 0 ? 0 : present.Max() - present.Min();
                }
            }

            var index = new Dictionary<CodeTuple, int>();
            var codeList = new List<int[]>();
            var countList = new List<int>();
            var tallyList = new List<Dictionary<int, int>[]>();
            var rows = qis.Length == 0 ? 0 : qis[0].RowCount;
            firstSeen = sensitive.Select(s => Enumerable.Repeat(int.MaxValue, s.Cardinality).ToArray()).ToArray();
            for (var r = 0; r < rows; r++)
            {
                var pattern = qis.Select(q => q.GetCode(r)).ToArray();
                var key = new CodeTuple(pattern);
                if (!index.TryGetValue(key, out var p))
                {
                    p = codeList.Count;
                    index[key] = p;
                    codeList.Add(pattern);
                    countList.Add(0);
                    tallyList.Add(sensitive.Select(_ => new Dictionary<int, int>()).ToArray());
                }

                countList[p]++;
                for (var a = 0; a < sensitive.Length; a++)
                {
                    var v = sensitive[a].GetCode(r);
                    if (v != Column.MissingCode)
                    {
                        tallyList[p][a][v] = tallyList[p][a].GetValueOrDefault(v) + 1;
                        firstSeen[a][v] = Math.Min(firstSeen[a][v], r);
                    }
                }
            }

            codes = [.. codeList];
            counts = [.. countList];
            tallies = [.. tallyList];
            values = codes.Select(c => c.Select((code, j) => numbers[j] is { } n ? n[code] : double.NaN).ToArray()).ToArray();
        }

        /// <summary>The distance to the nearest released records, whether they are one record within the match distance, and the value guessed per attribute (-1: none).</summary>
        public (double Distance, bool Singled, int[] Guess) Nearest(bool[] present, int[] code, double[] value, double matchDistance)
        {
            var best = double.PositiveInfinity;
            var nearest = new List<int>();
            for (var p = 0; p < codes.Length; p++)
            {
                double sum = 0;
                var weight = 0;
                var pattern = codes[p];
                for (var j = 0; j < m; j++)
                {
                    if (!present[j] || pattern[j] == Column.MissingCode)
                    {
                        continue;
                    }

                    weight++;
                    if (numeric[j])
                    {
                        var x = value[j];
                        sum += double.IsNaN(x) ? 1 : ranges[j] == 0 ? (x == values[p][j] ? 0 : 1) : Math.Min(1, Math.Abs(x - values[p][j]) / ranges[j]);
                    }
                    else
                    {
                        sum += code[j] == pattern[j] ? 0 : 1;
                    }
                }

                var d = weight == 0 ? 0 : sum / weight;
                if (d < best - 1e-12)
                {
                    best = d;
                    nearest.Clear();
                    nearest.Add(p);
                }
                else if (Math.Abs(d - best) <= 1e-12)
                {
                    nearest.Add(p);
                }
            }

            var records = nearest.Sum(p => counts[p]);
            var guess = new int[tallies.Length == 0 ? 0 : tallies[0].Length];
            for (var a = 0; a < guess.Length; a++)
            {
                var pooled = new Dictionary<int, int>();
                foreach (var p in nearest)
                {
                    foreach (var (v, c) in tallies[p][a])
                    {
                        pooled[v] = pooled.GetValueOrDefault(v) + c;
                    }
                }

                guess[a] = pooled.Count == 0 ? -1 : pooled.OrderByDescending(kv => kv.Value).ThenBy(kv => firstSeen[a][kv.Key]).First().Key;
            }

            return (best, records == 1 && best <= matchDistance + 1e-12, guess);
        }
    }
}
