using System.Collections.ObjectModel;

namespace RiskNotebooks.Text;

/// <summary>Aggregates over the documents of a corpus: sizes, languages, risk levels, mentions and documents per type.</summary>
public sealed class TextCorpusSummary
{
    private readonly long[] mentions = new long[EntityTypes.Count];
    private readonly int[] documentsWith = new int[EntityTypes.Count];
    private readonly int[] levels = new int[Enum.GetValues<DocumentRiskLevel>().Length];
    private int swedish;
    private int english;

    /// <summary>The number of documents.</summary>
    public int DocumentCount { get; private set; }

    /// <summary>The characters read, over all documents.</summary>
    public long CharacterCount { get; private set; }

    /// <summary>Documents read as Swedish.</summary>
    public int SwedishDocuments => swedish;

    /// <summary>Documents read as English.</summary>
    public int EnglishDocuments => english;

    /// <summary>Documents with at least one special category (Art. 9) or criminal data (Art. 10).</summary>
    public int DocumentsWithSpecialCategories { get; private set; }

    /// <summary>Documents per risk level.</summary>
    public IReadOnlyDictionary<DocumentRiskLevel, int> Levels
        => new ReadOnlyDictionary<DocumentRiskLevel, int>(Enum.GetValues<DocumentRiskLevel>().ToDictionary(l => l, l => levels[(int)l]));

    /// <summary>Mentions of each type over the corpus (types with none left out).</summary>
    public IReadOnlyDictionary<EntityType, long> Mentions
        => new ReadOnlyDictionary<EntityType, long>(EntityTypes.All.Where(t => mentions[(int)t] > 0).ToDictionary(t => t, t => mentions[(int)t]));

    /// <summary>Documents with at least one mention of each type (types with none left out).</summary>
    public IReadOnlyDictionary<EntityType, int> DocumentsWith
        => new ReadOnlyDictionary<EntityType, int>(EntityTypes.All.Where(t => documentsWith[(int)t] > 0).ToDictionary(t => t, t => documentsWith[(int)t]));

    /// <summary>Documents at one risk level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The count.</returns>
    public int DocumentsAt(DocumentRiskLevel level) => levels[(int)level];

    /// <summary>Adds a document.</summary>
    internal void Add(DocumentReport report)
    {
        DocumentCount++;
        CharacterCount += report.CharacterCount;
        if (report.Language == TextLanguage.Swedish)
        {
            swedish++;
        }
        else
        {
            english++;
        }

        levels[(int)report.Risk.Level]++;
        if (report.Risk.HasSpecialCategories)
        {
            DocumentsWithSpecialCategories++;
        }

        foreach (var (type, n) in report.Mentions)
        {
            mentions[(int)type] += n;
            documentsWith[(int)type]++;
        }
    }
}
