namespace RiskNotebooks.Guidance;

/// <summary>A possible answer to a guiding question, with the conclusions it leads to and why.</summary>
public sealed class GuidingAnswer
{
    internal GuidingAnswer(string id, string text, IReadOnlyList<(ConclusionTopic Topic, string Value)> conclusions, string reason)
    {
        Id = id;
        Text = text;
        Conclusions = conclusions;
        Reason = reason;
    }

    /// <summary>The answer's id, as assessment files give it.</summary>
    public string Id { get; }

    /// <summary>The answer as offered to the user.</summary>
    public string Text { get; }

    /// <summary>The conclusions it leads to (none for "none of these").</summary>
    public IReadOnlyList<(ConclusionTopic Topic, string Value)> Conclusions { get; }

    /// <summary>Why it leads there: the text that travels with every conclusion.</summary>
    public string Reason { get; }
}
