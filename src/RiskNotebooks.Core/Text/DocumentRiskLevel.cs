namespace RiskNotebooks.Text;

/// <summary>How likely it is that a document's subject is re-identified by someone who reads it.</summary>
public enum DocumentRiskLevel
{
    /// <summary>No direct identifier and at most one kind of quasi-identifier.</summary>
    Low,

    /// <summary>No direct identifier; two kinds of quasi-identifier (a place and a date, say).</summary>
    Medium,

    /// <summary>No direct identifier, but three or more kinds of quasi-identifier together, or a rare occupation with another.</summary>
    High,

    /// <summary>At least one direct identifier (a name, a personnummer, a phone number, ...): the person is identified.</summary>
    Identified,
}
