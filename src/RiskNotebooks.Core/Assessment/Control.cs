namespace RiskNotebooks.Assessment;

/// <summary>A control of the catalogue as one assessment has it: its status, its strength, a note.</summary>
/// <remarks>Controls an assessment does not mention are absent. Equality is by reference; two controls with the same id
/// in one assessment are refused by <see cref="RiskAssessment"/>.</remarks>
public sealed class Control
{
    /// <summary>Creates a control.</summary>
    /// <param name="id">A control id of <see cref="ControlCatalog"/>.</param>
    /// <param name="status">In place, planned or absent.</param>
    /// <param name="strength">How strong it is here; the catalogue's default when <see langword="null"/>. Must not be <see cref="ControlStrength.None"/>.</param>
    /// <param name="note">What is in place or planned, by whom, when (optional).</param>
    /// <exception cref="InvalidOptionException">The id is unknown or the strength is <see cref="ControlStrength.None"/>.</exception>
    public Control(string id, ControlStatus status, ControlStrength? strength = null, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        Definition = ControlCatalog.Get(id);
        if (!Enum.IsDefined(status))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Not a control status.");
        }

        if (strength is { } s && (s == ControlStrength.None || !Enum.IsDefined(s)))
        {
            throw new InvalidOptionException("strength", "a control's strength is weak, moderate or strong; leave a control out (or mark it absent) when there is none.");
        }

        Status = status;
        Strength = strength ?? Definition.DefaultStrength;
        IsStrengthStated = strength is not null;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    /// <summary>What the control is.</summary>
    public ControlDefinition Definition { get; }

    /// <summary>Its id.</summary>
    public string Id => Definition.Id;

    /// <summary>In place, planned or absent.</summary>
    public ControlStatus Status { get; }

    /// <summary>How strong it is when it exists.</summary>
    public ControlStrength Strength { get; }

    /// <summary>Whether the assessment stated the strength (otherwise it is the catalogue's default).</summary>
    public bool IsStrengthStated { get; }

    /// <summary>A note on the control, or <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <summary>The control with another status (for "what if" questions: remove one control and watch the weakest link move).</summary>
    /// <param name="status">The new status.</param>
    /// <returns>A copy with that status.</returns>
    public Control WithStatus(ControlStatus status) => new(Id, status, IsStrengthStated ? Strength : null, Note);

    /// <summary>Whether the control counts at a stage: in place for the initial risk; in place or planned for the residual.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns><see langword="true"/> when it counts.</returns>
    public bool CountsAt(RiskStage stage) => Status == ControlStatus.InPlace || (stage == RiskStage.Residual && Status == ControlStatus.Planned);

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({Vocabulary.Words(Status)}, {Vocabulary.Words(Strength)})";
}
