namespace RiskNotebooks.Assessment;

/// <summary>
/// Where the data are used and who can reach them: the setting fixes which threat paths exist and, for a public release,
/// that an attempt at re-identification must be assumed certain.
/// </summary>
/// <remarks>
/// El Emam &amp; Arbuckle, <i>Anonymizing Health Data</i> (O'Reilly 2013), ch. 2, and the IPC Ontario
/// <i>De-identification Guidelines for Structured Data</i> (2016): for a public release P(attempt) = 1 and the maximum
/// (highest) risk is the measure; for non-public releases P(attempt) depends on the controls, and the average risk is the
/// measure.
/// </remarks>
public enum ReleaseSetting
{
    /// <summary>Published for anyone to download: every recipient may try, and no control can stop them.</summary>
    PublicRelease,

    /// <summary>A copy is shared with named recipients under an agreement; it leaves the controller's environment.</summary>
    SharedUnderAgreement,

    /// <summary>Analysed in a controlled secure environment (a "trusted research environment"); only results leave.</summary>
    SecureEnclave,

    /// <summary>Used inside the controller's own organisation, by its own staff.</summary>
    Internal,
}
