namespace RiskNotebooks.Treatment;

/// <summary>The outcome of the optimal search: the least-loss transformation that meets the targets, and every transformation evaluated (the frontier).</summary>
public sealed class AnonymizationResult
{
    private readonly Func<TransformationEvaluation, TransformationEvaluation, bool> better;

    internal AnonymizationResult(AnonymizationSettings settings, IReadOnlyList<int> heights, TransformationEvaluation original, TransformationEvaluation? optimum, InformationLoss? optimumLoss, IReadOnlyList<TransformationEvaluation> evaluated, long tied, Func<TransformationEvaluation, TransformationEvaluation, bool> better, long nodeCount)
    {
        NodeCount = nodeCount;
        this.better = better;
        Settings = settings;
        Heights = heights;
        Original = original;
        Optimum = optimum;
        OptimumLoss = optimumLoss;
        Evaluated = evaluated;
        TiedWithOptimum = tied;
    }

    /// <summary>The settings searched with.</summary>
    public AnonymizationSettings Settings { get; }

    /// <summary>The number of levels of each quasi-identifier's hierarchy, in order.</summary>
    public IReadOnlyList<int> Heights { get; }

    /// <summary>The untransformed table (every quasi-identifier at level 0), measured against the same targets.</summary>
    public TransformationEvaluation Original { get; }

    /// <summary>The least-loss transformation that meets the targets, or <see langword="null"/> when none does (not even full generalisation within the suppression limit).</summary>
    public TransformationEvaluation? Optimum { get; }

    /// <summary>The optimum's information loss in every metric, per quasi-identifier.</summary>
    public InformationLoss? OptimumLoss { get; }

    /// <summary>
    /// The nodes evaluated: whether each meets the targets, its risks and its scores. Every node of the lattice with
    /// <see cref="AnonymizationSettings.EveryNode"/>; otherwise those whose score with nothing suppressed does not exceed
    /// the optimum's (the others cannot be the optimum), the bottom always among them.
    /// </summary>
    public IReadOnlyList<TransformationEvaluation> Evaluated { get; }

    /// <summary>The number of nodes of the lattice searched (within <see cref="AnonymizationSettings.MaximumLevels"/>).</summary>
    public long NodeCount { get; }

    /// <summary>
    /// The optimum under a smaller suppression limit, from the same evaluations: a transformation that meets the targets
    /// suppresses the fewest records it can, whatever the limit, so it meets them under a smaller limit exactly when it
    /// suppresses no more than that limit allows. (The trade-off between suppression and loss, without searching again.)
    /// </summary>
    /// <param name="suppressionLimit">A limit in [0, the searched limit]; below it, the search must have evaluated every node.</param>
    /// <returns>The optimum, or <see langword="null"/> when none meets the targets within that limit.</returns>
    public TransformationEvaluation? OptimumWithin(double suppressionLimit)
    {
        if (!(suppressionLimit >= 0 && suppressionLimit <= Settings.SuppressionLimit))
        {
            throw new ArgumentOutOfRangeException(nameof(suppressionLimit), $"the search allowed at most {Settings.SuppressionLimit}.");
        }

        if (!Settings.EveryNode && suppressionLimit < Settings.SuppressionLimit)
        {
            throw new InvalidOperationException("Under a smaller suppression limit the optimum may be a node the search skipped: search with EveryNode.");
        }

        var allowed = (Settings with { SuppressionLimit = suppressionLimit }).MaximumSuppressed(Original.RecordCount);
        TransformationEvaluation? best = null;
        foreach (var e in Evaluated)
        {
            if (e.MeetsTargets && e.SuppressedRecords <= allowed && (best is null || better(e, best)))
            {
                best = e;
            }
        }

        return best;
    }

    /// <summary>How many other transformations that meet the targets have exactly the optimum's score (resolved by the documented tie-break).</summary>
    public long TiedWithOptimum { get; }
}
