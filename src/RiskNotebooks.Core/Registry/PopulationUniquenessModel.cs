namespace RiskNotebooks.Registry;

/// <summary>A model that estimates population uniqueness from the sample's class-size histogram.</summary>
public enum PopulationUniquenessModel
{
    /// <summary>No model was needed: the sample has no uniques, so every model gives 0.</summary>
    None,

    /// <summary>Zayatz (1991).</summary>
    Zayatz,

    /// <summary>Pitman (1996), as applied by Hoshino (2001).</summary>
    Pitman,

    /// <summary>The slide negative binomial model (Chen &amp; Keller-McNulty 1998).</summary>
    Snb,
}
