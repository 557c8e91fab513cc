using RiskNotebooks.Text.Redaction;

namespace RiskNotebooks.Treatment;

/// <summary>How a released table is written besides its generalisation: columns removed, columns pseudonymised, the delimiter.</summary>
public sealed record ReleaseOptions
{
    /// <summary>Direct identifiers to leave out of the release.</summary>
    public IReadOnlyList<string> RemoveColumns { get; init; } = [];

    /// <summary>Identifier columns to replace by keyed pseudonyms (needs <see cref="Key"/>).</summary>
    public IReadOnlyList<string> PseudonymizeColumns { get; init; } = [];

    /// <summary>The secret key of the pseudonyms (HMAC-SHA256), read from the user's key file.</summary>
    public RedactionKey? Key { get; init; }

    /// <summary>The delimiter of the written file; <c>,</c> by default.</summary>
    public char Delimiter { get; init; } = ',';

    /// <summary>Local suppression of single cells after the generalisation, or <see langword="null"/> for none.</summary>
    public LocalSuppressionSettings? LocalSuppression { get; init; }

    /// <summary>What a suppressed record's quasi-identifiers are set to (ARX's <c>*</c>).</summary>
    public string SuppressedValue { get; init; } = "*";
}
