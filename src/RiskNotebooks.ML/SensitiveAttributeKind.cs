namespace RiskNotebooks.ML;

/// <summary>How a sensitive attribute is attacked.</summary>
public enum SensitiveAttributeKind
{
    /// <summary>Categories (a classifier): accuracy against the majority-class baseline.</summary>
    Categorical,

    /// <summary>Numbers (more than 20 distinct numeric values; a regressor): R² and the share within a tolerance.</summary>
    Numeric,
}
