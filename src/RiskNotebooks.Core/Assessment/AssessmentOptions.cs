namespace RiskNotebooks.Assessment;

/// <summary>The configurable numbers of the model: likelihood cut points, P(attempt) by strength, what "large scale" means.</summary>
public sealed record AssessmentOptions
{
    private readonly LikelihoodScale likelihood = LikelihoodScale.Default;
    private readonly AttemptProbabilities attempt = AttemptProbabilities.Default;
    private readonly long largeScaleSubjects = 100_000;

    /// <summary>The defaults.</summary>
    public static AssessmentOptions Default { get; } = new();

    /// <summary>Probability to likelihood level; <see cref="LikelihoodScale.Default"/> unless set.</summary>
    public LikelihoodScale Likelihood
    {
        get => likelihood;
        init => likelihood = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>P(attempt) by the weakest safeguard's strength; <see cref="AttemptProbabilities.Default"/> unless set.</summary>
    public AttemptProbabilities Attempt
    {
        get => attempt;
        init => attempt = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>
    /// The number of data subjects from which processing counts as large scale (raises the harm one level). Default 100,000:
    /// a documented default of RiskNotebooks (about 1% of Sweden's population); WP248 names large scale as a criterion
    /// without a number.
    /// </summary>
    public long LargeScaleSubjects
    {
        get => largeScaleSubjects;
        init => largeScaleSubjects = value > 0 ? value : throw new InvalidOptionException("largeScaleSubjects", "must be a positive number of people.");
    }
}
