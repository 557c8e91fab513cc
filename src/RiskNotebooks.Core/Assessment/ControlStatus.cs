namespace RiskNotebooks.Assessment;

/// <summary>Whether a control exists: initial risk counts controls in place, residual risk also the planned ones.</summary>
public enum ControlStatus
{
    /// <summary>Not there and not planned.</summary>
    Absent,

    /// <summary>Decided and planned, not yet working.</summary>
    Planned,

    /// <summary>In place and working.</summary>
    InPlace,
}
