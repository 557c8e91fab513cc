namespace RiskNotebooks.Assessment;

/// <summary>An assessor's decision to set the harm of an asset to a level other than the rules derive, with the reason written down.</summary>
public sealed class HarmOverride
{
    /// <summary>Creates an override.</summary>
    /// <param name="level">The level the assessor sets.</param>
    /// <param name="reason">Why, in words: required, because an unexplained override cannot be reviewed.</param>
    /// <exception cref="InvalidOptionException">The reason is missing or blank.</exception>
    public HarmOverride(RiskLevel level, string reason)
    {
        Level = RiskLevels.RequireDefined(level);
        Reason = string.IsNullOrWhiteSpace(reason)
            ? throw new InvalidOptionException("harmOverride.reason", "an override of the harm needs a written reason.")
            : reason.Trim();
    }

    /// <summary>The level set.</summary>
    public RiskLevel Level { get; }

    /// <summary>The assessor's reason.</summary>
    public string Reason { get; }
}
