namespace RiskNotebooks.Location;

/// <summary>One run of a scikit-mobility attack: which, with how much background knowledge, at what resolution.</summary>
public sealed record AttackOptions
{
    private static readonly (MobilityAttack Attack, string Name)[] Names =
    [
        (MobilityAttack.Location, "location"),
        (MobilityAttack.LocationSequence, "location-sequence"),
        (MobilityAttack.LocationTime, "location-time"),
        (MobilityAttack.UniqueLocation, "unique-location"),
        (MobilityAttack.LocationFrequency, "location-frequency"),
        (MobilityAttack.LocationProbability, "location-probability"),
        (MobilityAttack.LocationProportion, "location-proportion"),
        (MobilityAttack.HomeWork, "home-work"),
    ];

    private readonly int knowledgeLength = 2;
    private readonly double tolerance;
    private readonly double threshold = 0.2;
    private readonly SpatialResolution spatial = SpatialResolution.Raw;

    /// <summary>The attack (default <see cref="MobilityAttack.Location"/>).</summary>
    public MobilityAttack Attack { get; init; } = MobilityAttack.Location;

    /// <summary>k, the length of the background knowledge, 1 to 64 (default 2; not used by <see cref="MobilityAttack.HomeWork"/>).</summary>
    public int KnowledgeLength
    {
        get => knowledgeLength;
        init => knowledgeLength = value is >= 1 and <= 64 ? value : throw new InvalidOptionException(nameof(KnowledgeLength), "must be from 1 to 64.");
    }

    /// <summary>The time precision of <see cref="MobilityAttack.LocationTime"/> (default <see cref="TimePrecision.Hour"/>).</summary>
    public TimePrecision TimePrecision { get; init; } = TimePrecision.Hour;

    /// <summary>The relative tolerance of the frequency, probability and proportion attacks, in [0, 1] (default 0).</summary>
    public double Tolerance
    {
        get => tolerance;
        init => tolerance = value is >= 0d and <= 1d ? value : throw new InvalidOptionException(nameof(Tolerance), "must be in [0, 1].");
    }

    /// <summary>Documented behaviour (the default) or scikit-mobility's actual numbers.</summary>
    public AttackCompatibility Compatibility { get; init; } = AttackCompatibility.Documented;

    /// <summary>The places compared: raw (the default; scikit-mobility compares exact coordinates) or a coarser grid.</summary>
    public SpatialResolution Spatial { get => spatial; init => spatial = value ?? throw new ArgumentNullException(nameof(value)); }

    /// <summary>Users whose risk is strictly above this are at risk (default 0.2: fewer than 5 compatible users).</summary>
    public double Threshold
    {
        get => threshold;
        init => threshold = value is > 0d and <= 1d ? value : throw new InvalidOptionException(nameof(Threshold), "must be in (0, 1].");
    }

    /// <summary>
    /// Checks that the attack can run at a spatial resolution: scikit-mobility's numbers
    /// (<see cref="AttackCompatibility.ScikitMobility"/>) exist only for its exact coordinates, so only at raw resolution.
    /// </summary>
    /// <param name="spatial">The resolution the places are compared at.</param>
    /// <exception cref="InvalidOptionException">The combination has no meaning (names <c>--compat</c>).</exception>
    public void CheckResolution(SpatialResolution spatial)
    {
        ArgumentNullException.ThrowIfNull(spatial);
        if (Compatibility == AttackCompatibility.ScikitMobility && !spatial.IsRaw)
        {
            throw new InvalidOptionException(nameof(Compatibility), $"scikit-mobility compares places by their exact coordinates: its numbers are reproduced at Spatial raw only, not {spatial}.", nameof(Spatial));
        }
    }

    /// <summary>Whether k matters for this attack (all but home-work).</summary>
    public bool UsesKnowledgeLength => Attack != MobilityAttack.HomeWork;

    /// <summary>The attack's name on the command line and in JSON, e.g. <c>location-sequence</c>.</summary>
    /// <param name="attack">The attack.</param>
    /// <returns>The name.</returns>
    public static string NameOf(MobilityAttack attack) => Array.Find(Names, n => n.Attack == attack).Name;

    /// <summary>Every attack, in scikit-mobility's order.</summary>
    public static IReadOnlyList<MobilityAttack> All { get; } = Names.Select(n => n.Attack).ToArray();

    /// <summary>Parses attack names: a comma-separated list, or <c>all</c>.</summary>
    /// <param name="text">The text, e.g. <c>location,home-work</c>.</param>
    /// <param name="optionName">The option it came from.</param>
    /// <returns>The attacks, in the order given.</returns>
    public static IReadOnlyList<MobilityAttack> ParseAttacks(string text, string optionName = nameof(Attack))
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<MobilityAttack>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var name = part.ToLowerInvariant().Replace('_', '-');
            if (name == "all")
            {
                result.AddRange(All);
                continue;
            }

            var match = Array.FindIndex(Names, n => n.Name == name || n.Name.Replace("-", string.Empty, StringComparison.Ordinal) == name.Replace("-", string.Empty, StringComparison.Ordinal) || n.Attack.ToString().Equals(part, StringComparison.OrdinalIgnoreCase) || (n.Attack + "Attack").Equals(part, StringComparison.OrdinalIgnoreCase));
            if (match < 0)
            {
                throw new InvalidOptionException(optionName, $"unknown attack; use all or any of {string.Join(", ", Names.Select(n => n.Name))}.");
            }

            result.Add(Names[match].Attack);
        }

        return result.Count > 0 ? result.Distinct().ToArray() : throw new InvalidOptionException(optionName, "name at least one attack, or all.");
    }

    /// <summary>Parses a time precision: year, month, day, hour, minute, second (any case).</summary>
    /// <param name="text">The text.</param>
    /// <param name="optionName">The option it came from.</param>
    /// <returns>The precision.</returns>
    public static TimePrecision ParseTimePrecision(string text, string optionName = nameof(TimePrecision))
        => Enum.TryParse<TimePrecision>(text?.Trim(), ignoreCase: true, out var precision) && Enum.IsDefined(precision)
            ? precision
            : throw new InvalidOptionException(optionName, "use year, month, day, hour, minute or second.");

    /// <summary>Parses a compatibility switch: <c>skmob</c> (or <c>scikit-mobility</c>) or <c>none</c>/<c>documented</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="optionName">The option it came from.</param>
    /// <returns>The compatibility.</returns>
    public static AttackCompatibility ParseCompatibility(string text, string optionName = nameof(Compatibility))
        => (text?.Trim().ToLowerInvariant()) switch
        {
            "skmob" or "scikit-mobility" or "scikitmobility" => AttackCompatibility.ScikitMobility,
            "none" or "documented" => AttackCompatibility.Documented,
            _ => throw new InvalidOptionException(optionName, "use skmob (reproduce scikit-mobility's numbers) or none (documented behaviour)."),
        };
}
