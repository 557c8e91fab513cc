namespace RiskNotebooks.ML;

/// <summary>
/// What the quasi-identifiers give away about one sensitive attribute: out-of-fold figures of an attack that learns the
/// attribute from the quasi-identifiers. Aggregates only; values with fewer than
/// <see cref="RiskNotebooks.Inference.AttributeInferenceOptions.SmallClassLimit"/> records are never named.
/// </summary>
/// <remarks>
/// <para>
/// Categorical: <see cref="Success"/> is the accuracy, <see cref="Baseline"/> the accuracy of guessing the training
/// folds' most common value, and the inference advantage is (accuracy − baseline) / (1 − baseline): 0 when the
/// quasi-identifiers teach nothing beyond the distribution of the attribute, 1 when they determine it.
/// </para>
/// <para>
/// Numeric: <see cref="Success"/> is the share predicted within <see cref="Tolerance"/> of the true value and
/// <see cref="Baseline"/> the same share for the training folds' mean; the advantage is formed the same way, and
/// <see cref="RSquared"/> is 1 − SSE/SST out of fold.
/// </para>
/// <para>
/// Interval: the Wilson score interval of <see cref="Success"/> at the report's confidence level, mapped through the
/// advantage formula with the baseline held fixed (the baseline is a property of the attribute's distribution, estimated
/// on far more records than any one class of the attack).
/// </para>
/// </remarks>
public sealed class SensitiveAttributeInference
{
    internal SensitiveAttributeInference(
        string name, SensitiveAttributeKind kind, int records, int missingRecords, int distinctValues,
        double success, InferenceInterval successInterval, double baseline,
        IReadOnlyList<ClassRecall> classRecalls, int smallClassCount, int smallClassRecords,
        double? rSquared, double? tolerance, IReadOnlyList<QuasiIdentifierContribution> contributions, InferenceInterval? rSquaredInterval = null)
    {
        RSquaredInterval = rSquaredInterval;
        Name = name;
        Kind = kind;
        Records = records;
        MissingRecords = missingRecords;
        DistinctValues = distinctValues;
        Success = success;
        SuccessInterval = successInterval;
        Baseline = baseline;
        ClassRecalls = classRecalls;
        SmallClassCount = smallClassCount;
        SmallClassRecords = smallClassRecords;
        RSquared = rSquared;
        Tolerance = tolerance;
        Contributions = contributions;
    }

    /// <summary>The attribute.</summary>
    public string Name { get; }

    /// <summary>Categorical or numeric.</summary>
    public SensitiveAttributeKind Kind { get; }

    /// <summary>The records scored (those with a value).</summary>
    public int Records { get; }

    /// <summary>The records left out because the attribute is missing.</summary>
    public int MissingRecords { get; }

    /// <summary>The number of distinct values.</summary>
    public int DistinctValues { get; }

    /// <summary>The attack's success out of fold: accuracy, or the share within tolerance.</summary>
    public double Success { get; }

    /// <summary>The Wilson interval of <see cref="Success"/>.</summary>
    public InferenceInterval SuccessInterval { get; }

    /// <summary>The baseline: the training folds' most common value (or mean) guessed for everyone.</summary>
    public double Baseline { get; }

    /// <summary>The inference advantage, (success − baseline) / (1 − baseline); 0 when the baseline is 1.</summary>
    public double Advantage => Normalise(Success);

    /// <summary>The interval of <see cref="Advantage"/> (see the remarks).</summary>
    public InferenceInterval AdvantageInterval => new(Normalise(SuccessInterval.Low), Normalise(SuccessInterval.High));

    /// <summary>Per value, the attack's recall and precision, most common first; values of fewer than 5 records left out.</summary>
    public IReadOnlyList<ClassRecall> ClassRecalls { get; }

    /// <summary>The values with fewer than 5 records, counted but not named.</summary>
    public int SmallClassCount { get; }

    /// <summary>The records that have those values.</summary>
    public int SmallClassRecords { get; }

    /// <summary>Numeric: R² out of fold; <see langword="null"/> for a categorical attribute.</summary>
    public double? RSquared { get; }

    /// <summary>Numeric: the interval of <see cref="RSquared"/> at the report's confidence level (delta method for the
    /// ratio SSE/SST of per-record squared errors and squared deviations; see <see cref="AttributeInference.RSquaredInterval"/>);
    /// <see langword="null"/> for a categorical attribute.</summary>
    public InferenceInterval? RSquaredInterval { get; }

    /// <summary>Numeric: the tolerance in the attribute's units; <see langword="null"/> for a categorical attribute.</summary>
    public double? Tolerance { get; }

    /// <summary>Each quasi-identifier's contribution (permutation feature importance), in the order of the quasi-identifiers.</summary>
    public IReadOnlyList<QuasiIdentifierContribution> Contributions { get; }

    private double Normalise(double success) => Baseline >= 1 ? 0 : (success - Baseline) / (1 - Baseline);
}
