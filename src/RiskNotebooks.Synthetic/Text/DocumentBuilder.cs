using System.Text;
using RiskNotebooks.Text;
using RiskNotebooks.Text.Evaluation;

namespace RiskNotebooks.Synthetic.Text;

/// <summary>Builds a synthetic document and records, as it goes, where each piece of personal data went (the labels).</summary>
internal sealed class DocumentBuilder
{
    private readonly StringBuilder text = new();
    private readonly List<LabelledSpan> entities = [];
    private readonly HashSet<EntityType> special = [];

    internal DocumentBuilder Text(string s)
    {
        text.Append(s);
        return this;
    }

    internal DocumentBuilder Entity(EntityType type, string value)
    {
        var start = text.Length;
        text.Append(value);
        entities.Add(new LabelledSpan(type, start, text.Length));
        return this;
    }

    /// <summary>Text of a special category: the document touches it (labelled per document, not per span).</summary>
    internal DocumentBuilder Special(EntityType category, string s)
    {
        special.Add(category);
        text.Append(s);
        return this;
    }

    internal void Mark(EntityType category) => special.Add(category);

    internal (string Text, LabelledDocument Labels) Build(string document, TextLanguage language, string kind)
        => (text.ToString(), new LabelledDocument(document, language, kind, entities, special));
}
