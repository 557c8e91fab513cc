namespace RiskNotebooks.Registry.Suda;

/// <summary>How much of the total SUDA score one key accounts for, overall and per value. Immutable.</summary>
/// <remarks>
/// With c_j(r) = Σ over record r's MSUs that contain key j of their weight (so that c_j(r) / score(r) is
/// <see cref="SudaResult.ContributionShare"/>): <see cref="Percent"/> = 100 · Σ_r c_j(r) / Σ_r score(r), as sdcMicro's
/// <c>attribute_contributions</c>; the percentages of all keys add up to 100 or more, as an MSU counts for each of its
/// keys. <see cref="LevelPercents"/> splits Σ_r c_j(r) by the record's value of key j, as <c>attribute_level_contributions</c>.
/// </remarks>
public sealed class SudaKeyContribution
{
    private readonly double[] levelPercents;

    internal SudaKeyContribution(string key, double percent, double[] levelPercents)
    {
        Key = key;
        Percent = percent;
        this.levelPercents = levelPercents;
    }

    /// <summary>The key, as the table names it.</summary>
    public string Key { get; }

    /// <summary>The key's contribution to the total score, in percent; 0 when no record scores.</summary>
    public double Percent { get; }

    /// <summary>
    /// The share of the key's contribution that comes from records with each value, in percent, indexed by the column's
    /// code (see <see cref="Data.Column.ValueOf"/>; code 0, missing, is always 0); all 0 when the key contributes nothing.
    /// </summary>
    public IReadOnlyList<double> LevelPercents => levelPercents;
}
