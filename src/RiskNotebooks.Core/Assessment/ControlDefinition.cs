namespace RiskNotebooks.Assessment;

/// <summary>A control the model knows: its id, what it is, how strong it is unless the assessment says otherwise.</summary>
/// <remarks>The catalogue is <see cref="ControlCatalog"/>; which paths a control guards follows from the safeguards of
/// <see cref="ControlCatalog.Paths"/>.</remarks>
public sealed class ControlDefinition
{
    internal ControlDefinition(string id, string name, string description, ControlStrength defaultStrength)
    {
        Id = id;
        Name = name;
        Description = description;
        DefaultStrength = defaultStrength;
    }

    /// <summary>The id files use, e.g. <c>logged-export-gateway</c>.</summary>
    public string Id { get; }

    /// <summary>A short name, e.g. "Exports only through a logged gateway".</summary>
    public string Name { get; }

    /// <summary>What the control is, so two people mean the same when they say it is in place.</summary>
    public string Description { get; }

    /// <summary>
    /// The strength assumed when the assessment does not give one: strong for technical controls that enforce themselves,
    /// moderate for organisational ones that work when people follow them.
    /// </summary>
    public ControlStrength DefaultStrength { get; }

    /// <summary>The paths this control helps guard.</summary>
    public IReadOnlyList<ThreatPath> Guards => ControlCatalog.Paths.Where(p => p.Safeguards.Any(s => s.ControlIds.Contains(Id))).Select(p => p.Path).ToArray();

    /// <inheritdoc/>
    public override string ToString() => Id;
}
