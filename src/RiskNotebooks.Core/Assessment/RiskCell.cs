namespace RiskNotebooks.Assessment;

/// <summary>A cell of the 4 × 4 risk matrix: harm (severity) × likelihood, with the risk level and zone they make.</summary>
/// <remarks>
/// <para>Risk = harm × probability. On the 1–4 scale the risk level is the geometric mean √(harm × likelihood) rounded to the
/// nearest level, so that it stays on the same scale and neither axis dominates; it never falls exactly half-way.
/// For example maximum harm (4) with negligible likelihood (1) is a limited risk (√4 = 2), maximum with significant
/// (√12 ≈ 3.46) a significant one.</para>
/// <para>The zone follows the CNIL's rule (see <see cref="RiskZone"/>). Cells are equal when harm and likelihood are.</para>
/// </remarks>
public readonly record struct RiskCell
{
    /// <summary>Creates a cell.</summary>
    /// <param name="harm">The harm (severity) level.</param>
    /// <param name="likelihood">The likelihood level.</param>
    public RiskCell(RiskLevel harm, RiskLevel likelihood)
    {
        Harm = RiskLevels.RequireDefined(harm, nameof(harm));
        Likelihood = RiskLevels.RequireDefined(likelihood, nameof(likelihood));
    }

    /// <summary>The harm level (the matrix's vertical axis in the CNIL's map).</summary>
    public RiskLevel Harm { get; }

    /// <summary>The likelihood level (the horizontal axis).</summary>
    public RiskLevel Likelihood { get; }

    /// <summary>The risk level: √(harm × likelihood), rounded.</summary>
    public RiskLevel Level => (RiskLevel)(int)Math.Round(Math.Sqrt((int)Harm * (int)Likelihood));

    /// <summary>The zone.</summary>
    public RiskZone Zone => (Harm >= RiskLevel.Significant, Likelihood >= RiskLevel.Significant) switch
    {
        (true, true) => RiskZone.AvoidAbsolutely,
        (true, false) => RiskZone.AvoidOrReduce,
        (false, true) => RiskZone.ReduceLikelihood,
        _ => RiskZone.Acceptable,
    };

    /// <summary>What the zone asks for, in a sentence.</summary>
    public string Advice => Zone switch
    {
        RiskZone.AvoidAbsolutely => "High severity and likelihood: must absolutely be avoided or reduced, by measures on both severity and likelihood.",
        RiskZone.AvoidOrReduce => "High severity, low likelihood: avoid or reduce, by measures on severity or likelihood; emphasis on prevention.",
        RiskZone.ReduceLikelihood => "Low severity, high likelihood: reduce the likelihood; emphasis on recovery measures.",
        _ => "Low severity and likelihood: the risk may be taken.",
    };

    /// <summary>Every cell of the matrix, harm major (negligible harm first), likelihood minor.</summary>
    public static IReadOnlyList<RiskCell> All { get; } = RiskLevels.All.SelectMany(h => RiskLevels.All.Select(l => new RiskCell(h, l))).ToArray();

    /// <inheritdoc/>
    public override string ToString() => $"harm {Harm.Name()} × likelihood {Likelihood.Name()} = {Level.Name()} risk";
}
