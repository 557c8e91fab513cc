using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;

namespace RiskNotebooks.Text;

/// <summary>The re-identification risk of one document and the harm of disclosing it, with the reason in words.</summary>
/// <remarks>
/// <para>Rules, in order: any direct identifier makes the document <see cref="DocumentRiskLevel.Identified"/>; otherwise
/// the kinds of quasi-identifier present are counted (place: a place or postcode; age; date; occupation; organisation: an
/// organisation number; web address): three or more, or a rare occupation with any other, is
/// <see cref="DocumentRiskLevel.High"/>; two is <see cref="DocumentRiskLevel.Medium"/>; at most one is
/// <see cref="DocumentRiskLevel.Low"/>. Counting kinds rather than mentions follows the logic of quasi-identifier
/// combinations in tables (Sweeney's date of birth, sex and postcode): each independent fact divides the people who fit.</para>
/// <para>Special categories (GDPR Art. 9) and criminal data (Art. 10) do not change the likelihood; they raise the harm
/// of disclosure, and the reason says which are present. The reason names kinds and counts, never text.</para>
/// </remarks>
public sealed class DocumentRisk
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private DocumentRisk(DocumentRiskLevel level, string reason, IReadOnlyDictionary<EntityType, long> direct, IReadOnlyDictionary<EntityType, long> quasi, IReadOnlyDictionary<EntityType, long> special, IReadOnlyList<string> kinds, bool rareOccupation)
    {
        Level = level;
        Reason = reason;
        DirectIdentifiers = direct;
        QuasiIdentifiers = quasi;
        SpecialCategories = special;
        QuasiIdentifierKinds = kinds;
        HasRareOccupation = rareOccupation;
    }

    /// <summary>The likelihood level.</summary>
    public DocumentRiskLevel Level { get; }

    /// <summary>Why, in words (kinds and counts only).</summary>
    public string Reason { get; }

    /// <summary>Mentions of each direct identifier found.</summary>
    public IReadOnlyDictionary<EntityType, long> DirectIdentifiers { get; }

    /// <summary>Mentions of each quasi-identifier found.</summary>
    public IReadOnlyDictionary<EntityType, long> QuasiIdentifiers { get; }

    /// <summary>Mentions of each special category found.</summary>
    public IReadOnlyDictionary<EntityType, long> SpecialCategories { get; }

    /// <summary>The kinds of quasi-identifier present (<c>place</c>, <c>age</c>, <c>date</c>, <c>occupation</c>, <c>organisation</c>, <c>web address</c>).</summary>
    public IReadOnlyList<string> QuasiIdentifierKinds { get; }

    /// <summary>Whether an occupation few people hold is mentioned.</summary>
    public bool HasRareOccupation { get; }

    /// <summary>Whether special categories (Art. 9) or criminal data (Art. 10) are present: disclosure would do more harm.</summary>
    public bool HasSpecialCategories => SpecialCategories.Count > 0;

    /// <summary>Assesses a document from its mention counts.</summary>
    /// <param name="mentions">Mentions per entity type, indexed by <see cref="EntityType"/> (length <see cref="EntityTypes.Count"/>).</param>
    /// <param name="rareOccupations">Mentions of rare occupations among the <see cref="EntityType.Profession"/> mentions.</param>
    /// <returns>The risk.</returns>
    public static DocumentRisk Assess(IReadOnlyList<long> mentions, long rareOccupations = 0)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        if (mentions.Count != EntityTypes.Count)
        {
            throw new ArgumentException($"Needs one count per entity type ({EntityTypes.Count}).", nameof(mentions));
        }

        var direct = new Dictionary<EntityType, long>();
        var quasi = new Dictionary<EntityType, long>();
        var special = new Dictionary<EntityType, long>();
        foreach (var type in EntityTypes.All)
        {
            var n = mentions[(int)type];
            if (n <= 0)
            {
                continue;
            }

            (EntityTypes.KindOf(type) switch
            {
                EntityKind.DirectIdentifier => direct,
                EntityKind.QuasiIdentifier => quasi,
                _ => special,
            })[type] = n;
        }

        var kinds = new List<string>();
        void Kind(string name, params EntityType[] types)
        {
            if (types.Any(quasi.ContainsKey))
            {
                kinds.Add(name);
            }
        }

        Kind("place", EntityType.Location, EntityType.Postcode);
        Kind("age", EntityType.Age);
        Kind("date", EntityType.Date);
        Kind("occupation", EntityType.Profession);
        Kind("organisation", EntityType.Organisationsnummer);
        Kind("web address", EntityType.Url);
        var rare = rareOccupations > 0;

        DocumentRiskLevel level;
        var reason = new StringBuilder();
        if (direct.Count > 0)
        {
            level = DocumentRiskLevel.Identified;
            reason.Append("Identified: contains ").Append(MentionsByType(direct)).Append('.');
            if (kinds.Count > 0)
            {
                reason.Append(" Also ").Append(KindsText(kinds)).Append('.');
            }
        }
        else if (kinds.Count >= 3 || (rare && kinds.Count >= 2))
        {
            level = DocumentRiskLevel.High;
            reason.Append("High: no direct identifier, but ").Append(KindsText(kinds)).Append(" together");
            reason.Append(rare ? ", one of them an occupation few people hold," : string.Empty);
            reason.Append(" narrow the person down to a few people.");
        }
        else if (kinds.Count == 2)
        {
            level = DocumentRiskLevel.Medium;
            reason.Append("Medium: no direct identifier; ").Append(KindsText(kinds)).Append(", which outside knowledge could combine to single the person out.");
        }
        else
        {
            level = DocumentRiskLevel.Low;
            reason.Append("Low: no direct identifier and ").Append(kinds.Count == 0 ? "no quasi-identifier" : "one kind of quasi-identifier (" + kinds[0] + ")").Append('.');
        }

        var art9 = special.Where(p => !EntityTypes.IsCriminalData(p.Key)).ToDictionary(p => p.Key, p => p.Value);
        if (art9.Count > 0)
        {
            reason.Append(" Special categories (GDPR Art. 9): ").Append(string.Join(", ", art9.Select(p => $"{EntityTypes.LabelOf(p.Key)} ({Count(p.Value)})"))).Append('.');
        }

        if (special.TryGetValue(EntityType.Criminal, out var criminal))
        {
            reason.Append(" Criminal offences (Art. 10): ").Append(Count(criminal)).Append(criminal == 1 ? " mention." : " mentions.");
        }

        if (special.Count > 0)
        {
            reason.Append(" Disclosure would do serious harm.");
        }

        return new DocumentRisk(level, reason.ToString(), Freeze(direct), Freeze(quasi), Freeze(special), kinds.AsReadOnly(), rare);
    }

    private static ReadOnlyDictionary<EntityType, long> Freeze(Dictionary<EntityType, long> d) => new(d);

    private static string KindsText(List<string> kinds)
        => kinds.Count == 1 ? "one kind of quasi-identifier (" + kinds[0] + ")" : $"{kinds.Count} kinds of quasi-identifier ({string.Join(", ", kinds)})";

    private static string MentionsByType(Dictionary<EntityType, long> counts)
        => string.Join(", ", counts.Select(p => $"{EntityTypes.LabelOf(p.Key)} ({Count(p.Value)} {(p.Value == 1 ? "mention" : "mentions")})"));

    private static string Count(long n) => n.ToString("N0", Invariant);
}
