namespace RiskNotebooks.Treatment;

/// <summary>What to anonymise and to what standard: the quasi-identifiers with their hierarchies, the targets, the suppression limit and the loss metric.</summary>
/// <remarks>A validated options record: <see cref="Validate"/> is called by every engine entry point before any work.</remarks>
public sealed record AnonymizationSettings
{
    /// <summary>The quasi-identifiers, in order (the lattice's dimensions).</summary>
    public required IReadOnlyList<string> QuasiIdentifiers { get; init; }

    /// <summary>One hierarchy per quasi-identifier, by name.</summary>
    public required IReadOnlyDictionary<string, Hierarchy> Hierarchies { get; init; }

    /// <summary>The targets the release must meet (all of them).</summary>
    public required IReadOnlyList<PrivacyTarget> Targets { get; init; }

    /// <summary>The largest share of records that may be suppressed, in [0, 1]; 0 by default.</summary>
    public double SuppressionLimit { get; init; }

    /// <summary>The information-loss metric the search minimises; <see cref="InformationLossMetric.Loss"/> by default.</summary>
    public InformationLossMetric Metric { get; init; } = InformationLossMetric.Loss;

    /// <summary>The highest level the search may use per quasi-identifier (others: their hierarchy's top), or <see langword="null"/>.</summary>
    public IReadOnlyDictionary<string, int>? MaximumLevels { get; init; }

    /// <summary>
    /// Evaluate every node of the lattice, even those whose score with nothing suppressed already exceeds the optimum's
    /// (the search skips them by default: they cannot be the optimum). Needed for the whole frontier, and for
    /// <see cref="AnonymizationResult.OptimumWithin"/> under a smaller suppression limit.
    /// </summary>
    public bool EveryNode { get; init; }

    /// <summary>The sensitive attribute for l-diversity and t-closeness, or <see langword="null"/>.</summary>
    public string? SensitiveAttribute { get; init; }

    /// <summary>The sensitive attribute's hierarchy, for hierarchical t-closeness.</summary>
    public Hierarchy? SensitiveHierarchy { get; init; }

    /// <summary>Checks the settings against themselves (the table is checked when it is prepared).</summary>
    /// <exception cref="InvalidOptionException">A setting is out of range or inconsistent; the option is named.</exception>
    public void Validate()
    {
        if (QuasiIdentifiers is null || QuasiIdentifiers.Count == 0)
        {
            throw new InvalidOptionException(nameof(QuasiIdentifiers), "name at least one quasi-identifier.");
        }

        if (QuasiIdentifiers.Distinct(StringComparer.Ordinal).Count() != QuasiIdentifiers.Count)
        {
            throw new InvalidOptionException(nameof(QuasiIdentifiers), "a quasi-identifier is named twice.");
        }

        foreach (var qi in QuasiIdentifiers)
        {
            if (Hierarchies is null || !Hierarchies.ContainsKey(qi))
            {
                throw new InvalidOptionException(nameof(Hierarchies), $"no hierarchy for the quasi-identifier '{qi}'.");
            }
        }

        if (Targets is null || Targets.Count == 0)
        {
            throw new InvalidOptionException(nameof(Targets), "name at least one target, for example k=5.");
        }

        foreach (var (name, level) in MaximumLevels ?? new Dictionary<string, int>())
        {
            if (!QuasiIdentifiers.Contains(name, StringComparer.Ordinal) || level < 0)
            {
                throw new InvalidOptionException(nameof(MaximumLevels), $"'{name}' is not a quasi-identifier, or its level is negative.");
            }
        }

        if (!(SuppressionLimit >= 0 && SuppressionLimit <= 1))
        {
            throw new InvalidOptionException(nameof(SuppressionLimit), "the suppression limit is a share in [0, 1], for example 0.05.");
        }

        if (!Enum.IsDefined(Metric))
        {
            throw new InvalidOptionException(nameof(Metric), "unknown metric.");
        }

        if (Targets.Any(t => t.NeedsSensitiveAttribute) && SensitiveAttribute is null)
        {
            throw new InvalidOptionException("SensitiveAttribute", "l-diversity and t-closeness need the sensitive attribute.");
        }

        if (SensitiveAttribute is not null && QuasiIdentifiers.Contains(SensitiveAttribute, StringComparer.Ordinal))
        {
            throw new InvalidOptionException("SensitiveAttribute", $"'{SensitiveAttribute}' is also a quasi-identifier.");
        }

        if (Targets.OfType<TCloseness>().Any(t => t.Hierarchical) && SensitiveHierarchy is null)
        {
            throw new InvalidOptionException(nameof(Hierarchies), $"hierarchical t-closeness needs a hierarchy for the sensitive attribute '{SensitiveAttribute}'.");
        }
    }

    /// <summary>The most records that may be suppressed from <paramref name="records"/>: ⌊limit × n⌋.</summary>
    /// <param name="records">n.</param>
    /// <returns>The count.</returns>
    public long MaximumSuppressed(long records) => (long)Math.Floor((SuppressionLimit * records) + 1e-9);
}
