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
        => r.Next(1, 200).ToString(Invariant) + (r.Next(6) == 0 ? "AB"[r.Next(2)].ToString() : string.Empty) + " " + R.Pick(r, StreetNames) + " " + R.Pick(r, StreetWords);

    internal static string PickProfession(Random r) => R.Pick(r, Professions);

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
        b.T($"Interview {number:D3}: transcript\nDate: ").E(Date, DateText(r, p.Visit)).T("\nI = interviewer, P = participant\n\n");
        b.T("I: Could you start by telling me a little about yourself?\nP: Sure. My name is ").E(Person, p.Full).T(" and I'm a ").E(Age, $"{p.Age}-year-old").T(" ");
        b.T(R.Pick(r, ["living on my own.", "with two kids and a dog.", "who likes long walks."])).T("\n");

        var blocks = new List<Action>
        {
            () =>
            {
                b.T("I: Where do you live?\nP: I live in ").E(EntityType.Location, p.Place).T(", have done since ").T((p.Visit.Year - r.Next(2, 20)).ToString(Invariant)).T(". ");
                if (r.Next(2) == 0)
                {
                    b.T("We have a flat at ").E(StreetAddress, p.Street).T(", ").E(Postcode, p.Postcode).T(".\n");
                }
                else
                {
                    b.T(R.Pick(r, ["It was 20 years ago that we moved there.", "It's quiet and close to work.", "We walked 3 miles to school back then."])).T("\n");
                }
            },
            () =>
            {
                b.T("I: Where are you from originally?\nP: I was born in ").E(EntityType.Location, p.Origin).T(" and moved here when I was ").E(Age, $"{r.Next(3, 30)} years old").T(".\n");
            },
            () =>
            {
                b.T("I: What do you do for a living?\nP: I work as ").T(Article(p.Profession)).E(Profession, p.Profession).T(", have done for ").T(r.Next(2, 15).ToString(Invariant)).T(" years now.\n");
            },
            () =>
            {
                var relation = R.Pick(r, Relations);
                b.T("I: Tell me about your family.\nP: My ").T(relation).T(" ").E(Person, p.RelativeFirst).T(" lives in ").E(EntityType.Location, p.Place).T(" too. ");
                b.T(R.Pick(r, ["We see each other most weekends.", "We've been close for 12 years.", "Will you want to talk to them as well?"])).T("\n");
                if (r.Next(2) == 0)
                {
                    b.T("P: ").E(Person, p.RelativeFirst).T(" rang me yesterday to ask how I was.\n");
                }
                else
                {
                    b.T("P: I looked after ").E(Person, p.RelativeFirst).T("'s dog at the weekend.\n");
                }
            },
            () =>
            {
                b.T("I: How can I reach you if I have more questions?\nP: Call me on ").E(Phone, p.Phone).T(" or email ").E(Email, p.Email).T(".\n");
            },
            () =>
            {
                var next = p.Visit.AddDays(r.Next(7, 60));
                b.T("I: When shall we meet again?\nP: We said ").E(Date, $"{Months[next.Month - 1]} {next.Day}").T(", at 2.30 in the afternoon.\n");
            },
        };

        if (r.Next(2) == 0)
        {
            var (term, _) = R.Pick(r, Diagnoses);
            var diagnosed = p.Visit.AddDays(-r.Next(200, 3000));
            blocks.Add(() => b.T("I: How has your health been?\nP: ").T(r.Next(2, 9).ToString(Invariant)).T(" years ago I got a diagnosis of ").S(Health, term).T(". That was on ").E(Date, DateText(r, diagnosed)).T(".\n"));
        }

        if (r.Next(5) == 0)
        {
            blocks.Add(() => b.T("P: I'm ").S(Religion, R.Pick(r, ["Muslim", "Catholic", "Jewish", "a Buddhist", "a Sikh"])).T(", and my faith matters a lot to me.\n"));
        }

        if (r.Next(6) == 0)
        {
            blocks.Add(() => b.T("P: I'm a member of ").S(TradeUnion, R.Pick(r, ["Unison", "the union", "Unite", "the GMB"])).T(" and I've been a ").S(TradeUnion, "shop steward").T(" too.\n"));
        }

        if (r.Next(8) == 0)
        {
            blocks.Add(() => b.T("P: I've always ").S(PoliticalOpinion, "voted for").T(" the ").S(PoliticalOpinion, R.Pick(r, ["Labour Party", "Green Party", "Conservative Party", "Liberal Democrats"])).T(".\n"));
        }

        if (r.Next(8) == 0)
        {
            blocks.Add(() => b.T("P: I'm ").S(SexualOrientation, R.Pick(r, ["gay", "bisexual", "a lesbian"])).T(" and I live with ").E(Person, R.Pick(r, pools.EnglishFirst)).T(".\n"));
        }

        if (r.Next(8) == 0)
        {
            blocks.Add(() => b.T("P: I was ").S(Criminal, "convicted").T(" of ").S(Criminal, R.Pick(r, ["theft", "drink driving", "assault"])).T(" when I was young.\n"));
        }

        if (r.Next(10) == 0)
        {
            blocks.Add(() => b.T("P: My family is ").S(EthnicOrigin, R.Pick(r, ["Kurdish", "Somali", "Roma"])).T(", and we keep our traditions.\n"));
        }

        if (r.Next(7) == 0)
        {
            blocks.Add(() => b.T("P: I write about it at ").E(Url, "https://www.example.com/blog/" + p.First.ToLowerInvariant() + r.Next(10, 99).ToString(Invariant)).T(".\n"));
        }

        if (r.Next(10) == 0)
        {
            blocks.Add(() => b.T("P: My laptop had the IP address ").E(IpAddress, r.Next(3) == 0 ? SyntheticValues.IPv6(r) : SyntheticValues.IPv4(r)).T(" when it happened.\n"));
        }

        if (r.Next(8) == 0)
        {
            blocks.Add(() => b.T("P: You can pay the fee into ").E(Iban, SyntheticValues.Iban(r, "GB")).T(".\n"));
        }

        blocks.Add(() => b.T("P: ").T(R.Pick(r,
        [
            "It cost about £12,500 in the end.", "There were 14 of us on the course, and it ran for 3 weeks.", "I cycle 7 miles to work every day.",
            "It was about 2.30 when I got home.", "The order number was 4471-2233.", "The train left at 08.15 from platform 3.",
            "We've lived here for 15 years now.", "May I ask what happens to the recording?", "Mark my words, it was hard.",
            "Page 12 of the leaflet explained it all.", "Version 2.1.4 of the app worked better.", "It was 20 years ago now.",
        ])).T("\n"));

        R.Shuffle(r, blocks);
        foreach (var block in blocks)
        {
            block();
        }

        b.T("I: Thank you for taking part.\nP: Thank you!\n");
    }

    /// <summary>A transcript already stripped of names and contact details: what is left are quasi-identifiers.</summary>
    internal static void PseudonymisedInterview(DocumentBuilder b, Persona p, Random r, int number)
    {
        b.T($"Interview {number:D3}: transcript (de-identified)\nDate: ").E(Date, DateText(r, p.Visit)).T("\nI = interviewer, P = participant\n\n");
        b.T("I: Could you start by telling me a little about yourself?\nP: Sure. ");
        if (r.Next(2) == 0)
        {
            b.T("I'm a ").E(Age, $"{p.Age}-year-old").T(" with two kids and a dog.\n");
        }
        else
        {
            b.T("I have two kids and a dog.\n");
        }

        if (r.Next(2) == 0)
        {
            b.T("I: What do you do for a living?\nP: I work as ").T(Article(p.Profession)).E(Profession, p.Profession).T(", have done for ").T(r.Next(2, 15).ToString(Invariant)).T(" years now.\n");
        }

        if (r.Next(2) == 0)
        {
            b.T("I: Where do you live?\nP: I live in ").E(EntityType.Location, p.Place).T(", have done since ").T((p.Visit.Year - r.Next(2, 20)).ToString(Invariant)).T(".\n");
        }

        if (r.Next(2) == 0)
        {
            var (term, _) = R.Pick(r, Diagnoses);
            b.T("I: How has your health been?\nP: ").T(r.Next(2, 9).ToString(Invariant)).T(" years ago I got a diagnosis of ").S(Health, term).T(".\n");
        }

        if (r.Next(5) == 0)
        {
            b.T("P: I'm ").S(Religion, R.Pick(r, ["Muslim", "Catholic", "Jewish", "a Buddhist", "a Sikh"])).T(", and my faith matters a lot to me.\n");
        }

        b.T("P: ").T(R.Pick(r, ["It was a hard time, but it's better now.", "We've lived here for 15 years now.", "It cost about £12,500 in the end."])).T("\n");
        b.T("I: Thank you for taking part.\nP: Thank you!\n");
    }

    internal static void ClinicalNote(DocumentBuilder b, Persona p, Random r)
    {
        var (term, code) = R.Pick(r, Diagnoses);
        b.Mark(Health);
        var unit = R.Pick(r, ["General Practice", "Diabetes Clinic", "Community Mental Health Team", "Emergency Department"]);
        b.T("Clinical note: ").T(unit).T("\nPatient: ").E(Person, p.Full).T("   DOB: ").E(Date, DateText(r, p.Birth)).T("\n");
        b.T("Address: ").E(StreetAddress, p.Street).T(", ").E(EntityType.Location, p.Place).T(" ").E(Postcode, p.Postcode).T("\n");
        b.T("Phone: ").E(Phone, p.Phone).T("\n");
        b.T("Date of visit: ").E(Date, DateText(r, p.Visit)).T($" at {r.Next(8, 17):D2}:{r.Next(60):D2}\n");
        b.T("Clinician: Dr ").E(Person, p.ClinicianLast).T("\n\n");

        b.T("Reason for contact: ").T(R.Pick(r, ["Follow-up.", "Worse over the last week.", "New referral.", "Repeat prescription."])).T("\n");
        b.T("History: ").E(Age, $"{p.Age}-year-old").T(" patient with ").T(term).T(" since ").T((p.Visit.Year - r.Next(1, 15)).ToString(Invariant)).T(". ");
        b.T("Works as ").T(Article(p.Profession)).E(Profession, p.Profession).T(". Lives with ").T(R.Pick(r, Relations)).T(" ").E(Person, p.RelativeFirst).T(" in ").E(EntityType.Location, p.Place).T(". ");
        if (r.Next(3) == 0)
        {
            b.T("Originally from ").E(EntityType.Location, p.Origin).T(". ");
        }

        var acute = p.Visit.AddDays(-r.Next(2, 30));
        b.T("\nCurrent: Attended A and E on ").E(Date, $"{acute.Day} {Months[acute.Month - 1]}").T(" with ").T(R.Pick(r, ["dizziness", "fatigue", "chest pain", "breathlessness", "poor sleep"])).T(".\n");
        b.T($"Examination: BP {r.Next(110, 165)}/{r.Next(65, 98)}, HR {r.Next(55, 95)}, weight {r.Next(55, 115)} kg, temperature 37.{r.Next(10)} C.\n");
        b.T("Assessment: ").T(char.ToUpperInvariant(term[0]) + term[1..]).T(" (ICD-10 ").T(code).T(").\n");
        b.T("Plan: ").T(R.Pick(r, Medicines)).T($" {R.Pick(r, ["5", "50", "100", "500"])} mg twice daily. Review in {r.Next(2, 12)} weeks.");
        if (r.Next(3) == 0)
        {
            b.T(" Next of kin on ").E(Phone, SyntheticValues.EnglishPhone(r)).T(".");
        }

        b.T(R.Pick(r, [" Referred to St Thomas' Hospital.", " Letter copied to the National Health Service trust.", " Seen at the Royal Infirmary last year.", string.Empty]));
        b.T("\n");
        if (r.Next(8) == 0)
        {
            b.T("Patient portal login from ").E(IpAddress, SyntheticValues.IPv4(r)).T(" noted.\n");
        }

        switch (r.Next(12))
        {
            case 0:
                b.T("The patient is a ").S(Religion, "Jehovah").T("'s Witness and declines a blood transfusion.\n");
                break;
            case 1:
                b.T("The patient is serving a ").S(Criminal, "prison").T(" sentence and attended with an officer.\n");
                break;
            case 2:
                b.T("The patient is in a ").S(SexualOrientation, "same-sex").T(" relationship.\n");
                break;
            case 3:
                b.T("Earlier ").S(Genetic, "genetic").T(" testing showed a ").S(Genetic, "BRCA1").T(" mutation.\n");
                break;
            case 4:
                b.T("The patient is ").S(EthnicOrigin, "Roma").T(" and travels for work in the summer.\n");
                break;
            default:
                break;
        }

        b.T("Signed: Dr ").E(Person, p.ClinicianFirst + " " + p.ClinicianLast).T(", ").E(Date, DateText(r, p.Visit)).T("\n");
    }
}
