namespace RiskNotebooks.Text.Evaluation;

/// <summary>Precision and recall for one entity type.</summary>
/// <remarks>
/// Precision = TP / (TP + FP) and recall = TP / (TP + FN); a score with nothing to measure (no labels, no findings) is
/// reported as 1. Equality compares all counts.
/// </remarks>
public sealed class EntityScore : IEquatable<EntityScore>
{
    /// <summary>Creates a score.</summary>
    /// <param name="type">The entity type.</param>
    /// <param name="truePositives">Findings that match a label.</param>
    /// <param name="falsePositives">Findings that match none.</param>
    /// <param name="falseNegatives">Labels no finding matches.</param>
    public EntityScore(EntityType type, long truePositives, long falsePositives, long falseNegatives)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(truePositives);
        ArgumentOutOfRangeException.ThrowIfNegative(falsePositives);
        ArgumentOutOfRangeException.ThrowIfNegative(falseNegatives);
        Type = type;
        TruePositives = truePositives;
        FalsePositives = falsePositives;
        FalseNegatives = falseNegatives;
    }

    /// <summary>The entity type.</summary>
    public EntityType Type { get; }

    /// <summary>Findings that match a label.</summary>
    public long TruePositives { get; }

    /// <summary>Findings that match no label.</summary>
    public long FalsePositives { get; }

    /// <summary>Labels that no finding matches.</summary>
    public long FalseNegatives { get; }

    /// <summary>The number of labels (TP + FN).</summary>
    public long Labelled => TruePositives + FalseNegatives;

    /// <summary>TP / (TP + FP); 1 when nothing was found.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1d : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); 1 when nothing was labelled.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1d : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <inheritdoc/>
    public bool Equals(EntityScore? other)
        => other is not null && Type == other.Type && TruePositives == other.TruePositives && FalsePositives == other.FalsePositives && FalseNegatives == other.FalseNegatives;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EntityScore);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Type, TruePositives, FalsePositives, FalseNegatives);
}
