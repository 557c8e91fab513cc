using System.Globalization;
using RiskNotebooks.Data;
using RiskNotebooks.Inference;

namespace RiskNotebooks.Assessment;

/// <summary>
/// P(disclosure | attempt) for attribute disclosure: how much better than a guess from the attribute's distribution an
/// attacker who knows the quasi-identifiers predicts a sensitive attribute (the inference advantage of
/// <c>risknb infer</c>), from the learner of <c>RiskNotebooks.ML</c>.
/// </summary>
/// <remarks>
/// <para>The average risk is the inference advantage, (accuracy − baseline)/(1 − baseline), clamped to [0, 1]: 0 when the
/// quasi-identifiers teach nothing beyond the attribute's distribution, 1 when they determine it. The highest risk is the
/// largest recall of any value held by at least 5 records (an attacker who targets people with that value learns it
/// with that probability); for a numeric attribute the share predicted within the tolerance.</para>
/// <para>Core has no learner: a host that can measure (the command line, both notebook kernels) sets
/// <see cref="Provider"/> from <c>RiskNotebooks.ML</c>; without it an assessment that asks for an inference says so.</para>
/// </remarks>
public sealed class InferenceMeasurement : IReidentificationMeasurement
{
    /// <summary>Creates a measurement from the learner's figures.</summary>
    /// <param name="source">The table's file name.</param>
    /// <param name="options">The quasi-identifiers, the sensitive attribute, folds and seed.</param>
    /// <param name="records">The records scored.</param>
    /// <param name="advantage">The inference advantage.</param>
    /// <param name="low">Its interval's low end.</param>
    /// <param name="high">Its interval's high end.</param>
    /// <param name="highest">The largest recall of a value with at least 5 records (numeric: the share within tolerance).</param>
    /// <param name="learner">The learner, in words.</param>
    /// <param name="path">The table's path.</param>
    public InferenceMeasurement(string source, AttributeInferenceOptions options, long records, double advantage, double low, double high, double highest, string learner, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Source = source;
        Options = options;
        Records = records;
        Advantage = advantage;
        Low = low;
        High = high;
        Highest = highest;
        Learner = learner;
        InputPath = path;
    }

    /// <summary>
    /// What measures an inference for an assessment: set by a host that has the learner (<c>RiskNotebooks.ML</c>'s
    /// <c>AssessmentInference.Register</c>); <see langword="null"/> in Core alone.
    /// </summary>
    public static Func<Table, AttributeInferenceOptions, CancellationToken, InferenceMeasurement>? Provider { get; set; }

    /// <summary>The options measured with (one sensitive attribute).</summary>
    public AttributeInferenceOptions Options { get; }

    /// <summary>The records scored.</summary>
    public long Records { get; }

    /// <summary>The inference advantage (may be below 0 when the learner does worse than the majority guess).</summary>
    public double Advantage { get; }

    /// <summary>The low end of the advantage's interval.</summary>
    public double Low { get; }

    /// <summary>The high end of the advantage's interval.</summary>
    public double High { get; }

    /// <summary>The largest recall of a value with at least 5 records (numeric: the share within tolerance).</summary>
    public double Highest { get; }

    /// <summary>The learner, in words.</summary>
    public string Learner { get; }

    /// <inheritdoc/>
    public string Source { get; }

    /// <inheritdoc/>
    public string Method => string.Create(CultureInfo.InvariantCulture,
        $"attribute disclosure: inference advantage of '{Options.SensitiveAttributes[0]}' from {string.Join(", ", Options.QuasiIdentifiers)} ({Learner}, {Options.Folds}-fold, seed {Options.Seed}): {Advantage:0.000} ({Options.ConfidenceLevel:0%} interval {Low:0.000} to {High:0.000})");

    /// <inheritdoc/>
    public double AverageRisk => Math.Clamp(Advantage, 0, 1);

    /// <inheritdoc/>
    public double HighestRisk => Math.Clamp(Math.Max(Highest, AverageRisk), 0, 1);

    /// <inheritdoc/>
    public long? SubjectCount => Records;

    /// <inheritdoc/>
    public string? InputPath { get; }
}
