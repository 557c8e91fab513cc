namespace RiskNotebooks.Text.Evaluation;

/// <summary>A document with the spans of personal data it holds and the special categories it touches (ground truth).</summary>
public sealed class LabelledDocument
{
    /// <summary>Creates a labelled document.</summary>
    /// <param name="document">Its path relative to the corpus folder, with <c>/</c> separators.</param>
    /// <param name="language">Its language.</param>
    /// <param name="kind">What kind of document it is (<c>interview</c>, <c>clinical-note</c>); free text.</param>
    /// <param name="entities">The labelled spans (identifiers and quasi-identifiers).</param>
    /// <param name="specialCategories">The special categories (Art. 9, Art. 10) the document touches.</param>
    public LabelledDocument(string document, TextLanguage language, string kind, IEnumerable<LabelledSpan> entities, IEnumerable<EntityType> specialCategories)
    {
        Document = Preconditions.CheckNotNull(document);
        Language = language;
        Kind = Preconditions.CheckNotNull(kind);
        Entities = [.. Preconditions.CheckNotNull(entities).OrderBy(e => e.Start)];
        SpecialCategories = [.. Preconditions.CheckNotNull(specialCategories).Distinct().Order()];
        foreach (var e in Entities)
        {
            if (e.Start < 0 || e.End <= e.Start)
            {
                throw new ArgumentException("A labelled span must be non-empty and start at or after 0.", nameof(entities));
            }
        }

        if (SpecialCategories.Any(t => EntityTypes.KindOf(t) != EntityKind.SpecialCategory))
        {
            throw new ArgumentException("Only special categories belong in specialCategories.", nameof(specialCategories));
        }
    }

    /// <summary>The path relative to the corpus folder.</summary>
    public string Document { get; }

    /// <summary>The language.</summary>
    public TextLanguage Language { get; }

    /// <summary>The kind of document.</summary>
    public string Kind { get; }

    /// <summary>The labelled spans, in document order.</summary>
    public IReadOnlyList<LabelledSpan> Entities { get; }

    /// <summary>The special categories the document touches.</summary>
    public IReadOnlyList<EntityType> SpecialCategories { get; }
}
