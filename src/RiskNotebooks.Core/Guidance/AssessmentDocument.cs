using RiskNotebooks.Assessment;

namespace RiskNotebooks.Guidance;

/// <summary>
/// An assessment as read from a file: the model's input (with the conclusions of the guiding questions applied and the
/// data files measured), the answers and their conclusions, and the inputs of the metadata record.
/// </summary>
public sealed class AssessmentDocument
{
    internal AssessmentDocument(string source, RiskAssessment assessment, IReadOnlyDictionary<string, IReadOnlyList<string>> answers, IReadOnlyList<Conclusion> conclusions, MetadataInputs metadata)
    {
        Source = source;
        Assessment = assessment;
        Answers = answers;
        Conclusions = conclusions;
        Metadata = metadata;
    }

    /// <summary>The file.</summary>
    public string Source { get; }

    /// <summary>The assessment, ready to evaluate.</summary>
    public RiskAssessment Assessment { get; }

    /// <summary>The answers given: question id to answer ids.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Answers { get; }

    /// <summary>The conclusions of the answers, each with its reason.</summary>
    public IReadOnlyList<Conclusion> Conclusions { get; }

    /// <summary>The inputs of the metadata record.</summary>
    public MetadataInputs Metadata { get; }

    /// <summary>Evaluates the assessment and derives the metadata record.</summary>
    /// <returns>The report.</returns>
    public AssessmentReport Evaluate() => Evaluate(Assessment);

    /// <summary>Evaluates a variant of the assessment (another setting, one control less) with this file's answers and metadata inputs.</summary>
    /// <param name="variant">The variant, usually made with the <c>With…</c> methods of <see cref="Assessment"/>.</param>
    /// <returns>The report.</returns>
    public AssessmentReport Evaluate(RiskAssessment variant)
    {
        ArgumentNullException.ThrowIfNull(variant);
        var result = variant.Evaluate();
        return new AssessmentReport(Source, result, Conclusions, SensitivityMetadata.FromAssessment(result, Metadata, Conclusions));
    }
}
