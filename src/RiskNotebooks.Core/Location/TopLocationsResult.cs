namespace RiskNotebooks.Location;

/// <summary>Uniqueness of users by their N most visited places (Zang and Bolot).</summary>
public sealed class TopLocationsResult
{
    private readonly int[] setSizes;

    internal TopLocationsResult(int n, SpatialResolution spatial, int[] setSizes)
    {
        N = n;
        Spatial = spatial;
        this.setSizes = setSizes;
        foreach (var size in setSizes)
        {
            if (size == 0)
            {
                TooFewPlacesUsers++;
            }
            else
            {
                EligibleUsers++;
                UniqueUsers += size == 1 ? 1 : 0;
            }
        }
    }

    /// <summary>N, the number of top places.</summary>
    public int N { get; }

    /// <summary>The resolution of the places.</summary>
    public SpatialResolution Spatial { get; }

    /// <summary>Users with at least N distinct places.</summary>
    public int EligibleUsers { get; }

    /// <summary>Users with fewer than N distinct places: reported apart, not in the share.</summary>
    public int TooFewPlacesUsers { get; }

    /// <summary>Eligible users whose set of N top places no other user has.</summary>
    public int UniqueUsers { get; }

    /// <summary>The share of eligible users unique by their N top places; NaN when none is eligible.</summary>
    public double Uniqueness => EligibleUsers == 0 ? double.NaN : (double)UniqueUsers / EligibleUsers;

    /// <summary>For one user, how many users share its set of N top places (itself included); 0 when it has fewer places.</summary>
    /// <param name="user">The user index.</param>
    /// <returns>The anonymity set size.</returns>
    public int AnonymitySetOf(int user) => setSizes[user];
}
