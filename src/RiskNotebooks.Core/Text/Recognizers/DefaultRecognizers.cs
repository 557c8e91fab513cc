namespace RiskNotebooks.Text.Recognizers;

/// <summary>The recognizers a <see cref="TextScanner"/> uses unless told otherwise.</summary>
public static class DefaultRecognizers
{
    /// <summary>Creates the built-in recognizers, in the order they run.</summary>
    /// <returns>
    /// <see cref="PersonnummerRecognizer"/>, <see cref="OrganisationsnummerRecognizer"/>, <see cref="PhoneNumberRecognizer"/>,
    /// <see cref="EmailRecognizer"/>, <see cref="IpAddressRecognizer"/>, <see cref="UrlRecognizer"/>, <see cref="IbanRecognizer"/>,
    /// <see cref="PostcodeRecognizer"/>, <see cref="StreetAddressRecognizer"/>, <see cref="DateRecognizer"/>,
    /// <see cref="AgeRecognizer"/>, <see cref="Icd10Recognizer"/> and <see cref="LexiconRecognizer"/>.
    /// </returns>
    public static IReadOnlyList<IRecognizer> Create() =>
    [
        new PersonnummerRecognizer(),
        new OrganisationsnummerRecognizer(),
        new PhoneNumberRecognizer(),
        new EmailRecognizer(),
        new IpAddressRecognizer(),
        new UrlRecognizer(),
        new IbanRecognizer(),
        new PostcodeRecognizer(),
        new StreetAddressRecognizer(),
        new DateRecognizer(),
        new AgeRecognizer(),
        new Icd10Recognizer(),
        new LexiconRecognizer(),
    ];
}
