namespace RiskNotebooks.Registry.Diversity;

/// <summary>
/// The ground distance between two values of a sensitive attribute, on which t-closeness measures the earth mover's distance
/// (Li, Li and Venkatasubramanian 2007; ARX's <c>EqualDistanceTCloseness</c> and <c>OrderedDistanceTCloseness</c>).
/// </summary>
public enum GroundDistance
{
    /// <summary>
    /// Every two different values are at distance 1: for categorical attributes. The earth mover's distance is then
    /// ½ Σ_i |p_i − q_i| over all values i.
    /// </summary>
    Equal,

    /// <summary>
    /// Values are ranked 1..m and two values are at distance |rank difference| / (m − 1): for numeric and ordinal attributes.
    /// The earth mover's distance is then (1 / (m − 1)) Σ_i |Σ_{j ≤ i} (p_j − q_j)|.
    /// </summary>
    Ordered,
}
