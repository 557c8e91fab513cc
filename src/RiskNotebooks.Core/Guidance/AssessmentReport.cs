using RiskNotebooks.Assessment;

namespace RiskNotebooks.Guidance;

/// <summary>An evaluated assessment file: the model's result, the conclusions of the guiding questions, the metadata record.</summary>
public sealed class AssessmentReport
{
    internal AssessmentReport(string source, AssessmentResult result, IReadOnlyList<Conclusion> conclusions, SensitivityMetadata metadata)
    {
        Source = source;
        Result = result;
        Conclusions = conclusions;
        Metadata = metadata;
    }

    /// <summary>The assessment file.</summary>
    public string Source { get; }

    /// <summary>Harm, likelihood, risk, weakest links, matrix.</summary>
    public AssessmentResult Result { get; }

    /// <summary>The conclusions of the guiding questions, each with its reason.</summary>
    public IReadOnlyList<Conclusion> Conclusions { get; }

    /// <summary>The sensitivity metadata record.</summary>
    public SensitivityMetadata Metadata { get; }
}
