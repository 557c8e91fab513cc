namespace RiskNotebooks.Assessment;

/// <summary>The assessment of one data asset: harm, likelihood and risk, initial and residual.</summary>
public sealed class AssetAssessment
{
    internal AssetAssessment(DataAsset asset, HarmAssessment harm, LikelihoodEstimate initialLikelihood, LikelihoodEstimate residualLikelihood)
    {
        Asset = asset;
        Harm = harm;
        InitialLikelihood = initialLikelihood;
        ResidualLikelihood = residualLikelihood;
    }

    /// <summary>The asset.</summary>
    public DataAsset Asset { get; }

    /// <summary>Its harm.</summary>
    public HarmAssessment Harm { get; }

    /// <summary>Its likelihood with the controls in place.</summary>
    public LikelihoodEstimate InitialLikelihood { get; }

    /// <summary>Its likelihood with the planned measures too.</summary>
    public LikelihoodEstimate ResidualLikelihood { get; }

    /// <summary>Its initial risk cell.</summary>
    public RiskCell InitialRisk => new(Harm.Level, InitialLikelihood.Level);

    /// <summary>Its residual risk cell.</summary>
    public RiskCell ResidualRisk => new(Harm.Level, ResidualLikelihood.Level);
}
