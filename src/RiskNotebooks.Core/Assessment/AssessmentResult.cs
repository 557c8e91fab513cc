namespace RiskNotebooks.Assessment;

/// <summary>The evaluated assessment: harm, likelihood and risk, initial and residual, the weakest links, the matrix.</summary>
public sealed class AssessmentResult
{
    internal AssessmentResult(
        RiskAssessment assessment,
        HarmAssessment harm,
        AttemptEstimate initialAttempt,
        AttemptEstimate residualAttempt,
        LikelihoodEstimate initialLikelihood,
        LikelihoodEstimate residualLikelihood,
        RiskChange risk,
        IReadOnlyList<AssetAssessment> assets,
        RiskMatrix matrix)
    {
        Assessment = assessment;
        Harm = harm;
        InitialAttempt = initialAttempt;
        ResidualAttempt = residualAttempt;
        InitialLikelihood = initialLikelihood;
        ResidualLikelihood = residualLikelihood;
        Risk = risk;
        Assets = assets;
        Matrix = matrix;
    }

    /// <summary>What was assessed.</summary>
    public RiskAssessment Assessment { get; }

    /// <summary>The harm: the highest of the assets'.</summary>
    public HarmAssessment Harm { get; }

    /// <summary>P(attempt), the paths and the weakest links with the controls in place.</summary>
    public AttemptEstimate InitialAttempt { get; }

    /// <summary>P(attempt), the paths and the weakest links with the planned controls too.</summary>
    public AttemptEstimate ResidualAttempt { get; }

    /// <summary>The initial likelihood: the highest of the assets'.</summary>
    public LikelihoodEstimate InitialLikelihood { get; }

    /// <summary>The residual likelihood: the highest of the assets'.</summary>
    public LikelihoodEstimate ResidualLikelihood { get; }

    /// <summary>The risk cell, initial and residual, and the measures that made the difference.</summary>
    public RiskChange Risk { get; }

    /// <summary>Each asset's assessment.</summary>
    public IReadOnlyList<AssetAssessment> Assets { get; }

    /// <summary>The matrix to draw.</summary>
    public RiskMatrix Matrix { get; }

    /// <summary>The attempt estimate of a stage.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The estimate.</returns>
    public AttemptEstimate AttemptAt(RiskStage stage) => stage == RiskStage.Initial ? InitialAttempt : ResidualAttempt;

    /// <summary>The likelihood of a stage.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The likelihood.</returns>
    public LikelihoodEstimate LikelihoodAt(RiskStage stage) => stage == RiskStage.Initial ? InitialLikelihood : ResidualLikelihood;
}
