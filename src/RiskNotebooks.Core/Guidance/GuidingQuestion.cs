namespace RiskNotebooks.Guidance;

/// <summary>A guiding question: its text, help, whether several answers may be chosen, and its answers.</summary>
public sealed class GuidingQuestion
{
    internal GuidingQuestion(string id, string text, string? help, bool multiple, IReadOnlyList<GuidingAnswer> answers)
    {
        Id = id;
        Text = text;
        Help = help;
        Multiple = multiple;
        Answers = answers;
    }

    /// <summary>The question's id, as assessment files give it.</summary>
    public string Id { get; }

    /// <summary>The question.</summary>
    public string Text { get; }

    /// <summary>Help for answering, or <see langword="null"/>.</summary>
    public string? Help { get; }

    /// <summary>Whether several answers may be chosen.</summary>
    public bool Multiple { get; }

    /// <summary>The possible answers.</summary>
    public IReadOnlyList<GuidingAnswer> Answers { get; }

    /// <summary>The answer with this id, or <see langword="null"/>.</summary>
    /// <param name="id">The answer id.</param>
    /// <returns>The answer.</returns>
    public GuidingAnswer? FindAnswer(string id) => Answers.FirstOrDefault(a => a.Id == id);
}
