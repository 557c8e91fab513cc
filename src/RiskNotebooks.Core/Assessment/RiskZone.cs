namespace RiskNotebooks.Assessment;

/// <summary>
/// The zone of a risk-matrix cell and what must be done about it, after the CNIL's methodology (2012, risk study): a
/// severity or likelihood is "high" when it is significant or maximum.
/// </summary>
public enum RiskZone
{
    /// <summary>1: low severity and low likelihood: the risk may be taken.</summary>
    Acceptable = 1,

    /// <summary>2: low severity, high likelihood: reduce the likelihood (emphasis on recovery measures).</summary>
    ReduceLikelihood = 2,

    /// <summary>3: high severity, low likelihood: avoid or reduce, on severity or likelihood (emphasis on prevention).</summary>
    AvoidOrReduce = 3,

    /// <summary>4: high severity and high likelihood: must absolutely be avoided or reduced, on both severity and likelihood.</summary>
    AvoidAbsolutely = 4,
}
