using System.Globalization;

namespace RiskNotebooks.Assessment;

/// <summary>
/// The cut points that map a probability of re-identification, P(re-id | attempt) × P(attempt), to the four likelihood
/// levels: p ≤ c₁ negligible, c₁ &lt; p ≤ c₂ limited, c₂ &lt; p ≤ c₃ significant, p &gt; c₃ maximum.
/// </summary>
/// <remarks>
/// The defaults 0.05, 0.09 and 0.2 are the re-identification thresholds in use for health data (El Emam &amp; Arbuckle,
/// <i>Anonymizing Health Data</i>, 2013; IPC Ontario 2016): 0.05 (smallest class 20) for the most sensitive public releases,
/// 0.09 (smallest class 11; EMA Policy 0070 and Health Canada for clinical study reports) and 0.2 (smallest class 5).
/// A probability at or under a threshold is accepted there, so a cut point belongs to the lower level.
/// </remarks>
public sealed class LikelihoodScale
{
    /// <summary>Creates a scale.</summary>
    /// <param name="negligibleUpTo">c₁: the largest probability still negligible.</param>
    /// <param name="limitedUpTo">c₂: the largest probability still limited.</param>
    /// <param name="significantUpTo">c₃: the largest probability still significant.</param>
    /// <exception cref="InvalidOptionException">The cut points are not strictly increasing probabilities in (0, 1).</exception>
    public LikelihoodScale(double negligibleUpTo, double limitedUpTo, double significantUpTo)
    {
        double[] cuts = [negligibleUpTo, limitedUpTo, significantUpTo];
        if (cuts.Any(c => double.IsNaN(c) || c <= 0 || c >= 1) || !(negligibleUpTo < limitedUpTo && limitedUpTo < significantUpTo))
        {
            throw new InvalidOptionException("likelihoodCutPoints", "give three strictly increasing probabilities in (0, 1), e.g. 0.05, 0.09, 0.2.");
        }

        CutPoints = cuts;
    }

    /// <summary>0.05, 0.09, 0.2 (see the remarks).</summary>
    public static LikelihoodScale Default { get; } = new(0.05, 0.09, 0.2);

    /// <summary>c₁, c₂, c₃.</summary>
    public IReadOnlyList<double> CutPoints { get; }

    /// <summary>The level of a probability.</summary>
    /// <param name="probability">A probability in [0, 1].</param>
    /// <returns>The likelihood level.</returns>
    public RiskLevel LevelOf(double probability)
    {
        Preconditions.CheckProbability(probability);
        if (probability <= CutPoints[0])
        {
            return RiskLevel.Negligible;
        }

        if (probability <= CutPoints[1])
        {
            return RiskLevel.Limited;
        }

        return probability <= CutPoints[2] ? RiskLevel.Significant : RiskLevel.Maximum;
    }

    /// <summary>The range of probabilities a level covers, in words (e.g. "0.05 &lt; p ≤ 0.09").</summary>
    /// <param name="level">The level.</param>
    /// <returns>The range.</returns>
    public string RangeOf(RiskLevel level) => RiskLevels.RequireDefined(level) switch
    {
        RiskLevel.Negligible => $"p ≤ {F(CutPoints[0])}",
        RiskLevel.Limited => $"{F(CutPoints[0])} < p ≤ {F(CutPoints[1])}",
        RiskLevel.Significant => $"{F(CutPoints[1])} < p ≤ {F(CutPoints[2])}",
        _ => $"p > {F(CutPoints[2])}",
    };

    private static string F(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
