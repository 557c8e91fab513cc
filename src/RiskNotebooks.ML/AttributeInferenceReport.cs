using RiskNotebooks.Inference;

namespace RiskNotebooks.ML;

/// <summary>
/// What the quasi-identifiers of a table give away about its sensitive attributes (attribute inference). Aggregates
/// only: no record, no value of fewer than 5 records.
/// </summary>
public sealed class AttributeInferenceReport
{
    internal AttributeInferenceReport(string source, int recordCount, AttributeInferenceOptions options, IReadOnlyList<string> quasiIdentifiersUsed, IReadOnlyList<SensitiveAttributeInference> attributes, IReadOnlyList<string> warnings)
    {
        Source = source;
        RecordCount = recordCount;
        Options = options;
        QuasiIdentifiersUsed = quasiIdentifiersUsed;
        Attributes = attributes;
        Warnings = warnings;
    }

    /// <summary>The table measured (its file name, or the name it was loaded as).</summary>
    public string Source { get; }

    /// <summary>The records in the table.</summary>
    public int RecordCount { get; }

    /// <summary>The options used.</summary>
    public AttributeInferenceOptions Options { get; }

    /// <summary>The quasi-identifiers the attack used (those given, less any left out with a warning).</summary>
    public IReadOnlyList<string> QuasiIdentifiersUsed { get; }

    /// <summary>One result per sensitive attribute measured, in the order given.</summary>
    public IReadOnlyList<SensitiveAttributeInference> Attributes { get; }

    /// <summary>Columns left out or worth a look (each names the column, never a value).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The highest inference advantage over the attributes (0 without any): a likelihood for an attribute-disclosure threat path.</summary>
    public double HighestAdvantage => Attributes.Count == 0 ? 0 : Math.Max(0, Attributes.Max(a => a.Advantage));
}
