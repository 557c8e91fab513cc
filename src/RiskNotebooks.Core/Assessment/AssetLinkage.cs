namespace RiskNotebooks.Assessment;

/// <summary>
/// Assets of an assessment that hold the same people and can be joined (a shared key, a pseudonym, the same phone
/// number): a person in any of them is exposed through all of them.
/// </summary>
/// <remarks>
/// <para>For each linked asset the evaluation combines P(re-id | attempt) over the asset and every asset it is linked
/// with: 1 − Π(1 − pᵢ). The attacker needs to single the person out in only one of the assets; the link then carries the
/// identity to the others. The product treats the routes as independent, which is the usual assumption when the assets
/// hold different attributes (a registry's demographics, a phone's places); when they share quasi-identifiers the routes
/// are positively correlated and the combined figure errs on the cautious side. The combined figure is never below the
/// largest pᵢ.</para>
/// <para>Immutable; equality is by reference.</para>
/// </remarks>
public sealed class AssetLinkage
{
    /// <summary>Creates a linkage.</summary>
    /// <param name="assetIds">The ids of the linked assets: at least two, all different.</param>
    /// <param name="basis">How the assets can be joined (required).</param>
    /// <exception cref="InvalidOptionException">Fewer than two distinct ids, or a blank basis.</exception>
    public AssetLinkage(IEnumerable<string> assetIds, string basis)
    {
        ArgumentNullException.ThrowIfNull(assetIds);
        var ids = assetIds.Select(i => i?.Trim() ?? string.Empty).ToArray();
        if (ids.Any(i => i.Length == 0))
        {
            throw new InvalidOptionException("linkage[].assets", "an asset id is blank.");
        }

        if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Length)
        {
            throw new InvalidOptionException("linkage[].assets", "an asset is listed twice in the same linkage.");
        }

        AssetIds = ids.Length >= 2 ? ids : throw new InvalidOptionException("linkage[].assets", "a linkage joins at least two assets.");
        Basis = string.IsNullOrWhiteSpace(basis)
            ? throw new InvalidOptionException("linkage[].basis", "a linkage needs its basis: how the assets can be joined.")
            : basis.Trim();
    }

    /// <summary>The linked assets' ids.</summary>
    public IReadOnlyList<string> AssetIds { get; }

    /// <summary>How the assets can be joined, in words.</summary>
    public string Basis { get; }

    /// <summary>Whether the linkage joins an asset.</summary>
    /// <param name="assetId">The asset's id.</param>
    /// <returns><see langword="true"/> when the asset is one of <see cref="AssetIds"/>.</returns>
    public bool Links(string assetId) => AssetIds.Contains(assetId, StringComparer.Ordinal);

    /// <summary>The probability that at least one of independent attempts succeeds: 1 − Π(1 − pᵢ).</summary>
    /// <param name="probabilities">The pᵢ, each in [0, 1].</param>
    /// <returns>The combined probability, in [max pᵢ, 1].</returns>
    public static double Combine(IEnumerable<double> probabilities)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        var none = 1d;
        var largest = 0d;
        foreach (var p in probabilities)
        {
            Preconditions.CheckProbability(p, nameof(probabilities));
            none *= 1 - p;
            largest = Math.Max(largest, p);
        }

        return Math.Clamp(1 - none, largest, 1d);
    }
}
