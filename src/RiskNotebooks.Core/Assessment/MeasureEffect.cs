namespace RiskNotebooks.Assessment;

/// <summary>
/// What one planned measure changes between the initial and the residual risk: a control on one threat path
/// (P(attempt)), or a data measure on one asset (P(re-id | attempt)). A measure that changes nothing gets an effect too,
/// with <see cref="Before"/> equal to <see cref="After"/> and the reason why.
/// </summary>
public sealed class MeasureEffect
{
    internal MeasureEffect(MeasureKind kind, string measure, string? controlId, string? assetId, ThreatPath? path, double before, double after, string text)
    {
        Kind = kind;
        Measure = measure;
        ControlId = controlId;
        AssetId = assetId;
        Path = path;
        Before = before;
        After = after;
        Text = text;
    }

    /// <summary>A control or a data measure.</summary>
    public MeasureKind Kind { get; }

    /// <summary>The measure's name.</summary>
    public string Measure { get; }

    /// <summary>The control's id, for a control.</summary>
    public string? ControlId { get; }

    /// <summary>The asset, for a data measure.</summary>
    public string? AssetId { get; }

    /// <summary>The path, for a control that acts on one.</summary>
    public ThreatPath? Path { get; }

    /// <summary>The quantity the measure acts on: <c>P(attempt)</c> for a control, <c>P(re-id | attempt)</c> for a data measure.</summary>
    public string Quantity => Kind == MeasureKind.Control ? "P(attempt)" : "P(re-id | attempt)";

    /// <summary>The quantity at the initial stage.</summary>
    public double Before { get; }

    /// <summary>The quantity at the residual stage.</summary>
    public double After { get; }

    /// <summary>Whether the measure lowers the quantity.</summary>
    public bool Lowers => After < Before;

    /// <summary>The effect in a sentence.</summary>
    public string Text { get; }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
