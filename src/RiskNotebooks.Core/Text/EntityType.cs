namespace RiskNotebooks.Text;

/// <summary>The kinds of personal data the recognizers find in free text.</summary>
/// <remarks>
/// See <see cref="EntityTypes"/> for each type's <see cref="EntityKind"/>, its name in JSON and on the command line, and
/// its label in words. The special categories follow GDPR Art. 9(1) and Art. 10.
/// </remarks>
public enum EntityType
{
    /// <summary>A person's name (first name, surname or both).</summary>
    Person,

    /// <summary>A Swedish personal identity number (personnummer): date of birth, birth number and a Luhn check digit.</summary>
    Personnummer,

    /// <summary>A Swedish co-ordination number (samordningsnummer): a personnummer whose day of birth has 60 added.</summary>
    Samordningsnummer,

    /// <summary>A telephone number (Swedish national formats, other national formats, E.164).</summary>
    Phone,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>An IPv4 or IPv6 address (an online identifier, GDPR recital 30).</summary>
    IpAddress,

    /// <summary>An international bank account number, checked with its mod-97 check digits.</summary>
    Iban,

    /// <summary>A street address with a house number.</summary>
    StreetAddress,

    /// <summary>A place: a city, municipality, region or country, or a street without a house number.</summary>
    Location,

    /// <summary>A postcode (Swedish <c>123 45</c>, British, US ZIP code after a state).</summary>
    Postcode,

    /// <summary>A calendar date (ISO, numeric, or with a month name).</summary>
    Date,

    /// <summary>A person's age.</summary>
    Age,

    /// <summary>An occupation or role.</summary>
    Profession,

    /// <summary>A Swedish organisation number (organisationsnummer): an employer, a firm (a sole trader's is a personnummer).</summary>
    Organisationsnummer,

    /// <summary>A web address.</summary>
    Url,

    /// <summary>Data concerning health (Art. 9): diagnoses, ICD-10 codes, treatments, medicines, care.</summary>
    Health,

    /// <summary>Racial or ethnic origin (Art. 9).</summary>
    EthnicOrigin,

    /// <summary>Religious or philosophical beliefs (Art. 9).</summary>
    Religion,

    /// <summary>Political opinions (Art. 9).</summary>
    PoliticalOpinion,

    /// <summary>Trade union membership (Art. 9).</summary>
    TradeUnion,

    /// <summary>Sex life or sexual orientation (Art. 9).</summary>
    SexualOrientation,

    /// <summary>Genetic data (Art. 9).</summary>
    Genetic,

    /// <summary>Biometric data for identification (Art. 9).</summary>
    Biometric,

    /// <summary>Criminal convictions and offences (Art. 10).</summary>
    Criminal,
}
