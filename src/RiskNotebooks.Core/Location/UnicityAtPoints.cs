namespace RiskNotebooks.Location;

/// <summary>Unicity for one number of points p: the share of users whose p points match no other user's trace.</summary>
/// <remarks>
/// The estimate is the mean, over users with at least p distinct points, of the share of their p-subsets that are unique
/// (no other trace holds all p points). Users with fewer than p points are counted in <see cref="TooShortUsers"/>, not in
/// the share; their traces still count as traces another user's points could match.
/// </remarks>
public sealed class UnicityAtPoints
{
    internal UnicityAtPoints(int points, int eligibleUsers, int tooShortUsers, double unicity, double low, double high, long draws, long uniqueDraws, int exactUsers, int sampledUsers, int uniqueUsers)
    {
        Points = points;
        EligibleUsers = eligibleUsers;
        TooShortUsers = tooShortUsers;
        Unicity = unicity;
        Low = low;
        High = high;
        Draws = draws;
        UniqueDraws = uniqueDraws;
        ExactUsers = exactUsers;
        SampledUsers = sampledUsers;
        UniqueUsers = uniqueUsers;
    }

    /// <summary>p, the number of points the attacker knows.</summary>
    public int Points { get; }

    /// <summary>Users with at least p distinct points at the resolution.</summary>
    public int EligibleUsers { get; }

    /// <summary>Users with fewer than p distinct points: reported here, left out of the share.</summary>
    public int TooShortUsers { get; }

    /// <summary>The share of eligible users singled out by p points, in [0, 1]; NaN when no user is eligible.</summary>
    public double Unicity { get; }

    /// <summary>The lower bound of the confidence interval (equal to <see cref="Unicity"/> when every user was enumerated).</summary>
    public double Low { get; }

    /// <summary>The upper bound of the confidence interval.</summary>
    public double High { get; }

    /// <summary>Random draws made (sampled users × S).</summary>
    public long Draws { get; }

    /// <summary>Random draws that were unique.</summary>
    public long UniqueDraws { get; }

    /// <summary>Users whose every p-subset was enumerated (exact mode).</summary>
    public int ExactUsers { get; }

    /// <summary>Users estimated from random draws (all eligible users in sampled mode; in exact mode, those above the limit).</summary>
    public int SampledUsers { get; }

    /// <summary>Users with at least one unique draw or subset.</summary>
    public int UniqueUsers { get; }
}
