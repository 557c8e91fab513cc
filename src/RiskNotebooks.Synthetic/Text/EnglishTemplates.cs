using System.Globalization;
using RiskNotebooks.Text;
using static RiskNotebooks.Text.EntityType;

namespace RiskNotebooks.Synthetic.Text;

/// <summary>English interview transcripts and clinical notes, from templates with slots for the persona's data.</summary>
internal static class EnglishTemplates
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] Professions =
    [
        "teacher", "carpenter", "electrician", "bus driver", "police officer", "accountant", "software developer", "hairdresser", "chef",
        "journalist", "cleaner", "librarian", "lorry driver", "social worker", "mechanic", "plumber", "architect", "vet", "priest",
        "nurse", "care worker", "member of parliament", "estate agent", "interpreter", "shop assistant",
    ];

    private static readonly string[] Relations = ["daughter", "son", "partner", "husband", "wife", "sister", "brother", "mother", "father"];

    private static readonly (string Term, string Code)[] Diagnoses =
    [
        ("type 2 diabetes", "E11.9"), ("depression", "F32.1"), ("epilepsy", "G40.9"), ("breast cancer", "C50.9"), ("asthma", "J45.9"),
        ("bipolar disorder", "F31.9"), ("heart failure", "I50.9"), ("rheumatoid arthritis", "M06.9"), ("COPD", "J44.9"),
        ("migraine", "G43.9"), ("schizophrenia", "F20.9"), ("multiple sclerosis", "G35"),
    ];

    private static readonly string[] Medicines = ["metformin", "sertraline", "levothyroxine", "warfarin", "lithium", "insulin", "prednisolone", "quetiapine"];

    private static readonly string[] StreetNames = ["Elm", "Oak", "Church", "Station", "Mill", "Victoria", "Park", "Manor", "Springfield", "Willow", "Chestnut", "Albert"];

    private static readonly string[] StreetWords = ["Road", "Street", "Lane", "Avenue", "Close", "Drive"];

    internal static string Street(Random r)
        => r.Next(1, 200).ToString(Invariant) + (r.Next(6) == 0 ? "AB"[r.Next(2)].ToString() : string.Empty) + " " + SeededChoices.Pick(r, StreetNames) + " " + SeededChoices.Pick(r, StreetWords);

    internal static string PickProfession(Random r) => SeededChoices.Pick(r, Professions);

    private static string Article(string noun) => "aeiou".Contains(noun[0], StringComparison.Ordinal) ? "an " : "a ";

    private static string Ordinal(int day) => day + (day % 10 == 1 && day != 11 ? "st" : day % 10 == 2 && day != 12 ? "nd" : day % 10 == 3 && day != 13 ? "rd" : "th");

    internal static string DateText(Random r, DateOnly d) => r.Next(6) switch
    {
        0 => d.ToString("yyyy-MM-dd", Invariant),
        1 => $"{Months[d.Month - 1]} {d.Day}, {d.Year}",
        2 => $"{d.Day} {Months[d.Month - 1]} {d.Year}",
        3 => d.ToString("dd/MM/yyyy", Invariant),
        4 => $"{Ordinal(d.Day)} of {Months[d.Month - 1]} {d.Year}",
        _ => $"{d.Month}/{d.Day}/{d.Year % 100:D2}",
    };

    internal static void Interview(DocumentBuilder b, Persona p, Random r, int number)
    {
        var pools = NamePools.Default;
        b.Text($"Interview {number:D3}: transcript\nDate: ").Entity(Date, DateText(r, p.Visit)).Text("\nI = interviewer, P = participant\n\n");
        b.Text("I: Could you start by telling me a little about yourself?\nP: Sure. My name is ").Entity(Person, p.Full).Text(" and I'm a ").Entity(Age, $"{p.Age}-year-old").Text(" ");
        b.Text(SeededChoices.Pick(r, ["living on my own.", "with two kids and a dog.", "who likes long walks."])).Text("\n");

        var blocks = new List<Action>
        {
            () =>
            {
                b.Text("I: Where do you live?\nP: I live in ").Entity(EntityType.Location, p.Place).Text(", have done since ").Text((p.Visit.Year - r.Next(2, 20)).ToString(Invariant)).Text(". ");
                if (r.Next(2) == 0)
                {
                    b.Text("We have a flat at ").Entity(StreetAddress, p.Street).Text(", ").Entity(Postcode, p.Postcode).Text(".\n");
                }
                else
                {
                    b.Text(SeededChoices.Pick(r, ["It was 20 years ago that we moved there.", "It's quiet and close to work.", "We walked 3 miles to school back then."])).Text("\n");
                }
            },
            () =>
            {
                b.Text("I: Where are you from originally?\nP: I was born in ").Entity(EntityType.Location, p.Origin).Text(" and moved here when I was ").Entity(Age, $"{r.Next(3, 30)} years old").Text(".\n");
            },
            () =>
            {
                b.Text("I: What do you do for a living?\nP: I work as ").Text(Article(p.Profession)).Entity(Profession, p.Profession).Text(", have done for ").Text(r.Next(2, 15).ToString(Invariant)).Text(" years now.\n");
            },
            () =>
            {
                var relation = SeededChoices.Pick(r, Relations);
                b.Text("I: Tell me about your family.\nP: My ").Text(relation).Text(" ").Entity(Person, p.RelativeFirst).Text(" lives in ").Entity(EntityType.Location, p.Place).Text(" too. ");
                b.Text(SeededChoices.Pick(r, ["We see each other most weekends.", "We've been close for 12 years.", "Will you want to talk to them as well?"])).Text("\n");
                if (r.Next(2) == 0)
                {
                    b.Text("P: ").Entity(Person, p.RelativeFirst).Text(" rang me yesterday to ask how I was.\n");
                }
                else
                {
                    b.Text("P: I looked after ").Entity(Person, p.RelativeFirst).Text("'s dog at the weekend.\n");
                }
            },
            () =>
            {
                b.Text("I: How can I reach you if I have more questions?\nP: Call me on ").Entity(Phone, p.Phone).Text(" or email ").Entity(Email, p.Email).Text(".\n");
            },
            () =>
            {
                var next = p.Visit.AddDays(r.Next(7, 60));
                b.Text("I: When shall we meet again?\nP: We said ").Entity(Date, $"{Months[next.Month - 1]} {next.Day}").Text(", at 2.30 in the afternoon.\n");
            },
        };

        if (r.Next(2) == 0)
        {
            var (term, _) = SeededChoices.Pick(r, Diagnoses);
            var diagnosed = p.Visit.AddDays(-r.Next(200, 3000));
            blocks.Add(() => b.Text("I: How has your health been?\nP: ").Text(r.Next(2, 9).ToString(Invariant)).Text(" years ago I got a diagnosis of ").Special(Health, term).Text(". That was on ").Entity(Date, DateText(r, diagnosed)).Text(".\n"));
        }

        if (r.Next(5) == 0)
        {
            blocks.Add(() => b.Text("P: I'm ").Special(Religion, SeededChoices.Pick(r, ["Muslim", "Catholic", "Jewish", "a Buddhist", "a Sikh"])).Text(", and my faith matters a lot to me.\n"));
        }

        if (r.Next(6) == 0)
        {
            blocks.Add(() => b.Text("P: I'm a member of ").Special(TradeUnion, SeededChoices.Pick(r, ["Unison", "the union", "Unite", "the GMB"])).Text(" and I've been a ").Special(TradeUnion, "shop steward").Text(" too.\n"));
        }

        if (r.Next(8) == 0)
        {
            blocks.Add(() => b.Text("P: I've always ").Special(PoliticalOpinion, "voted for").Text(" the ").Special(PoliticalOpinion, SeededChoices.Pick(r, ["Labour Party", "Green Party", "Conservative Party", "Liberal Democrats"])).Text(".\n"));
        }

        if (r.Next(8) == 0)
        {
            blocks.Add(() => b.Text("P: I'm ").Special(SexualOrientation, SeededChoices.Pick(r, ["gay", "bisexual", "a lesbian"])).Text(" and I live with ").Entity(Person, SeededChoices.Pick(r, pools.EnglishFirst)).Text(".\n"));
        }

        if (r.Next(8) == 0)
        {
            blocks.Add(() => b.Text("P: I was ").Special(Criminal, "convicted").Text(" of ").Special(Criminal, SeededChoices.Pick(r, ["theft", "drink driving", "assault"])).Text(" when I was young.\n"));
        }

        if (r.Next(10) == 0)
        {
            blocks.Add(() => b.Text("P: My family is ").Special(EthnicOrigin, SeededChoices.Pick(r, ["Kurdish", "Somali", "Roma"])).Text(", and we keep our traditions.\n"));
        }

        if (r.Next(7) == 0)
        {
            blocks.Add(() => b.Text("P: I write about it at ").Entity(Url, "https://www.example.com/blog/" + p.First.ToLowerInvariant() + r.Next(10, 99).ToString(Invariant)).Text(".\n"));
        }

        if (r.Next(10) == 0)
        {
            blocks.Add(() => b.Text("P: My laptop had the IP address ").Entity(IpAddress, r.Next(3) == 0 ? SyntheticValues.IPv6(r) : SyntheticValues.IPv4(r)).Text(" when it happened.\n"));
        }

        if (r.Next(8) == 0)
        {
            blocks.Add(() => b.Text("P: You can pay the fee into ").Entity(Iban, SyntheticValues.Iban(r, "GB")).Text(".\n"));
        }

        blocks.Add(() => b.Text("P: ").Text(SeededChoices.Pick(r,
        [
            "It cost about £12,500 in the end.", "There were 14 of us on the course, and it ran for 3 weeks.", "I cycle 7 miles to work every day.",
            "It was about 2.30 when I got home.", "The order number was 4471-2233.", "The train left at 08.15 from platform 3.",
            "We've lived here for 15 years now.", "May I ask what happens to the recording?", "Mark my words, it was hard.",
            "Page 12 of the leaflet explained it all.", "Version 2.1.4 of the app worked better.", "It was 20 years ago now.",
        ])).Text("\n"));

        SeededChoices.Shuffle(r, blocks);
        foreach (var block in blocks)
        {
            block();
        }

        b.Text("I: Thank you for taking part.\nP: Thank you!\n");
    }

    /// <summary>A transcript already stripped of names and contact details: what is left are quasi-identifiers.</summary>
    internal static void PseudonymisedInterview(DocumentBuilder b, Persona p, Random r, int number)
    {
        b.Text($"Interview {number:D3}: transcript (de-identified)\nDate: ").Entity(Date, DateText(r, p.Visit)).Text("\nI = interviewer, P = participant\n\n");
        b.Text("I: Could you start by telling me a little about yourself?\nP: Sure. ");
        if (r.Next(2) == 0)
        {
            b.Text("I'm a ").Entity(Age, $"{p.Age}-year-old").Text(" with two kids and a dog.\n");
        }
        else
        {
            b.Text("I have two kids and a dog.\n");
        }

        if (r.Next(2) == 0)
        {
            b.Text("I: What do you do for a living?\nP: I work as ").Text(Article(p.Profession)).Entity(Profession, p.Profession).Text(", have done for ").Text(r.Next(2, 15).ToString(Invariant)).Text(" years now.\n");
        }

        if (r.Next(2) == 0)
        {
            b.Text("I: Where do you live?\nP: I live in ").Entity(EntityType.Location, p.Place).Text(", have done since ").Text((p.Visit.Year - r.Next(2, 20)).ToString(Invariant)).Text(".\n");
        }

        if (r.Next(2) == 0)
        {
            var (term, _) = SeededChoices.Pick(r, Diagnoses);
            b.Text("I: How has your health been?\nP: ").Text(r.Next(2, 9).ToString(Invariant)).Text(" years ago I got a diagnosis of ").Special(Health, term).Text(".\n");
        }

        if (r.Next(5) == 0)
        {
            b.Text("P: I'm ").Special(Religion, SeededChoices.Pick(r, ["Muslim", "Catholic", "Jewish", "a Buddhist", "a Sikh"])).Text(", and my faith matters a lot to me.\n");
        }

        b.Text("P: ").Text(SeededChoices.Pick(r, ["It was a hard time, but it's better now.", "We've lived here for 15 years now.", "It cost about £12,500 in the end."])).Text("\n");
        b.Text("I: Thank you for taking part.\nP: Thank you!\n");
    }

    internal static void ClinicalNote(DocumentBuilder b, Persona p, Random r)
    {
        var (term, code) = SeededChoices.Pick(r, Diagnoses);
        b.Mark(Health);
        var unit = SeededChoices.Pick(r, ["General Practice", "Diabetes Clinic", "Community Mental Health Team", "Emergency Department"]);
        b.Text("Clinical note: ").Text(unit).Text("\nPatient: ").Entity(Person, p.Full).Text("   DOB: ").Entity(Date, DateText(r, p.Birth)).Text("\n");
        b.Text("Address: ").Entity(StreetAddress, p.Street).Text(", ").Entity(EntityType.Location, p.Place).Text(" ").Entity(Postcode, p.Postcode).Text("\n");
        b.Text("Phone: ").Entity(Phone, p.Phone).Text("\n");
        b.Text("Date of visit: ").Entity(Date, DateText(r, p.Visit)).Text($" at {r.Next(8, 17):D2}:{r.Next(60):D2}\n");
        b.Text("Clinician: Dr ").Entity(Person, p.ClinicianLast).Text("\n\n");

        b.Text("Reason for contact: ").Text(SeededChoices.Pick(r, ["Follow-up.", "Worse over the last week.", "New referral.", "Repeat prescription."])).Text("\n");
        b.Text("History: ").Entity(Age, $"{p.Age}-year-old").Text(" patient with ").Text(term).Text(" since ").Text((p.Visit.Year - r.Next(1, 15)).ToString(Invariant)).Text(". ");
        b.Text("Works as ").Text(Article(p.Profession)).Entity(Profession, p.Profession).Text(". Lives with ").Text(SeededChoices.Pick(r, Relations)).Text(" ").Entity(Person, p.RelativeFirst).Text(" in ").Entity(EntityType.Location, p.Place).Text(". ");
        if (r.Next(3) == 0)
        {
            b.Text("Originally from ").Entity(EntityType.Location, p.Origin).Text(". ");
        }

        var acute = p.Visit.AddDays(-r.Next(2, 30));
        b.Text("\nCurrent: Attended A and E on ").Entity(Date, $"{acute.Day} {Months[acute.Month - 1]}").Text(" with ").Text(SeededChoices.Pick(r, ["dizziness", "fatigue", "chest pain", "breathlessness", "poor sleep"])).Text(".\n");
        b.Text($"Examination: BP {r.Next(110, 165)}/{r.Next(65, 98)}, HR {r.Next(55, 95)}, weight {r.Next(55, 115)} kg, temperature 37.{r.Next(10)} C.\n");
        b.Text("Assessment: ").Text(char.ToUpperInvariant(term[0]) + term[1..]).Text(" (ICD-10 ").Text(code).Text(").\n");
        b.Text("Plan: ").Text(SeededChoices.Pick(r, Medicines)).Text($" {SeededChoices.Pick(r, ["5", "50", "100", "500"])} mg twice daily. Review in {r.Next(2, 12)} weeks.");
        if (r.Next(3) == 0)
        {
            b.Text(" Next of kin on ").Entity(Phone, SyntheticValues.EnglishPhone(r)).Text(".");
        }

        b.Text(SeededChoices.Pick(r, [" Referred to St Thomas' Hospital.", " Letter copied to the National Health Service trust.", " Seen at the Royal Infirmary last year.", string.Empty]));
        b.Text("\n");
        if (r.Next(8) == 0)
        {
            b.Text("Patient portal login from ").Entity(IpAddress, SyntheticValues.IPv4(r)).Text(" noted.\n");
        }

        switch (r.Next(12))
        {
            case 0:
                b.Text("The patient is a ").Special(Religion, "Jehovah").Text("'s Witness and declines a blood transfusion.\n");
                break;
            case 1:
                b.Text("The patient is serving a ").Special(Criminal, "prison").Text(" sentence and attended with an officer.\n");
                break;
            case 2:
                b.Text("The patient is in a ").Special(SexualOrientation, "same-sex").Text(" relationship.\n");
                break;
            case 3:
                b.Text("Earlier ").Special(Genetic, "genetic").Text(" testing showed a ").Special(Genetic, "BRCA1").Text(" mutation.\n");
                break;
            case 4:
                b.Text("The patient is ").Special(EthnicOrigin, "Roma").Text(" and travels for work in the summer.\n");
                break;
            default:
                break;
        }

        b.Text("Signed: Dr ").Entity(Person, p.ClinicianFirst + " " + p.ClinicianLast).Text(", ").Entity(Date, DateText(r, p.Visit)).Text("\n");
    }
}
