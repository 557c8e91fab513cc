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
        => SeededChoices.Pick(r, StreetRoots) + SeededChoices.Pick(r, StreetSuffixes) + " " + r.Next(1, 80).ToString(Invariant) + (r.Next(4) == 0 ? "ABC"[r.Next(3)].ToString() : string.Empty);

    internal static string PickProfession(Random r) => SeededChoices.Pick(r, Professions);

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
        b.Text($"Intervju {number:D3} – transkribering\nDatum: ").Entity(Date, DateText(r, p.Visit)).Text("\nI = intervjuare, IP = intervjuperson\n\n");
        b.Text("I: Kan du börja med att berätta lite om dig själv?\nIP: Ja, jag heter ").Entity(Person, p.Full).Text(" och är ").Entity(Age, AgeText(r, p.Age)).Text(". ");
        b.Text(SeededChoices.Pick(r, ["Jag har två barn och en hund.", "Jag tycker om att läsa och att vara ute i skogen.", "Det var en tuff period för några år sedan, men nu känns det bättre."])).Text("\n");

        var blocks = new List<Action>
        {
            () =>
            {
                b.Text("I: Var bor du?\nIP: Jag bor i ").Entity(EntityType.Location, p.Place).Text(" sedan ").Text((p.Visit.Year - r.Next(2, 20)).ToString(Invariant)).Text(". ");
                if (r.Next(2) == 0)
                {
                    b.Text("Vi har en lägenhet på ").Entity(StreetAddress, p.Street).Text(", ").Entity(Postcode, p.Postcode).Text(" ").Entity(EntityType.Location, p.Municipality?.Name ?? p.Place).Text(".\n");
                }
                else
                {
                    b.Text("Det är ").Text(SeededChoices.Pick(r, ["20 år sedan vi flyttade hit.", "lugnt och skönt där.", "nära till jobbet."])).Text("\n");
                }
            },
            () =>
            {
                b.Text("I: Var kommer du ifrån från början?\nIP: Jag är född i ").Entity(EntityType.Location, p.Origin).Text(" och kom till ").Entity(EntityType.Location, "Sverige").Text(" när jag var ").Entity(Age, $"{r.Next(3, 30)} år").Text(".\n");
            },
            () =>
            {
                b.Text("I: Vad arbetar du med?\nIP: Jag arbetar som ").Entity(Profession, p.Profession).Text(" sedan ").Text(r.Next(2, 15).ToString(Invariant)).Text(" år tillbaka. ");
                if (r.Next(4) == 0)
                {
                    b.Text("Företaget har organisationsnummer ").Entity(Organisationsnummer, SyntheticValues.Organisationsnummer(r)).Text(", om ni behöver det.");
                }

                b.Text("\n");
            },
            () =>
            {
                var relation = SeededChoices.Pick(r, Relations);
                b.Text("I: Berätta om din familj.\nIP: Min ").Text(relation).Text(" ").Entity(Person, p.RelativeFirst).Text(" bor också i ").Entity(EntityType.Location, p.Place).Text(". ");
                b.Text(SeededChoices.Pick(r, ["Vi har varit tillsammans i 12 år.", "Vi ses nästan varje helg.", "Per dag blir det kanske två timmar med promenader tillsammans."])).Text("\n");
                if (r.Next(2) == 0)
                {
                    b.Text("IP: ").Entity(Person, p.RelativeFirst).Text(" ringde mig igår och frågade hur det var.\n");
                }
                else
                {
                    b.Text("IP: Jag passade ").Entity(Person, p.RelativeFirst).Text("s hund i helgen.\n");
                }
            },
            () =>
            {
                b.Text("I: Hur når jag dig om jag har fler frågor?\nIP: Ring mig på ").Entity(Phone, p.Phone).Text(" eller mejla ").Entity(Email, p.Email).Text(".\n");
            },
            () =>
            {
                b.Text("I: När ses vi nästa gång?\nIP: Vi sa den ").Entity(Date, $"{r.Next(1, 29)} {SeededChoices.Pick(r, Months)}").Text(", klockan 14.30.\n");
            },
        };

        if (r.Next(2) == 0)
        {
            var (term, _) = SeededChoices.Pick(r, Diagnoses);
            var diagnosed = p.Visit.AddDays(-r.Next(200, 3000));
            blocks.Add(() => b.Text("I: Hur har din hälsa varit?\nIP: För ").Text(r.Next(2, 9).ToString(Invariant)).Text(" år sedan fick jag diagnosen ").Special(Health, term).Text(". Det var den ").Entity(Date, $"{diagnosed.Day} {Months[diagnosed.Month - 1]} {diagnosed.Year}").Text(".\n"));
        }

        if (r.Next(5) == 0)
        {
            blocks.Add(() => b.Text("IP: Jag är ").Special(Religion, SeededChoices.Pick(r, ["muslim", "katolik", "buddhist", "troende kristen", "jude"])).Text(" och tron betyder mycket för mig.\n"));
        }

        if (r.Next(6) == 0)
        {
            blocks.Add(() => b.Text("IP: Jag är med i ").Special(TradeUnion, "facket").Text(", ").Special(TradeUnion, SeededChoices.Pick(r, ["Kommunal", "Vårdförbundet", "IF Metall", "Unionen"])).Text(", sedan länge.\n"));
        }

        if (r.Next(8) == 0)
        {
            blocks.Add(() => b.Text("IP: Jag har alltid röstat på ").Special(PoliticalOpinion, SeededChoices.Pick(r, ["Vänsterpartiet", "Moderaterna", "Centerpartiet", "Miljöpartiet", "Sverigedemokraterna"])).Text(".\n"));
        }

        if (r.Next(8) == 0)
        {
            blocks.Add(() => b.Text("IP: Jag är ").Special(SexualOrientation, SeededChoices.Pick(r, ["bisexuell", "homosexuell", "lesbisk"])).Text(" och lever ihop med ").Entity(Person, SeededChoices.Pick(r, pools.SwedishFirst)).Text(".\n"));
        }

        if (r.Next(8) == 0)
        {
            blocks.Add(() => b.Text("IP: Jag ").Special(Criminal, "dömdes").Text(" för ").Special(Criminal, SeededChoices.Pick(r, ["ringa stöld", "rattfylleri", "misshandel"])).Text(" när jag var ung.\n"));
        }

        if (r.Next(10) == 0)
        {
            blocks.Add(() => b.Text("IP: Min familj är ").Special(EthnicOrigin, SeededChoices.Pick(r, ["kurdisk", "samisk", "assyrisk", "somalisk"])).Text(" och vi firar högtiderna tillsammans.\n"));
        }

        if (r.Next(7) == 0)
        {
            blocks.Add(() => b.Text("IP: Jag skriver om det här på ").Entity(Url, "https://www.example.se/blogg/" + p.First.ToLowerInvariant() + r.Next(10, 99).ToString(Invariant)).Text(".\n"));
        }

        if (r.Next(10) == 0)
        {
            blocks.Add(() => b.Text("IP: Datorn hade IP-adressen ").Entity(IpAddress, r.Next(3) == 0 ? SyntheticValues.IPv6(r) : SyntheticValues.IPv4(r)).Text(" när det hände.\n"));
        }

        if (r.Next(8) == 0)
        {
            blocks.Add(() => b.Text("IP: Ersättningen kan ni sätta in på ").Entity(Iban, SyntheticValues.Iban(r, "SE")).Text(".\n"));
        }

        if (r.Next(6) == 0)
        {
            blocks.Add(() => b.Text("IP: Mitt personnummer är ").Entity(Personnummer, SyntheticValues.Personnummer(r, p.Birth, false, r.Next(4))).Text(", om ni behöver det för ersättningen.\n"));
        }

        // Numbers and words that look like personal data but are not.
        blocks.Add(() => b.Text("IP: ").Text(SeededChoices.Pick(r,
        [
            "Det kostade ungefär 12 500 kronor.", "Vi var 14 personer på kursen, och den pågick i 3 veckor.", "Jag cyklar 7 km till jobbet varje dag.",
            "Klockan var ungefär 14.30 när jag kom hem.", "Vi hade ordernummer 4711-2233 på paketet.", "Tåget gick 08.15 från spår 3.",
            "Vi har bott här i 15 år nu.", "Hans mamma bodde granne med oss.", "Jag skrev fel nummer först, " + SyntheticValues.InvalidPersonnummer(r) + ", men rättade det sen.",
            "Det är 20 år sedan nu.", "Sidan 12 i broschyren förklarade allt.", "Version 2.1.4 av appen fungerade bättre.",
        ])).Text("\n"));

        SeededChoices.Shuffle(r, blocks);
        foreach (var block in blocks)
        {
            block();
        }

        b.Text("I: Tack för att du ville vara med.\nIP: Tack själv!\n");
    }

    /// <summary>A transcript already stripped of names and contact details: what is left are quasi-identifiers.</summary>
    internal static void PseudonymisedInterview(DocumentBuilder b, Persona p, Random r, int number)
    {
        b.Text($"Intervju {number:D3} – transkribering (avidentifierad)\nDatum: ").Entity(Date, DateText(r, p.Visit)).Text("\nI = intervjuare, IP = intervjuperson\n\n");
        b.Text("I: Kan du börja med att berätta lite om dig själv?\nIP: Ja, ");
        if (r.Next(2) == 0)
        {
            b.Text("jag är ").Entity(Age, AgeText(r, p.Age)).Text(" och ");
        }

        b.Text("jag har två barn och en hund.\n");
        if (r.Next(2) == 0)
        {
            b.Text("I: Vad arbetar du med?\nIP: Jag arbetar som ").Entity(Profession, p.Profession).Text(" sedan ").Text(r.Next(2, 15).ToString(Invariant)).Text(" år tillbaka.\n");
        }

        if (r.Next(2) == 0)
        {
            b.Text("I: Var bor du?\nIP: Jag bor i ").Entity(EntityType.Location, p.Place).Text(" sedan ").Text((p.Visit.Year - r.Next(2, 20)).ToString(Invariant)).Text(".\n");
        }

        if (r.Next(2) == 0)
        {
            var (term, _) = SeededChoices.Pick(r, Diagnoses);
            b.Text("I: Hur har din hälsa varit?\nIP: För ").Text(r.Next(2, 9).ToString(Invariant)).Text(" år sedan fick jag diagnosen ").Special(Health, term).Text(".\n");
        }

        if (r.Next(5) == 0)
        {
            b.Text("IP: Jag är ").Special(Religion, SeededChoices.Pick(r, ["muslim", "katolik", "buddhist", "troende kristen", "jude"])).Text(" och tron betyder mycket för mig.\n");
        }

        b.Text("IP: ").Text(SeededChoices.Pick(r, ["Det var en tuff period, men nu känns det bättre.", "Vi har bott här i 15 år nu.", "Det kostade ungefär 12 500 kronor."])).Text("\n");
        b.Text("I: Tack för att du ville vara med.\nIP: Tack själv!\n");
    }

    internal static void JournalNote(DocumentBuilder b, Persona p, Random r)
    {
        var (term, code) = SeededChoices.Pick(r, Diagnoses);
        b.Mark(Health);
        var unit = SeededChoices.Pick(r, ["Vårdcentralen Centrum", "Medicinmottagningen", "Psykiatriska öppenvårdsmottagningen", "Akutmottagningen"]);
        var samordning = r.Next(10) == 0;
        b.Text("Journalanteckning – ").Text(unit).Text("\nPatient: ").Entity(Person, p.Full).Text(", ")
            .Entity(samordning ? Samordningsnummer : Personnummer, SyntheticValues.Personnummer(r, p.Birth, samordning, r.Next(4))).Text("\n");
        b.Text("Adress: ").Entity(StreetAddress, p.Street).Text(", ").Entity(Postcode, p.Postcode).Text(" ").Entity(EntityType.Location, p.Municipality?.Name ?? p.Place).Text("\n");
        b.Text("Telefon: ").Entity(Phone, p.Phone).Text("\n");
        b.Text("Besöksdatum: ").Entity(Date, Iso(p.Visit)).Text(" kl. ").Text($"{r.Next(8, 17):D2}.{r.Next(60):D2}").Text("\n");
        b.Text("Ansvarig läkare: Dr. ").Entity(Person, p.ClinicianFirst + " " + p.ClinicianLast).Text("\n\n");

        b.Text("Kontaktorsak: ").Text(SeededChoices.Pick(r, ["Uppföljning.", "Försämring senaste veckan.", "Nybesök på remiss.", "Förnyelse av recept."])).Text("\n");
        b.Text("Anamnes: ").Entity(Age, $"{p.Age}-årig").Text(" patient med ").Text(term).Text(" sedan ").Text((p.Visit.Year - r.Next(1, 15)).ToString(Invariant)).Text(". ");
        b.Text("Arbetar som ").Entity(Profession, p.Profession).Text(". Bor med sin ").Text(SeededChoices.Pick(r, Relations)).Text(" ").Entity(Person, p.RelativeFirst).Text(" i ").Entity(EntityType.Location, p.Place).Text(". ");
        if (r.Next(3) == 0)
        {
            b.Text("Född i ").Entity(EntityType.Location, p.Origin).Text(". ");
        }

        if (r.Next(5) == 0)
        {
            b.Text("Arbetsgivare med org.nr ").Entity(Organisationsnummer, SyntheticValues.Organisationsnummer(r)).Text(". ");
        }

        var acute = p.Visit.AddDays(-r.Next(2, 30));
        b.Text("\nAktuellt: Sökte akut den ").Entity(Date, $"{acute.Day} {Months[acute.Month - 1]}").Text(" för ").Text(SeededChoices.Pick(r, ["yrsel", "trötthet", "bröstsmärta", "andfåddhet", "sömnsvårigheter"])).Text(".\n");
        b.Text($"Status: Allmäntillstånd gott. Blodtryck {r.Next(110, 165)}/{r.Next(65, 98)}. Puls {r.Next(55, 95)}. Vikt {r.Next(55, 115)} kg. Temp 37,{r.Next(10)}.\n");
        b.Text("Bedömning: ").Text(char.ToUpperInvariant(term[0]) + term[1..]).Text(", ").Text(code).Text(".\n");
        b.Text("Åtgärd: ").Text(SeededChoices.Pick(r, Medicines)).Text($" {SeededChoices.Pick(r, ["5", "50", "100", "500"])} mg x {r.Next(1, 4)}. Återbesök om {r.Next(2, 12)} veckor.");
        if (r.Next(3) == 0)
        {
            b.Text(" Anhörig nås på ").Entity(Phone, SyntheticValues.SwedishPhone(r)).Text(".");
        }

        b.Text(SeededChoices.Pick(r, [" Remiss skickas till Sahlgrenska universitetssjukhuset.", " Kontakt med Försäkringskassan om intyg.", " Bedöms av Ortopeden i morgon.", string.Empty]));
        b.Text("\n");
        if (r.Next(8) == 0)
        {
            b.Text("Inloggning i journalen via ").Entity(IpAddress, SyntheticValues.IPv4(r)).Text(" noterad.\n");
        }

        switch (r.Next(12))
        {
            case 0:
                b.Text("Patienten är ").Special(Religion, "Jehovas vittne").Text(" och avböjer blodtransfusion.\n");
                break;
            case 1:
                b.Text("Patienten avtjänar ett ").Special(Criminal, "fängelsestraff").Text(" och kommer från anstalten med personal.\n");
                break;
            case 2:
                b.Text("Patienten lever i en ").Special(SexualOrientation, "samkönad").Text(" relation.\n");
                break;
            case 3:
                b.Text("Tidigare ").Special(Genetic, "genetisk").Text(" utredning visar ").Special(Genetic, "BRCA1-mutation").Text(".\n");
                break;
            case 4:
                b.Text("Patienten är ").Special(EthnicOrigin, "same").Text(" och arbetar med renskötsel.\n");
                break;
            default:
                break;
        }

        b.Text("Signerad: ").Entity(Person, p.ClinicianFirst + " " + p.ClinicianLast).Text(", leg. läkare, ").Entity(Date, Iso(p.Visit)).Text("\n");
    }
}
