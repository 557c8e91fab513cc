using RiskNotebooks.Data;
using RiskNotebooks.Treatment;

namespace RiskNotebooks.Tests.Treatment;

/// <summary>
/// The search against an independent brute force written from the definitions (group the records of every node with
/// LINQ, suppress classes below k, score), on small random tables; and metrics against a hand calculation.
/// </summary>
public sealed class OptimalSearchTests
{
    // Hierarchies: a (4 values, 3 levels), b (3 values, 2 levels), c (6 values, 4 levels).
    private static readonly string[][] A = [["a1", "A", "*"], ["a2", "A", "*"], ["a3", "B", "*"], ["a4", "B", "*"]];
    private static readonly string[][] B = [["b1", "*"], ["b2", "*"], ["b3", "*"]];
    private static readonly string[][] C = [["1", "1-2", "1-4", "*"], ["2", "1-2", "1-4", "*"], ["3", "3-4", "1-4", "*"], ["4", "3-4", "1-4", "*"], ["5", "5-6", "5-6", "*"], ["6", "5-6", "5-6", "*"]];

    private static AnonymizationSettings Settings(int k, double limit, InformationLossMetric metric) => new()
    {
        QuasiIdentifiers = ["a", "b", "c"],
        Hierarchies = new Dictionary<string, Hierarchy>
        {
            ["a"] = Hierarchy.FromRows("a", "a", A),
            ["b"] = Hierarchy.FromRows("b", "b", B),
            ["c"] = Hierarchy.FromRows("c", "c", C),
        },
        Targets = [new KAnonymity(k)],
        SuppressionLimit = limit,
        Metric = metric,
    };

    private static Table RandomTable(int seed, int rows)
    {
        var random = new Random(seed);
        var data = Enumerable.Range(0, rows).Select(_ => (IReadOnlyList<string?>)[A[random.Next(4)][0], B[random.Next(random.Next(1, 4))][0], C[random.Next(6)][0]]).ToList();
        return Table.FromRows("random.csv", ["a", "b", "c"], data);
    }

    public static TheoryData<int, int, double, InformationLossMetric> Cases()
    {
        var data = new TheoryData<int, int, double, InformationLossMetric>();
        foreach (var seed in new[] { 1, 2, 3, 4 })
        {
            foreach (var (k, limit) in new[] { (2, 0d), (3, 0.1), (5, 0.2) })
            {
                foreach (var metric in new[] { InformationLossMetric.Loss, InformationLossMetric.Precision, InformationLossMetric.Discernibility, InformationLossMetric.AverageClassSize, InformationLossMetric.NonUniformEntropy })
                {
                    data.Add(seed, k, limit, metric);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_node_and_the_optimum_equal_a_brute_force(int seed, int k, double limit, InformationLossMetric metric)
    {
        var table = RandomTable(seed, 40);
        var result = OptimalSearch.Run(table, Settings(k, limit, metric) with { EveryNode = true });
        Assert.Equal(3 * 2 * 4, result.Evaluated.Count);

        // The pruned search finds the same optimum and ties, and skips only nodes whose bound is above the optimum;
        // the bound (the score with nothing suppressed) never exceeds a node's score.
        var pruned = OptimalSearch.Run(table, Settings(k, limit, metric));
        Assert.Equal(result.Optimum?.Transformation, pruned.Optimum?.Transformation);
        Assert.Equal(result.TiedWithOptimum, pruned.TiedWithOptimum);
        var lattice = new GeneralizationLattice(table, Settings(k, limit, metric), CancellationToken.None);
        foreach (var e in result.Evaluated)
        {
            var bound = lattice.LowerBound(lattice.ToInternal(e.Transformation.Levels));
            Assert.True(bound <= e.Score(metric) + (1e-9 * Math.Max(1, Math.Abs(e.Score(metric)))), $"{e.Transformation}: bound {bound} above score {e.Score(metric)}");
            var kept = pruned.Evaluated.Any(p => p.Transformation.Equals(e.Transformation));
            Assert.Equal(result.Optimum is null || bound <= result.Optimum.Score(metric) + (1e-9 * Math.Max(1, Math.Abs(result.Optimum.Score(metric)))), kept);
        }

        var rows = Enumerable.Range(0, table.RowCount).Select(r => table.Columns.Select(c => c.GetValue(r)!).ToArray()).ToArray();
        (double Score, int Sum, long Suppressed, int[] Levels)? best = null;
        foreach (var e in result.Evaluated)
        {
            var levels = e.Transformation.Levels.ToArray();
            var (meets, suppressed, score) = BruteForce(rows, levels, k, limit, metric);
            Assert.Equal(meets, e.MeetsTargets);
            Assert.Equal(suppressed, e.SuppressedRecords);
            Assert.True(Math.Abs(score - e.Score(metric)) <= 1e-9 * Math.Max(1, Math.Abs(score)), $"{e.Transformation}: {score} vs {e.Score(metric)}");
            if (meets && (best is null || Precedes(rows, levels, score, best.Value.Levels, best.Value.Score)))
            {
                best = (score, levels.Sum(), suppressed, levels);
            }
        }

        Assert.Equal(best?.Levels, result.Optimum?.Transformation.Levels.ToArray());
    }

    /// <summary>ARX's order among optima: score, sum of levels, mean relative level, mean share of distinct values kept (larger first), node number (last attribute most significant).</summary>
    private static bool Precedes(string[][] rows, int[] a, double scoreA, int[] b, double scoreB)
    {
        if (Math.Abs(scoreA - scoreB) > 1e-12)
        {
            return scoreA < scoreB;
        }

        if (a.Sum() != b.Sum())
        {
            return a.Sum() < b.Sum();
        }

        string[][][] hierarchies = [A, B, C];
        double Relative(int[] l) => Enumerable.Range(0, 3).Sum(i => (double)l[i] / (hierarchies[i][0].Length - 1));
        double Kept(int[] l) => Enumerable.Range(0, 3).Sum(i =>
            (double)rows.Select(r => hierarchies[i].Single(h => h[0] == r[i])[l[i]]).Distinct().Count() / rows.Select(r => r[i]).Distinct().Count());
        if (Math.Abs(Relative(a) - Relative(b)) > 1e-12)
        {
            return Relative(a) < Relative(b);
        }

        if (Math.Abs(Kept(a) - Kept(b)) > 1e-12)
        {
            return Kept(a) > Kept(b);
        }

        for (var i = 2; i >= 0; i--)
        {
            if (a[i] != b[i])
            {
                return a[i] < b[i];
            }
        }

        return false;
    }

    /// <summary>The definitions, applied naively to the records.</summary>
    private static (bool Meets, long Suppressed, double Score) BruteForce(string[][] rows, int[] levels, int k, double limit, InformationLossMetric metric)
    {
        string[][][] hierarchies = [A, B, C];
        string Generalise(int attribute, string value) => hierarchies[attribute].Single(r => r[0] == value)[levels[attribute]];
        int Leaves(int attribute, string label) => hierarchies[attribute].Count(r => r[levels[attribute]] == label);
        var n = rows.Length;
        var generalised = rows.Select(r => r.Select((v, i) => Generalise(i, v)).ToArray()).ToArray();
        var classes = generalised.Select((g, i) => (Key: string.Join("|", g), Row: i)).GroupBy(x => x.Key).ToList();
        var suppressedRows = classes.Where(c => c.Count() < k).SelectMany(c => c.Select(x => x.Row)).ToHashSet();
        var meets = suppressedRows.Count <= Math.Floor(limit * n + 1e-9);
        var kept = classes.Where(c => c.Count() >= k).ToList();
        double score = metric switch
        {
            // ARX: per attribute (Σ records (leaves − 1)/(D − 1), a suppressed record 1) / n floored at 10 decimals; the
            // attributes' geometric mean of (1 + loss), minus 1.
            InformationLossMetric.Loss => Math.Pow(Enumerable.Range(0, 3).Select(a => 1 + Floor10(Enumerable.Range(0, n).Average(r =>
                suppressedRows.Contains(r) ? 1d : (Leaves(a, generalised[r][a]) - 1d) / (hierarchies[a].Length - 1)))).Aggregate(1d, (x, y) => x * y), 1d / 3) - 1,
            InformationLossMetric.Precision => Enumerable.Range(0, 3).Average(a => Enumerable.Range(0, n).Average(r =>
                suppressedRows.Contains(r) ? 1d : (double)levels[a] / (hierarchies[a][0].Length - 1))),
            InformationLossMetric.Discernibility => kept.Sum(c => (double)c.Count() * c.Count()) + ((double)suppressedRows.Count * n),
            InformationLossMetric.AverageClassSize => (double)n / (kept.Count + (suppressedRows.Count > 0 ? 1 : 0)),
            // ARX: every record loses log2(b/a) (a: records with its value, b: with its generalised value, all records);
            // the suppressed ones, grouped by generalised value (c of S), lose c · log2(S/c) more; floored at 10 decimals.
            InformationLossMetric.NonUniformEntropy => Enumerable.Range(0, 3).Sum(a => Floor10(Enumerable.Range(0, n).Sum(r =>
                Math.Log2((double)generalised.Count(x => x[a] == generalised[r][a]) / rows.Count(x => x[a] == rows[r][a])))
                + suppressedRows.GroupBy(r => generalised[r][a]).Sum(g => g.Count() * Math.Log2((double)suppressedRows.Count / g.Count())))),
            _ => throw new ArgumentOutOfRangeException(nameof(metric)),
        };
        return (meets, suppressedRows.Count, score);
    }

    private static double Floor10(double value) => Math.Floor(value * 1e10) / 1e10;

    [Fact]
    public void Metrics_of_one_node_equal_a_hand_calculation()
    {
        // Six records; node a:1 (A/B), b:0, c:0; k = 2, no suppression needed for classes of 2:
        // (A,b1,1) ×2, (B,b1,5) ×2, (A,b2,3) ×1, (B,b2,6) ×1  → the last two are suppressed (2 of 6, limit 1/3).
        var table = Table.FromRows("hand.csv", ["a", "b", "c"], new IReadOnlyList<string?>[]
        {
            ["a1", "b1", "1"], ["a2", "b1", "1"], ["a3", "b1", "5"], ["a4", "b1", "5"], ["a1", "b2", "3"], ["a3", "b2", "6"],
        });
        var (evaluation, loss) = OptimalSearch.Evaluate(table, Settings(2, 1d / 3, InformationLossMetric.Loss), new Transformation(["a", "b", "c"], [1, 0, 0]));
        Assert.True(evaluation.MeetsTargets);
        Assert.Equal(2, evaluation.SuppressedRecords);
        Assert.Equal(2, evaluation.ClassCount);
        // Loss: a: 4 kept records at "A"/"B" (2 leaves of 4: 1/3 each) + 2 suppressed (1) = (4/3 + 2) / 6 = 5/9;
        // b and c: kept at level 0 (0) + 2 suppressed = 2/6 = 1/3. ARX's aggregate: ((14/9)(4/3)(4/3))^(1/3) − 1.
        Assert.Equal(Math.Cbrt(14d / 9 * 16 / 9) - 1, loss.Overall(InformationLossMetric.Loss), 9);
        Assert.Equal(5d / 9, loss.PerAttribute(InformationLossMetric.Loss)[0], 9);
        // Precision: a: (4 × 1/2 + 2) / 6 = 2/3; b, c: 2/6. Mean = (2/3 + 1/3 + 1/3) / 3 = 4/9.
        Assert.Equal(4d / 9, loss.Overall(InformationLossMetric.Precision), 12);
        // Discernibility: 2² + 2² + 2 × 6 = 20. AECS: 6 / (2 classes + 1 suppressed group) = 2. Height: 1.
        Assert.Equal(20, loss.Overall(InformationLossMetric.Discernibility));
        Assert.Equal(2, loss.Overall(InformationLossMetric.AverageClassSize));
        Assert.Equal(1, loss.Overall(InformationLossMetric.Height));
        Tolerance.AssertClose(0.5, evaluation.HighestProsecutorRisk);
        Tolerance.AssertClose(0.5, evaluation.AverageProsecutorRisk);
    }

    [Fact]
    public void Results_do_not_depend_on_the_quasi_identifier_order_or_thread_scheduling()
    {
        var table = RandomTable(9, 60);
        var first = OptimalSearch.Run(table, Settings(3, 0.05, InformationLossMetric.Loss));
        var again = OptimalSearch.Run(table, Settings(3, 0.05, InformationLossMetric.Loss));
        Assert.Equal(first.Evaluated.Select(e => e.Transformation.ToString() + e.Score(InformationLossMetric.Loss)), again.Evaluated.Select(e => e.Transformation.ToString() + e.Score(InformationLossMetric.Loss)));
        var reordered = Settings(3, 0.05, InformationLossMetric.Loss) with { QuasiIdentifiers = ["c", "a", "b"] };
        var other = OptimalSearch.Run(table, reordered);
        Assert.Equal(first.Optimum!.Score(InformationLossMetric.Loss), other.Optimum!.Score(InformationLossMetric.Loss), 12);
        Assert.Equal(first.Optimum.Transformation.LevelOf("c"), other.Optimum.Transformation.LevelOf("c"));
    }

    [Fact]
    public void No_transformation_meets_an_impossible_target()
    {
        var table = RandomTable(3, 10);
        var result = OptimalSearch.Run(table, Settings(11, 0, InformationLossMetric.Loss));
        Assert.Null(result.Optimum);
        Assert.All(result.Evaluated, e => Assert.False(e.MeetsTargets));
    }
}
