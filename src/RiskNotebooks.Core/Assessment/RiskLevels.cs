namespace RiskNotebooks.Assessment;

/// <summary>Names, numbers and arithmetic of <see cref="RiskLevel"/>.</summary>
public static class RiskLevels
{
    /// <summary>The four levels, from negligible to maximum.</summary>
    public static IReadOnlyList<RiskLevel> All { get; } = [RiskLevel.Negligible, RiskLevel.Limited, RiskLevel.Significant, RiskLevel.Maximum];

    /// <summary>The level's name as files and JSON output write it: <c>negligible</c>, <c>limited</c>, <c>significant</c>, <c>maximum</c>.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The lower-case name.</returns>
    public static string Name(this RiskLevel level) => level switch
    {
        RiskLevel.Negligible => "negligible",
        RiskLevel.Limited => "limited",
        RiskLevel.Significant => "significant",
        RiskLevel.Maximum => "maximum",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Not a risk level."),
    };

    /// <summary>The level's number, 1 (negligible) to 4 (maximum).</summary>
    /// <param name="level">The level.</param>
    /// <returns>1–4.</returns>
    public static int Number(this RiskLevel level) => (int)RequireDefined(level);

    /// <summary>The level of a name written as <see cref="Name"/> gives it (case-insensitive), or <see langword="null"/>.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The level, or <see langword="null"/> when the name is not one.</returns>
    public static RiskLevel? TryParse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "negligible" => RiskLevel.Negligible,
        "limited" => RiskLevel.Limited,
        "significant" or "important" => RiskLevel.Significant,
        "maximum" => RiskLevel.Maximum,
        _ => null,
    };

    /// <summary>The level <paramref name="steps"/> higher (or lower, when negative), kept within negligible–maximum.</summary>
    /// <param name="level">The level.</param>
    /// <param name="steps">How many levels to move.</param>
    /// <returns>The moved level.</returns>
    public static RiskLevel Raise(this RiskLevel level, int steps)
        => (RiskLevel)Math.Clamp((int)RequireDefined(level) + steps, (int)RiskLevel.Negligible, (int)RiskLevel.Maximum);

    /// <summary>The higher of two levels.</summary>
    /// <param name="a">One level.</param>
    /// <param name="b">The other.</param>
    /// <returns>The higher.</returns>
    public static RiskLevel Max(RiskLevel a, RiskLevel b) => (RiskLevel)Math.Max((int)RequireDefined(a), (int)RequireDefined(b));

    internal static RiskLevel RequireDefined(RiskLevel level, string? name = null)
        => level is >= RiskLevel.Negligible and <= RiskLevel.Maximum
            ? level
            : throw new ArgumentOutOfRangeException(name ?? nameof(level), level, "Not a risk level (1-4).");
}
