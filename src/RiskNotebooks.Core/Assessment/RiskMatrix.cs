namespace RiskNotebooks.Assessment;

/// <summary>
/// The 4 × 4 risk matrix of an assessment as data to draw: every cell with its zone, a marker per asset and stage (and
/// for the whole assessment), and an arrow from initial to residual.
/// </summary>
public sealed class RiskMatrix
{
    internal RiskMatrix(IReadOnlyList<RiskMarker> markers, IReadOnlyList<RiskArrow> arrows)
    {
        Markers = markers;
        Arrows = arrows;
    }

    /// <summary>All sixteen cells (harm major, likelihood minor), each with its level and zone for colouring.</summary>
    public IReadOnlyList<RiskCell> Cells => RiskCell.All;

    /// <summary>The markers: the whole assessment first (initial, residual), then each asset.</summary>
    public IReadOnlyList<RiskMarker> Markers { get; }

    /// <summary>The arrows from initial to residual: the whole assessment first, then each asset.</summary>
    public IReadOnlyList<RiskArrow> Arrows { get; }
}
