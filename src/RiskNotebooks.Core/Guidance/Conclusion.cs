using RiskNotebooks.Assessment;

namespace RiskNotebooks.Guidance;

/// <summary>A conclusion drawn from an answer to a guiding question, with the answer's reason.</summary>
/// <remarks>An answer without conclusions (such as "none of these") still gives one <see cref="Conclusion"/>, with no topic,
/// so that every answer given is shown with its reason.</remarks>
public sealed class Conclusion
{
    internal Conclusion(GuidingQuestion question, GuidingAnswer answer, ConclusionTopic? topic, string? value)
    {
        Question = question;
        Answer = answer;
        Topic = topic;
        Value = value;
    }

    /// <summary>The question.</summary>
    public GuidingQuestion Question { get; }

    /// <summary>The answer given.</summary>
    public GuidingAnswer Answer { get; }

    /// <summary>What the conclusion is about, or <see langword="null"/> for an answer that concludes nothing.</summary>
    public ConclusionTopic? Topic { get; }

    /// <summary>The value concluded (an id), or <see langword="null"/>.</summary>
    public string? Value { get; }

    /// <summary>Why: the answer's reason.</summary>
    public string Reason => Answer.Reason;

    /// <inheritdoc/>
    public override string ToString() => Topic is { } t ? $"{Vocabulary.Id(t)}: {Value} ({Reason})" : $"{Question.Id}: {Answer.Id} ({Reason})";
}
