namespace RiskNotebooks.Text.Evaluation;

/// <summary>How well the recognizers agree with a labelled corpus: per entity type, and per special category per document.</summary>
public sealed class TextEvaluationReport
{
    internal TextEvaluationReport(int documents, IReadOnlyList<EntityScore> entities, IReadOnlyList<EntityScore> specialCategories)
    {
        DocumentCount = documents;
        Entities = entities;
        SpecialCategories = specialCategories;
    }

    /// <summary>The number of documents evaluated.</summary>
    public int DocumentCount { get; }

    /// <summary>Span-level scores of the identifier and quasi-identifier types that were labelled or found.</summary>
    /// <remarks>A finding matches a label of the same type that it overlaps; each label is matched at most once.</remarks>
    public IReadOnlyList<EntityScore> Entities { get; }

    /// <summary>Document-level scores of the special categories: a document counts once per category, found or not.</summary>
    public IReadOnlyList<EntityScore> SpecialCategories { get; }

    /// <summary>The score of one entity type, or of a special category.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The score (zero counts when the type was neither labelled nor found).</returns>
    public EntityScore this[EntityType type]
        => Entities.Concat(SpecialCategories).FirstOrDefault(s => s.Type == type) ?? new EntityScore(type, 0, 0, 0);
}
