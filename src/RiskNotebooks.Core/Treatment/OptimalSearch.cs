using RiskNotebooks.Data;

namespace RiskNotebooks.Treatment;

/// <summary>
/// Finds the full-domain generalisation (with record suppression) of least information loss that meets the targets: the
/// exact optimum over the whole generalisation lattice.
/// </summary>
/// <remarks>
/// <para><b>Exact.</b> Every node of the lattice is evaluated, each rolled up from the node one level below it on a
/// spanning tree (parent = the node with its last raised quasi-identifier one level lower), so the work per node is the
/// number of classes of its parent rather than the number of records, and memory holds only one path of the tree. The
/// targets' monotonicity (a node that meets k-anonymity within the suppression limit has successors that do too) is not
/// needed for correctness, because no node is skipped: with suppression, the loss metrics are not monotone, and pruning by
/// them could miss the optimum.</para>
/// <para><b>Ties</b> are broken deterministically, the way ARX 3.9.2 breaks them (it keeps the first optimum its search
/// meets): the lower score, then the lower sum of levels, then the lower mean relative level (Σ level/(height − 1) / q),
/// then the higher mean share of distinct values kept, then the node number with the last quasi-identifier most significant.</para>
/// </remarks>
public static class OptimalSearch
{
    /// <summary>Runs the search.</summary>
    /// <param name="table">The table.</param>
    /// <param name="settings">Quasi-identifiers with hierarchies, targets, suppression limit and metric.</param>
    /// <param name="cancellationToken">Stops a long search.</param>
    /// <returns>The optimum and every evaluated transformation.</returns>
    public static AnonymizationResult Run(Table table, AnonymizationSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(settings);
        return Run(new GeneralizationLattice(table, settings, cancellationToken), cancellationToken);
    }

    /// <summary>Runs the search on a prepared table (shared with the release that follows).</summary>
    internal static AnonymizationResult Run(GeneralizationLattice lattice, CancellationToken cancellationToken)
    {
        var settings = lattice.Settings;
        var evaluated = Traverse(lattice, settings.Metric == InformationLossMetric.NonUniformEntropy, cancellationToken);

        var metric = settings.Metric;
        var order = lattice.VisitOrder();
        TransformationEvaluation? best = null;
        foreach (var e in evaluated)
        {
            if (e.MeetsTargets && (best is null || Better(order, e, best, metric)))
            {
                best = e;
            }
        }

        InformationLoss? loss = null;
        long tied = 0;
        if (best is not null)
        {
            var levels = lattice.ToInternal(best.Transformation.Levels);
            var detail = new InformationLoss[1];
            lattice.Evaluate(lattice.ClassesOf(levels, entropy: true), levels, null, detail);
            loss = detail[0];
            var score = best.Score(metric);
            tied = evaluated.Count(e => e.MeetsTargets && e.Score(metric) == score) - 1;
        }

        return new AnonymizationResult(settings, lattice.UserHeights, evaluated[0], best, loss, evaluated, tied, (a, b) => Better(order, a, b, metric));
    }

    /// <summary>
    /// Evaluates every node. The lattice is cut into independent parts by the levels of the first two (internal)
    /// quasi-identifiers; each part starts from its own root and is walked depth-first, the parts in parallel. The result
    /// is in a fixed order (the bottom first, then by levels in the settings' order), whatever the thread count.
    /// </summary>
    private static List<TransformationEvaluation> Traverse(GeneralizationLattice lattice, bool entropy, CancellationToken cancellationToken)
    {
        var split = Math.Min(2, lattice.Dimensions);
        var roots = new List<int[]>();
        void Roots(int[] prefix, int i)
        {
            if (i == split)
            {
                roots.Add([.. prefix]);
                return;
            }

            for (var l = 0; l < lattice.SearchHeights[i]; l++)
            {
                prefix[i] = l;
                Roots(prefix, i + 1);
            }
        }

        Roots(new int[lattice.Dimensions], 0);

        // The roots' classes, each rolled up from an earlier root (one level lower in its last raised dimension), so the
        // large classes near the bottom are regrouped once, not once per part.
        var rootSets = new ClassSet[roots.Count];
        var index = roots.Select((levels, i) => (Key: string.Join(",", levels), i)).ToDictionary(p => p.Key, p => p.i);
        for (var r = 0; r < roots.Count; r++)
        {
            var levels = roots[r];
            var last = Array.FindLastIndex(levels, l => l > 0);
            if (last < 0)
            {
                rootSets[r] = lattice.Bottom;
                continue;
            }

            var parent = (int[])levels.Clone();
            parent[last]--;
            rootSets[r] = lattice.RollUp(rootSets[index[string.Join(",", parent)]], parent, last, entropy);
        }

        var parts = new List<TransformationEvaluation>[roots.Count];
        Parallel.For(0, roots.Count, new ParallelOptions { CancellationToken = cancellationToken }, p =>
        {
            var levels = (int[])roots[p].Clone();
            var list = new List<TransformationEvaluation>();
            Visit(lattice, rootSets[p], levels, split, entropy, list, cancellationToken);
            parts[p] = list;
        });

        var all = parts.SelectMany(p => p).ToList();
        var heights = lattice.ToUser(lattice.SearchHeights);
        all.Sort((a, b) => Index(a.Transformation.Levels, heights).CompareTo(Index(b.Transformation.Levels, heights)));
        return all;
    }

    private static long Index(IReadOnlyList<int> levels, int[] heights)
    {
        long index = 0;
        for (var i = 0; i < levels.Count; i++)
        {
            index = (index * heights[i]) + levels[i];
        }

        return index;
    }

    /// <summary>Measures one transformation (no search).</summary>
    /// <param name="table">The table.</param>
    /// <param name="settings">Quasi-identifiers with hierarchies, targets and suppression limit.</param>
    /// <param name="transformation">The levels to apply.</param>
    /// <param name="cancellationToken">Stops a long computation.</param>
    /// <returns>The evaluation and its information loss per attribute.</returns>
    public static (TransformationEvaluation Evaluation, InformationLoss Loss) Evaluate(Table table, AnonymizationSettings settings, Transformation transformation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transformation);
        var lattice = new GeneralizationLattice(table, settings, cancellationToken);
        CheckLevels(lattice, transformation, "--generalize");
        var detail = new InformationLoss[1];
        var levels = lattice.ToInternal(transformation.Levels);
        var evaluation = lattice.Evaluate(lattice.ClassesOf(levels, entropy: true), levels, null, detail);
        return (evaluation, detail[0]);
    }

    internal static void CheckLevels(GeneralizationLattice lattice, Transformation transformation, string optionName)
    {
        var heights = lattice.UserHeights;
        for (var i = 0; i < lattice.Dimensions; i++)
        {
            if (transformation.Levels[i] >= heights[i])
            {
                throw new InvalidOptionException(optionName, $"'{transformation.QuasiIdentifiers[i]}' has levels 0 to {heights[i] - 1} in its hierarchy.");
            }
        }
    }

    private static bool Better(Func<IReadOnlyList<int>, (double RelativeLevel, double DistinctKept)> order, TransformationEvaluation a, TransformationEvaluation b, InformationLossMetric metric)
    {
        var sa = a.Score(metric);
        var sb = b.Score(metric);
        if (sa != sb)
        {
            return sa < sb;
        }

        if (a.Transformation.LevelSum != b.Transformation.LevelSum)
        {
            return a.Transformation.LevelSum < b.Transformation.LevelSum;
        }

        var (relativeA, keptA) = order(a.Transformation.Levels);
        var (relativeB, keptB) = order(b.Transformation.Levels);
        // Means of different terms: equal up to rounding counts as equal.
        if (Math.Abs(relativeA - relativeB) > 1e-12)
        {
            return relativeA < relativeB;
        }

        if (Math.Abs(keptA - keptB) > 1e-12)
        {
            return keptA > keptB;
        }

        // Last: ARX's node numbering, in which the last quasi-identifier's level weighs most.
        for (var i = a.Transformation.Levels.Count - 1; i >= 0; i--)
        {
            if (a.Transformation.Levels[i] != b.Transformation.Levels[i])
            {
                return a.Transformation.Levels[i] < b.Transformation.Levels[i];
            }
        }

        return false;
    }

    /// <summary>Depth-first over the spanning tree: the children of a node raise a quasi-identifier at or after its last raised one.</summary>
    private static void Visit(GeneralizationLattice lattice, ClassSet classes, int[] levels, int from, bool entropy, List<TransformationEvaluation> evaluated, CancellationToken cancellationToken)
    {
        evaluated.Add(lattice.Evaluate(classes, levels));
        if ((evaluated.Count & 0xFF) == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        for (var i = from; i < lattice.Dimensions; i++)
        {
            if (levels[i] + 1 < lattice.SearchHeights[i])
            {
                var child = lattice.RollUp(classes, levels, i, entropy);
                levels[i]++;
                Visit(lattice, child, levels, i, entropy, evaluated, cancellationToken);
                levels[i]--;
            }
        }
    }
}
