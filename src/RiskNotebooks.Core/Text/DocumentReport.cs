using System.Collections.ObjectModel;

namespace RiskNotebooks.Text;

/// <summary>What was found in one document: mentions per type, its language and size, and its risk. No text.</summary>
public sealed class DocumentReport
{
    private readonly long[] mentions;

    internal DocumentReport(string document, TextLanguage language, long characters, long[] mentions, long rareOccupations)
    {
        Document = document;
        Language = language;
        CharacterCount = characters;
        this.mentions = mentions;
        RareOccupationMentions = rareOccupations;
        Risk = DocumentRisk.Assess(mentions, rareOccupations);
        Mentions = new ReadOnlyDictionary<EntityType, long>(EntityTypes.All.Where(t => mentions[(int)t] > 0).ToDictionary(t => t, t => mentions[(int)t]));
    }

    /// <summary>The document's name: its path as given (relative to the scanned folder when a folder was scanned).</summary>
    public string Document { get; }

    /// <summary>The language the document was read as.</summary>
    public TextLanguage Language { get; }

    /// <summary>Its length in UTF-16 characters, as read.</summary>
    public long CharacterCount { get; }

    /// <summary>Mentions of each type found (types with none are left out).</summary>
    public IReadOnlyDictionary<EntityType, long> Mentions { get; }

    /// <summary>Mentions of occupations few people hold.</summary>
    public long RareOccupationMentions { get; }

    /// <summary>The document's re-identification risk and the harm of disclosing it.</summary>
    public DocumentRisk Risk { get; }

    /// <summary>Mentions of one type.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The count (0 when none).</returns>
    public long MentionsOf(EntityType type) => mentions[(int)type];
}
