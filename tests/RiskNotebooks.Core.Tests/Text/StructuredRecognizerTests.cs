using RiskNotebooks.Text;
using RiskNotebooks.Text.Recognizers;

namespace RiskNotebooks.Tests.Text;

public sealed class PersonnummerRecognizerTests
{
    private readonly PersonnummerRecognizer recognizer = new();

    [Theory]
    [InlineData("Pnr 811218-9876 enligt remiss.", "811218-9876")]
    [InlineData("Född 19811218-9876.", "19811218-9876")]
    [InlineData("personnummer 198112189876", "198112189876")]
    [InlineData("personnummer 8112189876", "8112189876")]
    [InlineData("Över hundra: 121212+1212", "121212+1212")]
    [InlineData("Skatteverkets exempel 19121212-1212.", "19121212-1212")]
    public void Finds_valid_personnummer_in_every_written_form(string text, string expected)
        => Assert.Equal([expected], Recognize.Found(recognizer, text));

    [Theory]
    [InlineData("811218-9875")] // wrong check digit
    [InlineData("811218-9870")] // wrong check digit
    [InlineData("811318-9875")] // month 13 (right check digit)
    [InlineData("810230-1234")] // 30 February
    [InlineData("810229-1237")] // 29 February 1981/2081, neither a leap year
    [InlineData("811200-9876")] // day 0
    [InlineData("8112189875")] // bare, wrong check digit
    [InlineData("0811218-9876")] // part of a longer number
    [InlineData("811218-98765")] // part of a longer number
    [InlineData("ABC811218-9876")] // glued to letters
    public void Rejects_wrong_check_digits_impossible_dates_and_longer_numbers(string text)
        => Assert.Empty(Recognize.Found(recognizer, text));

    [Fact]
    public void Leap_day_is_valid_in_a_leap_year()
    {
        // 2000-02-29 and 1960-02-29 exist; the check digits are computed for these birth numbers.
        Assert.Equal(EntityType.Personnummer, PersonnummerRecognizer.Classify("6002291232"));
        Assert.Null(PersonnummerRecognizer.Classify("6102291231"));
    }

    [Fact]
    public void A_day_plus_60_is_a_samordningsnummer()
    {
        var found = Recognize.With(recognizer, "Samordningsnummer 701063-2391 noterat.");
        Assert.Equal(EntityType.Samordningsnummer, Assert.Single(found).Type);
        Assert.Equal("701063-2391", found[0].Text);
        Assert.Empty(Recognize.Found(recognizer, "701093-2395")); // day 33: no such date
    }

    [Fact]
    public void Ten_bare_digits_are_weaker_without_context_and_weaker_still_when_shaped_like_a_mobile_number()
    {
        Assert.Equal(0.85, Recognize.With(recognizer, "ref 8112189876 ok").Single().Confidence);
        Assert.Equal(0.99, Recognize.With(recognizer, "personnummer 8112189876").Single().Confidence);
        Assert.Equal(0.99, Recognize.With(recognizer, "811218-9876").Single().Confidence);
        var mobileShaped = Recognize.With(recognizer, "ring 0702149873");
        Assert.True(mobileShaped.Count == 0 || mobileShaped[0].Confidence < 0.7);
    }
}

public sealed class OrganisationsnummerRecognizerTests
{
    private readonly OrganisationsnummerRecognizer recognizer = new();

    [Theory]
    [InlineData("Volvo AB, org.nr 556012-5790.", "556012-5790")]
    [InlineData("Arbetsgivare 212000-0142 (Skatteverket).", "212000-0142")]
    [InlineData("organisationsnummer 5560125790", "5560125790")]
    [InlineData("16 prefix: 16556012-5790", "16556012-5790")]
    public void Finds_valid_organisation_numbers(string text, string expected)
        => Assert.Equal([expected], Recognize.Found(recognizer, text));

    [Theory]
    [InlineData("556012-5791")] // wrong check digit
    [InlineData("551012-5791")] // third digit below 2: a date, not an organisation
    [InlineData("456012-5793")] // 4 is not a legal-form group
    public void Rejects_invalid_organisation_numbers(string text) => Assert.Empty(Recognize.Found(recognizer, text));
}

public sealed class PhoneNumberRecognizerTests
{
    private readonly PhoneNumberRecognizer recognizer = new();

    [Theory]
    [InlineData("Ring 070-123 45 67 efter tre.", "070-123 45 67")]
    [InlineData("Mobil: 070 123 45 67", "070 123 45 67")]
    [InlineData("tel 0701234567", "0701234567")]
    [InlineData("Växel 08-123 456 78.", "08-123 456 78")]
    [InlineData("Nås på 031-12 34 56.", "031-12 34 56")]
    [InlineData("+46 70 123 45 67", "+46 70 123 45 67")]
    [InlineData("+46 (0)70 123 45 67", "+46 (0)70 123 45 67")]
    [InlineData("Call +44 20 7946 0958 today", "+44 20 7946 0958")]
    [InlineData("Phone 020 7946 0958", "020 7946 0958")]
    [InlineData("Mobile 07700 900123", "07700 900123")]
    [InlineData("Call (415) 555-2671.", "(415) 555-2671")]
    [InlineData("Call 415-555-2671.", "415-555-2671")]
    [InlineData("E.164: +14155552671", "+14155552671")]
    public void Finds_swedish_national_and_international_numbers(string text, string expected)
        => Assert.Equal([expected], Recognize.Found(recognizer, text));

    [Theory]
    [InlineData("Blodtryck 140/90, puls 72.")]
    [InlineData("Datum 03-03-2024.")]
    [InlineData("Datum 2024-03-03.")]
    [InlineData("Det kostade 12 500 kr.")]
    [InlineData("Klockan 14.30 kom hon.")]
    [InlineData("Ordernummer 4711-2233.")]
    [InlineData("0,5 mg två gånger.")]
    [InlineData("+46 12")] // too short
    [InlineData("+1 234 567 8901 2345 6789")] // too long
    public void Rejects_numbers_that_are_not_phone_numbers(string text) => Assert.Empty(Recognize.Found(recognizer, text));
}

public sealed class EmailUrlIpRecognizerTests
{
    [Theory]
    [InlineData("Mejla anna.svensson@example.se.", "anna.svensson@example.se")]
    [InlineData("x+tag@sub.domain.org, igen", "x+tag@sub.domain.org")]
    public void Finds_email_addresses(string text, string expected)
        => Assert.Equal([expected], Recognize.Found(new EmailRecognizer(), text));

    [Theory]
    [InlineData("user@localhost")]
    [InlineData("@example.se")]
    [InlineData("a@b.c1")]
    public void Rejects_what_is_not_an_email_address(string text) => Assert.Empty(Recognize.Found(new EmailRecognizer(), text));

    [Theory]
    [InlineData("Se https://www.example.se/profil?id=3.", "https://www.example.se/profil?id=3")]
    [InlineData("(www.example.com/a_(b))", "www.example.com/a_(b)")]
    [InlineData("ftp://files.example.org/x", "ftp://files.example.org/x")]
    public void Finds_urls_without_trailing_punctuation(string text, string expected)
        => Assert.Equal([expected], Recognize.Found(new UrlRecognizer(), text));

    [Theory]
    [InlineData("IP 192.168.1.20 loggad.", "192.168.1.20")]
    [InlineData("från 2001:db8:85a3::8a2e:370:7334 igår", "2001:db8:85a3::8a2e:370:7334")]
    [InlineData("fe80::1 lokalt", "fe80::1")]
    [InlineData("server ab::1: nere", "ab::1")] // ends before a later colon: once hung the scanner (found again and again)
    public void Finds_ip_addresses(string text, string expected)
        => Assert.Equal([expected], Recognize.Found(new IpAddressRecognizer(), text));

    [Theory]
    [InlineData("256.1.1.1")]
    [InlineData("1.2.3")]
    [InlineData("version 10.0.1.2")]
    [InlineData("1.2.3.4.5")]
    [InlineData("Kl 12:30:45")]
    public void Rejects_what_is_not_an_ip_address(string text) => Assert.Empty(Recognize.Found(new IpAddressRecognizer(), text));
}

public sealed class IbanRecognizerTests
{
    private readonly IbanRecognizer recognizer = new();

    [Theory]
    [InlineData("Konto SE45 5000 0000 0583 9825 7466.", "SE45 5000 0000 0583 9825 7466")]
    [InlineData("IBAN SE4550000000058398257466", "SE4550000000058398257466")]
    [InlineData("Pay GB82 WEST 1234 5698 7654 32 now", "GB82 WEST 1234 5698 7654 32")]
    [InlineData("DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 00")]
    public void Finds_ibans_with_valid_check_digits(string text, string expected)
        => Assert.Equal([expected], Recognize.Found(recognizer, text));

    [Theory]
    [InlineData("SE46 5000 0000 0583 9825 7466")] // check digits off by one
    [InlineData("SE45 5000 0000 0583 9825 746")] // too short for Sweden
    [InlineData("XX45 5000 0000 0583 9825 7466")] // no such country
    public void Rejects_wrong_check_digits_and_lengths(string text) => Assert.Empty(Recognize.Found(recognizer, text));
}

public sealed class PostcodeAndAddressRecognizerTests
{
    [Theory]
    [InlineData("Storgatan 1, 903 25 Umeå", "903 25", 0.95)]
    [InlineData("SE-114 55", "114 55", 0.95)]
    [InlineData("postnummer 114 55", "114 55", 0.95)]
    [InlineData("London NW1 6XE", "NW1 6XE", 0.9)]
    [InlineData("Springfield, IL 62704", "62704", 0.85)]
    public void Finds_postcodes(string text, string expected, double confidence)
    {
        var found = Recognize.With(new PostcodeRecognizer(), text).Single();
        Assert.Equal(expected, found.Text);
        Assert.Equal(confidence, found.Confidence);
    }

    [Theory]
    [InlineData("070-123 45 67")]
    [InlineData("Det kostade 125 000 kr")]
    [InlineData("012 34")]
    public void Rejects_digit_groups_of_phone_numbers_and_amounts(string text) => Assert.Empty(Recognize.Found(new PostcodeRecognizer(), text));

    [Theory]
    [InlineData("Adress: Storgatan 12, Umeå", "Storgatan 12")]
    [InlineData("bor på Björkvägen 3B nu", "Björkvägen 3B")]
    [InlineData("Stora Nygatan 5", "Stora Nygatan 5")]
    [InlineData("Drottning Kristinas väg 7", "Drottning Kristinas väg 7")]
    [InlineData("lives at 221B Baker Street.", "221B Baker Street")]
    [InlineData("12 Elm Rd, Leeds", "12 Elm Rd")]
    public void Finds_street_addresses(string text, string expected)
        => Assert.Equal([expected], Recognize.Found(new StreetAddressRecognizer(), text));

    [Theory]
    [InlineData("på vägen 3 gånger")]
    [InlineData("12 mg morgon och kväll")]
    [InlineData("3 Elm trees")]
    public void Rejects_what_is_not_an_address(string text) => Assert.Empty(Recognize.Found(new StreetAddressRecognizer(), text));
}

public sealed class DateAndAgeRecognizerTests
{
    [Theory]
    [InlineData("Besök 2024-03-03.", "2024-03-03")]
    [InlineData("den 3 mars 2024 kl 10", "3 mars 2024")]
    [InlineData("den 3:e mars", "3:e mars")]
    [InlineData("on March 3, 2024 we", "March 3, 2024")]
    [InlineData("the 3rd of March 2024", "3rd of March 2024")]
    [InlineData("seen 3/3/24", "3/3/24")]
    [InlineData("seen 03.03.2024", "03.03.2024")]
    [InlineData("i mars 2024", "mars 2024")]
    [InlineData("datum 20240303", "20240303")]
    public void Finds_dates_in_the_listed_forms(string text, string expected)
        => Assert.Equal([expected], Recognize.Found(new DateRecognizer(), text));

    [Theory]
    [InlineData("2024-02-30")] // no 30 February
    [InlineData("2023-02-29")] // not a leap year
    [InlineData("2024-13-01")] // month 13
    [InlineData("32 mars")]
    [InlineData("BT 140/90")]
    [InlineData("1/2 av patienterna")]
    [InlineData("Version 2.1.4")]
    public void Rejects_impossible_dates_and_fractions(string text) => Assert.Empty(Recognize.Found(new DateRecognizer(), text));

    [Fact]
    public void Accepts_29_february_in_a_leap_year() => Assert.Equal(["2024-02-29"], Recognize.Found(new DateRecognizer(), "2024-02-29"));

    [Theory]
    [InlineData("Hon är 45 år.", "45 år")]
    [InlineData("45 år gammal", "45 år gammal")]
    [InlineData("En 45-årig kvinna", "45-årig")]
    [InlineData("en 8-åring", "8-åring")]
    [InlineData("vid 45 års ålder", "45 års ålder")]
    [InlineData("a 45-year-old man", "45-year-old")]
    [InlineData("he is 45 years old", "45 years old")]
    [InlineData("aged 45, male", "45")]
    [InlineData("Ålder: 45", "45")]
    public void Finds_ages(string text, string expected)
        => Assert.Equal([expected], Recognize.Found(new AgeRecognizer(), text));

    [Theory]
    [InlineData("Hon har rökt i 20 år.")]
    [InlineData("för 3 år sedan")]
    [InlineData("Det är 20 år sedan.")]
    [InlineData("130 år")]
    [InlineData("for 15 years now")]
    public void Rejects_durations_and_impossible_ages(string text) => Assert.Empty(Recognize.Found(new AgeRecognizer(), text));

    [Theory]
    [InlineData("Diagnos F32.1 och F41.1.", new[] { "F32.1", "F41.1" })]
    [InlineData("ICD-10: E11, I10", new[] { "E11", "I10" })]
    [InlineData("Vitamin B12 och papper A4.", new string[0])]
    public void Finds_icd10_codes_with_a_decimal_or_after_a_context_word(string text, string[] expected)
        => Assert.Equal(expected, Recognize.Found(new Icd10Recognizer(), text));
}
