namespace RiskNotebooks.Assessment;

/// <summary>A safeguard of a threat path at one stage: the control that provides it (the strongest that counts), or none.</summary>
public sealed class SafeguardState
{
    internal SafeguardState(Safeguard safeguard, Control? control, IReadOnlyList<Control> notCounted)
    {
        Safeguard = safeguard;
        Control = control;
        NotCounted = notCounted;
    }

    /// <summary>The safeguard.</summary>
    public Safeguard Safeguard { get; }

    /// <summary>The control providing it at this stage, or <see langword="null"/>: a gap.</summary>
    public Control? Control { get; }

    /// <summary>Controls of this safeguard that the assessment lists but that do not count at this stage (planned, absent).</summary>
    public IReadOnlyList<Control> NotCounted { get; }

    /// <summary>The safeguard's strength: its control's, or <see cref="ControlStrength.None"/>.</summary>
    public ControlStrength Strength => Control?.Strength ?? ControlStrength.None;

    /// <summary>Whether the safeguard has no control that counts.</summary>
    public bool IsGap => Control is null;

    /// <summary>The safeguard in words, e.g. "log review (moderate)" or "no control: log review is planned".</summary>
    public string Describe()
    {
        if (Control is { } control)
        {
            return $"{control.Definition.Name.ToLowerInvariant()} ({Vocabulary.Words(control.Strength)})";
        }

        var names = string.Join(" or ", Safeguard.ControlIds.Select(id => ControlCatalog.Get(id).Name.ToLowerInvariant()));
        var listed = NotCounted.Where(c => c.Status == ControlStatus.Planned).Select(c => c.Definition.Name.ToLowerInvariant()).ToArray();
        return listed.Length > 0
            ? $"no control: {string.Join(" and ", listed)} {(listed.Length == 1 ? "is" : "are")} only planned"
            : $"no control: {names} absent";
    }
}
