namespace RiskNotebooks.Assessment;

/// <summary>How well a control holds against someone who tries, ordered so that the weakest link is the minimum.</summary>
public enum ControlStrength
{
    /// <summary>No control: a gap on the path.</summary>
    None,

    /// <summary>Weak: present but easily bypassed or poorly implemented.</summary>
    Weak,

    /// <summary>Moderate: works when people follow the rules (organisational controls, as a rule).</summary>
    Moderate,

    /// <summary>Strong: enforced by technology or hard to bypass even deliberately.</summary>
    Strong,
}
