using RiskNotebooks.Text.Evaluation;

namespace RiskNotebooks.Synthetic.Text;

/// <summary>A synthetic document and its labels (where the generator put each piece of personal data).</summary>
public sealed class SyntheticDocument
{
    internal SyntheticDocument(string text, LabelledDocument labels)
    {
        Text = text;
        Labels = labels;
    }

    /// <summary>The path relative to the corpus folder (<c>sv/interview-001.txt</c>).</summary>
    public string Path => Labels.Document;

    /// <summary>The text.</summary>
    public string Text { get; }

    /// <summary>The generator's ground truth.</summary>
    public LabelledDocument Labels { get; }
}
