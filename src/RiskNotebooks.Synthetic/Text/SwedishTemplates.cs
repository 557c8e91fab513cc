using System.Globalization;
using RiskNotebooks.Text;
using static RiskNotebooks.Text.EntityType;

namespace RiskNotebooks.Synthetic.Text;

/// <summary>Swedish interview transcripts and journal notes, from templates with slots for the persona's data.</summary>
internal static class SwedishTemplates
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly string[] Months = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

    private static readonly string[] Professions =
    [
        "lärare", "snickare", "elektriker", "busschaufför", "polis", "ekonom", "programmerare", "frisör", "kock", "journalist",
        "städare", "revisor", "bibliotekarie", "lastbilschaufför", "förskollärare", "mekaniker", "undersköterska", "sjuksköterska",
        "socialsekreterare", "präst", "riksdagsledamot", "fastighetsmäklare", "tolk", "arkitekt", "veterinär",
    ];

    private static readonly string[] Relations = ["dotter", "son", "sambo", "make", "fru", "syster", "bror", "mamma", "pappa"];

    private static readonly (string Term, string Code)[] Diagnoses =
    [
        ("typ 2-diabetes", "E11.9"), ("depression", "F32.1"), ("epilepsi", "G40.9"), ("bröstcancer", "C50.9"), ("astma", "J45.9"),
        ("utmattningssyndrom", "F43.8"), ("bipolär sjukdom", "F31.9"), ("hjärtsvikt", "I50.9"), ("reumatoid artrit", "M06.9"),
        ("KOL", "J44.9"), ("migrän", "G43.9"), ("schizofreni", "F20.9"),
    ];

    private static readonly string[] Medicines = ["metformin", "sertralin", "levaxin", "waran", "litium", "insulin", "kortison", "kvetiapin"];

    private static readonly string[] StreetRoots = ["Stor", "Kyrk", "Skol", "Björk", "Park", "Strand", "Ek", "Kvarn", "Stations", "Idrotts", "Tall", "Ängs"];

    private static readonly string[] StreetSuffixes = ["gatan", "vägen", "gränd", "stigen", "allén", "backen"];

    internal static string Street(Random r)
        => R.Pick(r, StreetRoots) + R.Pick(r, StreetSuffixes) + " " + r.Next(1, 80).ToString(Invariant) + (r.Next(4) == 0 ? "ABC"[r.Next(3)].ToString() : string.Empty);

    internal static string PickProfession(Random r) => R.Pick(r, Professions);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", Invariant);

    internal static string DateText(Random r, DateOnly d) => r.Next(5) switch
    {
        0 => Iso(d),
        1 => $"{d.Day} {Months[d.Month - 1]} {d.Year}",
        2 => $"{d.Day}:e {Months[d.Month - 1]} {d.Year}",
        3 => d.ToString("dd/MM/yyyy", Invariant),
        _ => $"{d.Day} {Months[d.Month - 1]} {d.Year}",
    };

    private static string AgeText(Random r, int age) => r.Next(3) == 0 ? $"{age} år gammal" : $"{age} år";

    internal static void Interview(DocumentBuilder b, Persona p, Random r, int number)
    {
        var pools = NamePools.Default;
        b.T($"Intervju {number:D3} – transkribering\nDatum: ").E(Date, DateText(r, p.Visit)).T("\nI = intervjuare, IP = intervjuperson\n\n");
        b.T("I: Kan du börja med att berätta lite om dig själv?\nIP: Ja, jag heter ").E(Person, p.Full).T(" och är ").E(Age, AgeText(r, p.Age)).T(". ");
        b.T(R.Pick(r, ["Jag har två barn och en hund.", "Jag tycker om att läsa och att vara ute i skogen.", "Det var en tuff period för några år sedan, men nu känns det bättre."])).T("\n");

        var blocks = new List<Action>
        {
            () =>
            {
                b.T("I: Var bor du?\nIP: Jag bor i ").E(EntityType.Location, p.Place).T(" sedan ").T((p.Visit.Year - r.Next(2, 20)).ToString(Invariant)).T(". ");
                if (r.Next(2) == 0)
                {
                    b.T("Vi har en lägenhet på ").E(StreetAddress, p.Street).T(", ").E(Postcode, p.Postcode).T(" ").E(EntityType.Location, p.Municipality?.Name ?? p.Place).T(".\n");
                }
                else
                {
                    b.T("Det är ").T(R.Pick(r, ["20 år sedan vi flyttade hit.", "lugnt och skönt där.", "nära till jobbet."])).T("\n");
                }
            },
            () =>
            {
                b.T("I: Var kommer du ifrån från början?\nIP: Jag är född i ").E(EntityType.Location, p.Origin).T(" och kom till ").E(EntityType.Location, "Sverige").T(" när jag var ").E(Age, $"{r.Next(3, 30)} år").T(".\n");
            },
            () =>
            {
                b.T("I: Vad arbetar du med?\nIP: Jag arbetar som ").E(Profession, p.Profession).T(" sedan ").T(r.Next(2, 15).ToString(Invariant)).T(" år tillbaka. ");
                if (r.Next(4) == 0)
                {
                    b.T("Företaget har organisationsnummer ").E(Organisationsnummer, SyntheticValues.Organisationsnummer(r)).T(", om ni behöver det.");
                }

                b.T("\n");
            },
            () =>
            {
                var relation = R.Pick(r, Relations);
                b.T("I: Berätta om din familj.\nIP: Min ").T(relation).T(" ").E(Person, p.RelativeFirst).T(" bor också i ").E(EntityType.Location, p.Place).T(". ");
                b.T(R.Pick(r, ["Vi har varit tillsammans i 12 år.", "Vi ses nästan varje helg.", "Per dag blir det kanske två timmar med promenader tillsammans."])).T("\n");
                if (r.Next(2) == 0)
                {
                    b.T("IP: ").E(Person, p.RelativeFirst).T(" ringde mig igår och frågade hur det var.\n");
                }
                else
                {
                    b.T("IP: Jag passade ").E(Person, p.RelativeFirst).T("s hund i helgen.\n");
                }
            },
            () =>
            {
                b.T("I: Hur når jag dig om jag har fler frågor?\nIP: Ring mig på ").E(Phone, p.Phone).T(" eller mejla ").E(Email, p.Email).T(".\n");
            },
            () =>
            {
                b.T("I: När ses vi nästa gång?\nIP: Vi sa den ").E(Date, $"{r.Next(1, 29)} {R.Pick(r, Months)}").T(", klockan 14.30.\n");
            },
        };

        if (r.Next(2) == 0)
        {
            var (term, _) = R.Pick(r, Diagnoses);
            var diagnosed = p.Visit.AddDays(-r.Next(200, 3000));
            blocks.Add(() => b.T("I: Hur har din hälsa varit?\nIP: För ").T(r.Next(2, 9).ToString(Invariant)).T(" år sedan fick jag diagnosen ").S(Health, term).T(". Det var den ").E(Date, $"{diagnosed.Day} {Months[diagnosed.Month - 1]} {diagnosed.Year}").T(".\n"));
        }

        if (r.Next(5) == 0)
        {
            blocks.Add(() => b.T("IP: Jag är ").S(Religion, R.Pick(r, ["muslim", "katolik", "buddhist", "troende kristen", "jude"])).T(" och tron betyder mycket för mig.\n"));
        }

        if (r.Next(6) == 0)
        {
            blocks.Add(() => b.T("IP: Jag är med i ").S(TradeUnion, "facket").T(", ").S(TradeUnion, R.Pick(r, ["Kommunal", "Vårdförbundet", "IF Metall", "Unionen"])).T(", sedan länge.\n"));
        }

        if (r.Next(8) == 0)
        {
            blocks.Add(() => b.T("IP: Jag har alltid röstat på ").S(PoliticalOpinion, R.Pick(r, ["Vänsterpartiet", "Moderaterna", "Centerpartiet", "Miljöpartiet", "Sverigedemokraterna"])).T(".\n"));
        }

        if (r.Next(8) == 0)
        {
            blocks.Add(() => b.T("IP: Jag är ").S(SexualOrientation, R.Pick(r, ["bisexuell", "homosexuell", "lesbisk"])).T(" och lever ihop med ").E(Person, R.Pick(r, pools.SwedishFirst)).T(".\n"));
        }

        if (r.Next(8) == 0)
        {
            blocks.Add(() => b.T("IP: Jag ").S(Criminal, "dömdes").T(" för ").S(Criminal, R.Pick(r, ["ringa stöld", "rattfylleri", "misshandel"])).T(" när jag var ung.\n"));
        }

        if (r.Next(10) == 0)
        {
            blocks.Add(() => b.T("IP: Min familj är ").S(EthnicOrigin, R.Pick(r, ["kurdisk", "samisk", "assyrisk", "somalisk"])).T(" och vi firar högtiderna tillsammans.\n"));
        }

        if (r.Next(7) == 0)
        {
            blocks.Add(() => b.T("IP: Jag skriver om det här på ").E(Url, "https://www.example.se/blogg/" + p.First.ToLowerInvariant() + r.Next(10, 99).ToString(Invariant)).T(".\n"));
        }

        if (r.Next(10) == 0)
        {
            blocks.Add(() => b.T("IP: Datorn hade IP-adressen ").E(IpAddress, r.Next(3) == 0 ? SyntheticValues.IPv6(r) : SyntheticValues.IPv4(r)).T(" när det hände.\n"));
        }

        if (r.Next(8) == 0)
        {
            blocks.Add(() => b.T("IP: Ersättningen kan ni sätta in på ").E(Iban, SyntheticValues.Iban(r, "SE")).T(".\n"));
        }

        if (r.Next(6) == 0)
        {
            blocks.Add(() => b.T("IP: Mitt personnummer är ").E(Personnummer, SyntheticValues.Personnummer(r, p.Birth, false, r.Next(4))).T(", om ni behöver det för ersättningen.\n"));
        }

        // Numbers and words that look like personal data but are not.
        blocks.Add(() => b.T("IP: ").T(R.Pick(r,
        [
            "Det kostade ungefär 12 500 kronor.", "Vi var 14 personer på kursen, och den pågick i 3 veckor.", "Jag cyklar 7 km till jobbet varje dag.",
            "Klockan var ungefär 14.30 när jag kom hem.", "Vi hade ordernummer 4711-2233 på paketet.", "Tåget gick 08.15 från spår 3.",
            "Vi har bott här i 15 år nu.", "Hans mamma bodde granne med oss.", "Jag skrev fel nummer först, " + SyntheticValues.InvalidPersonnummer(r) + ", men rättade det sen.",
            "Det är 20 år sedan nu.", "Sidan 12 i broschyren förklarade allt.", "Version 2.1.4 av appen fungerade bättre.",
        ])).T("\n"));

        R.Shuffle(r, blocks);
        foreach (var block in blocks)
        {
            block();
        }

        b.T("I: Tack för att du ville vara med.\nIP: Tack själv!\n");
    }

    /// <summary>A transcript already stripped of names and contact details: what is left are quasi-identifiers.</summary>
    internal static void PseudonymisedInterview(DocumentBuilder b, Persona p, Random r, int number)
    {
        b.T($"Intervju {number:D3} – transkribering (avidentifierad)\nDatum: ").E(Date, DateText(r, p.Visit)).T("\nI = intervjuare, IP = intervjuperson\n\n");
        b.T("I: Kan du börja med att berätta lite om dig själv?\nIP: Ja, ");
        if (r.Next(2) == 0)
        {
            b.T("jag är ").E(Age, AgeText(r, p.Age)).T(" och ");
        }

        b.T("jag har två barn och en hund.\n");
        if (r.Next(2) == 0)
        {
            b.T("I: Vad arbetar du med?\nIP: Jag arbetar som ").E(Profession, p.Profession).T(" sedan ").T(r.Next(2, 15).ToString(Invariant)).T(" år tillbaka.\n");
        }

        if (r.Next(2) == 0)
        {
            b.T("I: Var bor du?\nIP: Jag bor i ").E(EntityType.Location, p.Place).T(" sedan ").T((p.Visit.Year - r.Next(2, 20)).ToString(Invariant)).T(".\n");
        }

        if (r.Next(2) == 0)
        {
            var (term, _) = R.Pick(r, Diagnoses);
            b.T("I: Hur har din hälsa varit?\nIP: För ").T(r.Next(2, 9).ToString(Invariant)).T(" år sedan fick jag diagnosen ").S(Health, term).T(".\n");
        }

        if (r.Next(5) == 0)
        {
            b.T("IP: Jag är ").S(Religion, R.Pick(r, ["muslim", "katolik", "buddhist", "troende kristen", "jude"])).T(" och tron betyder mycket för mig.\n");
        }

        b.T("IP: ").T(R.Pick(r, ["Det var en tuff period, men nu känns det bättre.", "Vi har bott här i 15 år nu.", "Det kostade ungefär 12 500 kronor."])).T("\n");
        b.T("I: Tack för att du ville vara med.\nIP: Tack själv!\n");
    }

    internal static void JournalNote(DocumentBuilder b, Persona p, Random r)
    {
        var (term, code) = R.Pick(r, Diagnoses);
        b.Mark(Health);
        var unit = R.Pick(r, ["Vårdcentralen Centrum", "Medicinmottagningen", "Psykiatriska öppenvårdsmottagningen", "Akutmottagningen"]);
        var samordning = r.Next(10) == 0;
        b.T("Journalanteckning – ").T(unit).T("\nPatient: ").E(Person, p.Full).T(", ")
            .E(samordning ? Samordningsnummer : Personnummer, SyntheticValues.Personnummer(r, p.Birth, samordning, r.Next(4))).T("\n");
        b.T("Adress: ").E(StreetAddress, p.Street).T(", ").E(Postcode, p.Postcode).T(" ").E(EntityType.Location, p.Municipality?.Name ?? p.Place).T("\n");
        b.T("Telefon: ").E(Phone, p.Phone).T("\n");
        b.T("Besöksdatum: ").E(Date, Iso(p.Visit)).T(" kl. ").T($"{r.Next(8, 17):D2}.{r.Next(60):D2}").T("\n");
        b.T("Ansvarig läkare: Dr. ").E(Person, p.ClinicianFirst + " " + p.ClinicianLast).T("\n\n");

        b.T("Kontaktorsak: ").T(R.Pick(r, ["Uppföljning.", "Försämring senaste veckan.", "Nybesök på remiss.", "Förnyelse av recept."])).T("\n");
        b.T("Anamnes: ").E(Age, $"{p.Age}-årig").T(" patient med ").T(term).T(" sedan ").T((p.Visit.Year - r.Next(1, 15)).ToString(Invariant)).T(". ");
        b.T("Arbetar som ").E(Profession, p.Profession).T(". Bor med sin ").T(R.Pick(r, Relations)).T(" ").E(Person, p.RelativeFirst).T(" i ").E(EntityType.Location, p.Place).T(". ");
        if (r.Next(3) == 0)
        {
            b.T("Född i ").E(EntityType.Location, p.Origin).T(". ");
        }

        if (r.Next(5) == 0)
        {
            b.T("Arbetsgivare med org.nr ").E(Organisationsnummer, SyntheticValues.Organisationsnummer(r)).T(". ");
        }

        var acute = p.Visit.AddDays(-r.Next(2, 30));
        b.T("\nAktuellt: Sökte akut den ").E(Date, $"{acute.Day} {Months[acute.Month - 1]}").T(" för ").T(R.Pick(r, ["yrsel", "trötthet", "bröstsmärta", "andfåddhet", "sömnsvårigheter"])).T(".\n");
        b.T($"Status: Allmäntillstånd gott. Blodtryck {r.Next(110, 165)}/{r.Next(65, 98)}. Puls {r.Next(55, 95)}. Vikt {r.Next(55, 115)} kg. Temp 37,{r.Next(10)}.\n");
        b.T("Bedömning: ").T(char.ToUpperInvariant(term[0]) + term[1..]).T(", ").T(code).T(".\n");
        b.T("Åtgärd: ").T(R.Pick(r, Medicines)).T($" {R.Pick(r, ["5", "50", "100", "500"])} mg x {r.Next(1, 4)}. Återbesök om {r.Next(2, 12)} veckor.");
        if (r.Next(3) == 0)
        {
            b.T(" Anhörig nås på ").E(Phone, SyntheticValues.SwedishPhone(r)).T(".");
        }

        b.T(R.Pick(r, [" Remiss skickas till Sahlgrenska universitetssjukhuset.", " Kontakt med Försäkringskassan om intyg.", " Bedöms av Ortopeden i morgon.", string.Empty]));
        b.T("\n");
        if (r.Next(8) == 0)
        {
            b.T("Inloggning i journalen via ").E(IpAddress, SyntheticValues.IPv4(r)).T(" noterad.\n");
        }

        switch (r.Next(12))
        {
            case 0:
                b.T("Patienten är ").S(Religion, "Jehovas vittne").T(" och avböjer blodtransfusion.\n");
                break;
            case 1:
                b.T("Patienten avtjänar ett ").S(Criminal, "fängelsestraff").T(" och kommer från anstalten med personal.\n");
                break;
            case 2:
                b.T("Patienten lever i en ").S(SexualOrientation, "samkönad").T(" relation.\n");
                break;
            case 3:
                b.T("Tidigare ").S(Genetic, "genetisk").T(" utredning visar ").S(Genetic, "BRCA1-mutation").T(".\n");
                break;
            case 4:
                b.T("Patienten är ").S(EthnicOrigin, "same").T(" och arbetar med renskötsel.\n");
                break;
            default:
                break;
        }

        b.T("Signerad: ").E(Person, p.ClinicianFirst + " " + p.ClinicianLast).T(", leg. läkare, ").E(Date, Iso(p.Visit)).T("\n");
    }
}
