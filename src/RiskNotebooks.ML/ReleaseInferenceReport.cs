using RiskNotebooks.Inference;

namespace RiskNotebooks.ML;

/// <summary>What a released (anonymised or synthetic) table teaches an attacker about the original records. Aggregates only.</summary>
public sealed class ReleaseInferenceReport
{
    internal ReleaseInferenceReport(string original, string released, string control, AttributeInferenceOptions options, IReadOnlyList<string> quasiIdentifiers, IReadOnlyList<ReleasedAttributeInference> attributes, IReadOnlyList<string> warnings, ReleaseLinkageReport linkage)
    {
        Linkage = linkage;
        Original = original;
        Released = released;
        Control = control;
        Options = options;
        QuasiIdentifiersUsed = quasiIdentifiers;
        Attributes = attributes;
        Warnings = warnings;
    }

    /// <summary>The original table (its file name).</summary>
    public string Original { get; }

    /// <summary>The released table the attacker trains on.</summary>
    public string Released { get; }

    /// <summary>The control: original records kept out of the release.</summary>
    public string Control { get; }

    /// <summary>The options used.</summary>
    public AttributeInferenceOptions Options { get; }

    /// <summary>The quasi-identifiers used.</summary>
    public IReadOnlyList<string> QuasiIdentifiersUsed { get; }

    /// <summary>One result per categorical sensitive attribute.</summary>
    public IReadOnlyList<ReleasedAttributeInference> Attributes { get; }

    /// <summary>Nearest-neighbour linkage and singling out (Gower distance on the quasi-identifiers), against the same control.</summary>
    public ReleaseLinkageReport Linkage { get; }

    /// <summary>Columns left out (each names the column, never a value).</summary>
    public IReadOnlyList<string> Warnings { get; }
}
