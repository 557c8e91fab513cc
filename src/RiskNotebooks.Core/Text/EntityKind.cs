namespace RiskNotebooks.Text;

/// <summary>What a kind of finding means for the risk of a document.</summary>
public enum EntityKind
{
    /// <summary>Identifies a person on its own (a personnummer, a name, a phone number): any one makes a document identified.</summary>
    DirectIdentifier,

    /// <summary>Narrows down who a person is in combination with others (a place, an age, a date, a profession).</summary>
    QuasiIdentifier,

    /// <summary>A special category of personal data (GDPR Art. 9) or criminal data (Art. 10): raises the harm of disclosure.</summary>
    SpecialCategory,
}
