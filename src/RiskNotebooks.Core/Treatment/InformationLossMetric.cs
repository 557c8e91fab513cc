namespace RiskNotebooks.Treatment;

/// <summary>How the information lost by a transformation is scored (ARX's metrics; definitions in docs/methods.md).</summary>
public enum InformationLossMetric
{
    /// <summary>Iyengar's generalised loss: per value, (leaves under its generalisation − 1) / (leaves of the domain − 1); suppressed cells lose 1. ARX's default.</summary>
    Loss,

    /// <summary>Sweeney's precision: per value, its level / the hierarchy's highest level; suppressed cells lose 1.</summary>
    Precision,

    /// <summary>Discernibility (Bayardo and Agrawal): Σ over released classes of size², plus n for each suppressed record.</summary>
    Discernibility,

    /// <summary>Non-uniform entropy (de Waal and Willenborg): Σ over cells of log2(frequency of the generalised value / frequency of the original value).</summary>
    NonUniformEntropy,

    /// <summary>Average equivalence class size (LeFevre et al.): records / classes.</summary>
    AverageClassSize,

    /// <summary>The sum of the generalisation levels (the node's height in the lattice).</summary>
    Height,
}
