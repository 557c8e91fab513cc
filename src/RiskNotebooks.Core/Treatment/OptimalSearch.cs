using RiskNotebooks.Data;

namespace RiskNotebooks.Treatment;

/// <summary>
/// Finds the full-domain generalisation (with record suppression) of least information loss that meets the targets: the
/// exact optimum over the whole generalisation lattice.
/// </summary>
/// <remarks>
/// <para><b>Exact.</b> The nodes are visited on a spanning tree of the lattice (parent = the node with its last raised
/// quasi-identifier one level lower), each rolled up from its parent, so the work per node is the number of classes of
/// its parent rather than the number of records, and memory holds only one path of the tree. A node is skipped, with its
/// subtree, only when its <i>lower bound</i> (its score with nothing suppressed, see
/// <see cref="GeneralizationLattice.LowerBound"/>) exceeds the best score found so far: suppression only adds loss, and
/// the bound grows along the tree (a level's loss per attribute does not depend on the others), so no skipped node can
/// be the optimum or tie with it. Targets need not be monotone, and with suppression the metrics are not, which is why
/// the pruning is by this bound and not by the targets. The evaluations reported are exactly the nodes whose bound does
/// not exceed the optimum's score (however the threads interleaved), so the result is deterministic;
/// <see cref="AnonymizationSettings.EveryNode"/> evaluates every node.</para>
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
    /// <param name="progress">Receives how many parts of the lattice (walked in parallel) are done; <see langword="null"/> for none.</param>
    /// <returns>The optimum and every evaluated transformation.</returns>
    public static AnonymizationResult Run(Table table, AnonymizationSettings settings, CancellationToken cancellationToken = default, IProgress<AnalysisProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(settings);
        return Run(new GeneralizationLattice(table, settings, cancellationToken), cancellationToken, progress);
    }

    /// <summary>Runs the search on a prepared table (shared with the release that follows).</summary>
    internal static AnonymizationResult Run(GeneralizationLattice lattice, CancellationToken cancellationToken, IProgress<AnalysisProgress>? progress = null)
    {
        var settings = lattice.Settings;
        var metric = settings.Metric;
        var bound = new SharedBound(settings.EveryNode ? null : metric);
        var evaluated = Traverse(lattice, settings.Metric == InformationLossMetric.NonUniformEntropy, bound, progress, cancellationToken);
        if (!settings.EveryNode)
        {
            // What was evaluated depends on when each thread saw the best score; what is reported does not: the nodes
            // whose bound does not exceed the optimum's score (all of them were evaluated, since the best score so far
            // was never below the optimum's).
            var optimum = evaluated.Where(e => e.MeetsTargets).Select(e => e.Score(metric)).DefaultIfEmpty(double.PositiveInfinity).Min();
            evaluated = [.. evaluated.Where(e => !SharedBound.Exceeds(lattice.LowerBound(lattice.ToInternal(e.Transformation.Levels)), optimum))];
        }

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

        return new AnonymizationResult(settings, lattice.UserHeights, evaluated[0], best, loss, evaluated, tied, (a, b) => Better(order, a, b, metric), lattice.NodeCount);
    }

    /// <summary>
    /// Evaluates every node. The lattice is cut into independent parts by the levels of the first two (internal)
    /// quasi-identifiers; each part starts from its own root and is walked depth-first, the parts in parallel. The result
    /// is in a fixed order (the bottom first, then by levels in the settings' order), whatever the thread count.
    /// </summary>
    private static List<TransformationEvaluation> Traverse(GeneralizationLattice lattice, bool entropy, SharedBound bound, IProgress<AnalysisProgress>? progress, CancellationToken cancellationToken)
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
        var steps = ProgressSteps.Start(progress, "anonymisation search", roots.Count);
        Parallel.For(0, roots.Count, new ParallelOptions { CancellationToken = cancellationToken }, p =>
        {
            var levels = (int[])roots[p].Clone();
            var list = new List<TransformationEvaluation>();
            // The bottom is always evaluated (it is the "original" of the result).
            if (p == 0 || !bound.Exceeds(lattice.LowerBound(levels)))
            {
                Visit(lattice, rootSets[p], levels, split, entropy, list, bound, cancellationToken);
            }

            parts[p] = list;
            steps.Advance();
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
        CheckLevels(lattice, transformation, "transformation");
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
    private static void Visit(GeneralizationLattice lattice, ClassSet classes, int[] levels, int from, bool entropy, List<TransformationEvaluation> evaluated, SharedBound bound, CancellationToken cancellationToken)
    {
        var evaluation = lattice.Evaluate(classes, levels);
        evaluated.Add(evaluation);
        if (evaluation.MeetsTargets)
        {
            bound.Offer(evaluation);
        }

        if ((evaluated.Count & 0xFF) == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        for (var i = from; i < lattice.Dimensions; i++)
        {
            if (levels[i] + 1 < lattice.SearchHeights[i])
            {
                levels[i]++;
                // The bound only grows along the tree: a child whose bound exceeds the best score has no better descendant.
                if (!bound.Exceeds(lattice.LowerBound(levels)))
                {
                    levels[i]--;
                    var child = lattice.RollUp(classes, levels, i, entropy);
                    levels[i]++;
                    Visit(lattice, child, levels, i, entropy, evaluated, bound, cancellationToken);
                }

                levels[i]--;
            }
        }
    }

    /// <summary>The best score found so far, shared by the threads; with no metric (every node evaluated) nothing exceeds it.</summary>
    private sealed class SharedBound(InformationLossMetric? metric)
    {
        private double best = double.PositiveInfinity;

        /// <summary>Whether a lower bound exceeds a score by more than rounding (ties are kept: they may win the tie-break).</summary>
        public static bool Exceeds(double lowerBound, double score) => lowerBound > score + (1e-9 * Math.Max(1, Math.Abs(score)));

        public bool Exceeds(double lowerBound) => metric is not null && Exceeds(lowerBound, Volatile.Read(ref best));

        public void Offer(TransformationEvaluation evaluation)
        {
            if (metric is not { } m)
            {
                return;
            }

            var score = evaluation.Score(m);
            var current = Volatile.Read(ref best);
            while (score < current)
            {
                var seen = Interlocked.CompareExchange(ref best, score, current);
                if (seen == current)
                {
                    return;
                }

                current = seen;
            }
        }
    }
}
