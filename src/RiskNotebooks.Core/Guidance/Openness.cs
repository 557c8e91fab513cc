namespace RiskNotebooks.Guidance;

/// <summary>How open a data set may be, from most to least open.</summary>
public enum Openness
{
    /// <summary>The data may be published openly as they are.</summary>
    Open,

    /// <summary>The microdata may not be published; aggregates with a minimum cell size may be, and the microdata may be shared under controlled access.</summary>
    OpenAggregates,

    /// <summary>The microdata only through a repository's controlled access, under the data-use conditions given (GA4GH DUO codes); aggregates after output checking.</summary>
    ControlledAccess,

    /// <summary>The data never leave a secure enclave; only checked results do.</summary>
    SecureEnclaveOnly,
}
