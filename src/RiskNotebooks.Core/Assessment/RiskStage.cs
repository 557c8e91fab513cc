namespace RiskNotebooks.Assessment;

/// <summary>The two moments a risk is assessed at (CNIL: existing measures, then with the planned ones).</summary>
public enum RiskStage
{
    /// <summary>With the controls in place and the data as they are.</summary>
    Initial,

    /// <summary>With the planned controls and planned data measures added.</summary>
    Residual,
}
