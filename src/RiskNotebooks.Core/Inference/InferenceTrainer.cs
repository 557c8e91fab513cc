namespace RiskNotebooks.Inference;

/// <summary>The learner an attribute-inference attack trains (all of Microsoft.ML).</summary>
public enum InferenceTrainer
{
    /// <summary>Gradient-boosted trees, LightGBM (multiclass, regression): the default, the fastest and most accurate measured.</summary>
    LightGbm,

    /// <summary>Gradient-boosted trees, FastTree (managed): one-versus-all for several classes.</summary>
    FastTree,

    /// <summary>A linear model, SDCA (maximum entropy, regression): fast, but misses interactions of quasi-identifiers.</summary>
    Sdca,
}
