using System.Collections.Frozen;

namespace RiskNotebooks.Text;

/// <summary>What each <see cref="EntityType"/> is: its kind, its name in JSON and on the command line, its label in words.</summary>
public static class EntityTypes
{
    private static readonly EntityType[] AllTypes = Enum.GetValues<EntityType>();

    private static readonly string[] Names =
    [
        "person", "personnummer", "samordningsnummer", "phone", "email", "ip-address", "iban", "street-address", "location",
        "postcode", "date", "age", "profession", "organisationsnummer", "url", "health", "ethnic-origin", "religion",
        "political-opinion", "trade-union", "sexual-orientation", "genetic", "biometric", "criminal",
    ];

    private static readonly string[] Labels =
    [
        "a person's name", "a personnummer", "a samordningsnummer", "a phone number", "an e-mail address", "an IP address",
        "a bank account (IBAN)", "a street address", "a place", "a postcode", "a date", "an age", "a profession",
        "an organisation number", "a web address", "health", "ethnic origin", "religion or belief", "political opinion",
        "trade union membership", "sex life or sexual orientation", "genetic data", "biometric data", "criminal offences",
    ];

    private static readonly FrozenDictionary<string, EntityType> ByName =
        AllTypes.ToFrozenDictionary(t => Names[(int)t], StringComparer.OrdinalIgnoreCase);

    /// <summary>Every entity type, in declaration order.</summary>
    public static IReadOnlyList<EntityType> All => AllTypes;

    /// <summary>The number of entity types (the length of arrays indexed by type).</summary>
    public static int Count => AllTypes.Length;

    /// <summary>Whether a type identifies a person directly, narrows down who it is, or is a special category.</summary>
    /// <param name="type">The type.</param>
    /// <returns>Its kind.</returns>
    public static EntityKind KindOf(EntityType type) => type switch
    {
        EntityType.Person or EntityType.Personnummer or EntityType.Samordningsnummer or EntityType.Phone or EntityType.Email
            or EntityType.IpAddress or EntityType.Iban or EntityType.StreetAddress => EntityKind.DirectIdentifier,
        EntityType.Location or EntityType.Postcode or EntityType.Date or EntityType.Age or EntityType.Profession
            or EntityType.Organisationsnummer or EntityType.Url => EntityKind.QuasiIdentifier,
        _ => EntityKind.SpecialCategory,
    };

    /// <summary>Whether a special category is criminal data (GDPR Art. 10) rather than an Art. 9 category.</summary>
    /// <param name="type">The type.</param>
    /// <returns><see langword="true"/> for <see cref="EntityType.Criminal"/>.</returns>
    public static bool IsCriminalData(EntityType type) => type == EntityType.Criminal;

    /// <summary>The type's name in JSON and on the command line, in kebab case (<c>personnummer</c>, <c>ip-address</c>).</summary>
    /// <param name="type">The type.</param>
    /// <returns>The name.</returns>
    public static string NameOf(EntityType type) => Names[(int)type];

    /// <summary>The type in words, for explanations (<c>a personnummer</c>, <c>health</c>).</summary>
    /// <param name="type">The type.</param>
    /// <returns>The label.</returns>
    public static string LabelOf(EntityType type) => Labels[(int)type];

    /// <summary>Parses a name as <see cref="NameOf"/> writes it (case-insensitive).</summary>
    /// <param name="name">The name.</param>
    /// <param name="type">The type, when the name is known.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParse(string? name, out EntityType type)
    {
        if (name is not null && ByName.TryGetValue(name, out type))
        {
            return true;
        }

        type = default;
        return false;
    }
}
