namespace RiskNotebooks.Inference;

/// <summary>
/// How an attribute-inference attack is measured: the quasi-identifiers an attacker knows, the sensitive attributes they
/// want to learn, and the cross-validation. Plain data: the engine (<c>RiskNotebooks.ML.AttributeInference</c>) lives
/// in the Microsoft.ML project so that Core never references ML.NET.
/// </summary>
public sealed record AttributeInferenceOptions
{
    /// <summary>The smallest number of records a sensitive value needs to be named in any output (default 5).</summary>
    public const int SmallClassLimit = 5;

    /// <summary>The quasi-identifier columns (what an attacker knows).</summary>
    public IReadOnlyList<string> QuasiIdentifiers { get; init; } = [];

    /// <summary>The sensitive columns (what an attacker wants to learn).</summary>
    public IReadOnlyList<string> SensitiveAttributes { get; init; } = [];

    /// <summary>The number of cross-validation folds (default 5; 2 to 20).</summary>
    public int Folds { get; init; } = 5;

    /// <summary>The seed of the fold assignment, the permutations and the learner (default 1): the same seed, the same figures.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The learner (default LightGBM).</summary>
    public InferenceTrainer Trainer { get; init; } = InferenceTrainer.LightGbm;

    /// <summary>
    /// For numeric sensitive attributes: a prediction within this distance of the true value counts as disclosed, as a
    /// share of the attribute's range (max − min). Default 0.05.
    /// </summary>
    public double Tolerance { get; init; } = 0.05;

    /// <summary>The boosting iterations of a tree learner (default 100).</summary>
    public int Iterations { get; init; } = 50;

    /// <summary>
    /// The most records a learner trains on per fold (default 200,000): a larger table is sampled (with the seed) for
    /// training, and every held-out record is still scored, so the figures stay out-of-sample and the time bounded.
    /// </summary>
    public int MaxTrainingRecords { get; init; } = 200_000;

    /// <summary>The folds worked on at once (the folds of every sensitive attribute share them), each learner on one thread (default: the number of cores); Microsoft.ML itself runs one LightGBM training at a time, so with LightGBM only prediction overlaps. The figures do not depend on it.</summary>
    public int? Threads { get; init; }

    /// <summary>
    /// With a release: the largest Gower distance (0 to 1) at which a released record counts as a match of a target for
    /// singling out; 0 (the default) asks for the same values on every quasi-identifier.
    /// </summary>
    public double MatchDistance { get; init; }

    /// <summary>With a release: the original and control records attacked by nearest-neighbour linkage (each sampled with the seed; default 2,000).</summary>
    public int LinkageSample { get; init; } = 2_000;

    /// <summary>The confidence level of the intervals (default 0.95).</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Checks the options.</summary>
    /// <exception cref="InvalidOptionException">A value out of range or a sensitive attribute that is also a quasi-identifier.</exception>
    public void Validate()
    {
        if (QuasiIdentifiers.Count == 0)
        {
            throw new InvalidOptionException(nameof(QuasiIdentifiers), "name at least one quasi-identifier column.");
        }

        if (SensitiveAttributes.Count == 0)
        {
            throw new InvalidOptionException(nameof(SensitiveAttributes), "name at least one sensitive column.");
        }

        foreach (var sensitive in SensitiveAttributes)
        {
            if (QuasiIdentifiers.Contains(sensitive, StringComparer.OrdinalIgnoreCase))
            {
                throw new InvalidOptionException(nameof(SensitiveAttributes), $"'{sensitive}' is also a quasi-identifier: an attacker who knows it has nothing to infer. Remove it from one of the two lists.");
            }
        }

        if (Folds is < 2 or > 20)
        {
            throw new InvalidOptionException(nameof(Folds), "must be from 2 to 20.");
        }

        if (double.IsNaN(MatchDistance) || MatchDistance < 0 || MatchDistance > 1)
        {
            throw new InvalidOptionException(nameof(MatchDistance), "must be a Gower distance in [0, 1], such as 0 (the same values) or 0.05.");
        }

        if (LinkageSample < 1)
        {
            throw new InvalidOptionException(nameof(LinkageSample), "must be at least 1.");
        }

        if (double.IsNaN(Tolerance) || Tolerance < 0 || Tolerance > 1)
        {
            throw new InvalidOptionException(nameof(Tolerance), "must be a share of the attribute's range in [0, 1], such as 0.05.");
        }

        if (Iterations is < 1 or > 10_000)
        {
            throw new InvalidOptionException(nameof(Iterations), "must be from 1 to 10,000.");
        }

        if (MaxTrainingRecords < 100)
        {
            throw new InvalidOptionException(nameof(MaxTrainingRecords), "must be at least 100.");
        }

        if (Threads is < 1)
        {
            throw new InvalidOptionException(nameof(Threads), "must be at least 1.");
        }

        if (double.IsNaN(ConfidenceLevel) || ConfidenceLevel <= 0.5 || ConfidenceLevel >= 1)
        {
            throw new InvalidOptionException(nameof(ConfidenceLevel), "must lie strictly between 0.5 and 1, such as 0.95.");
        }
    }
}
