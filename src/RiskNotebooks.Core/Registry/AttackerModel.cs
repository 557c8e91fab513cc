namespace RiskNotebooks.Registry;

/// <summary>Who tries to re-identify, and what they know (El Emam's attacker models, as in ARX).</summary>
public enum AttackerModel
{
    /// <summary>Knows that the target is in the data set: risk 1/f_c.</summary>
    Prosecutor,

    /// <summary>Does not know whether the target is in the data set, links it to a population register: risk 1/F_c.</summary>
    Journalist,

    /// <summary>Wants to re-identify as many records as possible, not one target: expected share re-identified.</summary>
    Marketer,
}
