using System.Text;
using RiskNotebooks.Data;
using RiskNotebooks.Text.Evaluation;
using RiskNotebooks.Text;

namespace RiskNotebooks.Synthetic.Text;

/// <summary>
/// A deterministic generator of labelled Swedish and English interview transcripts and clinical notes about made-up
/// people, for demos, tests and the evaluation of the recognizers. The labels are the generator's own record of where it
/// put each piece of personal data.
/// </summary>
/// <remarks>
/// <para>Documents come in four kinds, in turn: Swedish interviews (<c>sv/interview-NNN.txt</c>), Swedish journal notes
/// (<c>sv/journal-NNN.txt</c>), English interviews (<c>en/interview-NNN.txt</c>) and English clinical notes
/// (<c>en/clinical-note-NNN.txt</c>). Each is about one persona: a name (one part in ten drawn from names the gazetteers do
/// not hold), a date of birth and personnummer, a home, a phone number, an e-mail address, an occupation, a relative and a
/// clinician (a third of the interviews are already stripped of names and contact details, leaving quasi-identifiers);
/// special-category passages (health, religion, trade union, politics, sexual orientation, criminal offences,
/// ethnic origin, genetic data) appear at random. Decoys that look like personal data but are not (blood pressures,
/// doses, times, order numbers, personnummer with a wrong check digit or an impossible date, durations such as
/// <c>i 15 år</c>) test precision.</para>
/// <para>The output depends only on the number of documents and the seed (<see cref="Random(int)"/> is stable across
/// platforms and versions).</para>
/// </remarks>
public static class SyntheticTextCorpus
{
    /// <summary>The name of the labels file that <see cref="Write"/> puts beside the documents.</summary>
    public const string LabelsFileName = "labels.jsonl";

    /// <summary>Generates documents in memory.</summary>
    /// <param name="documents">How many (at least 1).</param>
    /// <param name="seed">The seed: the same seed gives the same documents.</param>
    /// <returns>The documents with their labels.</returns>
    public static IReadOnlyList<SyntheticDocument> Generate(int documents, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(documents, 1);
        var random = new Random(seed);
        var result = new List<SyntheticDocument>(documents);
        var numbers = new int[4];
        for (var i = 0; i < documents; i++)
        {
            var kind = i % 4;
            var number = ++numbers[kind];
            var swedish = kind < 2;
            var persona = NewPersona(random, swedish);
            var builder = new DocumentBuilder();
            string path;
            string kindName;
            switch (kind)
            {
                case 0 when random.Next(3) == 0:
                    SwedishTemplates.PseudonymisedInterview(builder, persona, random, number);
                    (path, kindName) = ($"sv/interview-{number:D3}.txt", "interview");
                    break;
                case 0:
                    SwedishTemplates.Interview(builder, persona, random, number);
                    (path, kindName) = ($"sv/interview-{number:D3}.txt", "interview");
                    break;
                case 1:
                    SwedishTemplates.JournalNote(builder, persona, random);
                    (path, kindName) = ($"sv/journal-{number:D3}.txt", "clinical-note");
                    break;
                case 2 when random.Next(3) == 0:
                    EnglishTemplates.PseudonymisedInterview(builder, persona, random, number);
                    (path, kindName) = ($"en/interview-{number:D3}.txt", "interview");
                    break;
                case 2:
                    EnglishTemplates.Interview(builder, persona, random, number);
                    (path, kindName) = ($"en/interview-{number:D3}.txt", "interview");
                    break;
                default:
                    EnglishTemplates.ClinicalNote(builder, persona, random);
                    (path, kindName) = ($"en/clinical-note-{number:D3}.txt", "clinical-note");
                    break;
            }

            var (text, labels) = builder.Build(path, swedish ? TextLanguage.Swedish : TextLanguage.English, kindName);
            result.Add(new SyntheticDocument(text, labels));
        }

        return result;
    }

    /// <summary>Generates documents into a folder (<c>sv/</c>, <c>en/</c>) with <see cref="LabelsFileName"/>; each file is written atomically.</summary>
    /// <param name="folder">The folder (created if missing; its parent must exist).</param>
    /// <param name="documents">How many (at least 1).</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The documents written.</returns>
    /// <exception cref="InvalidOptionException">The folder is a file, or its parent does not exist (names <c>--output</c>).</exception>
    public static IReadOnlyList<SyntheticDocument> Write(string folder, int documents, int seed)
    {
        ArgumentNullException.ThrowIfNull(folder);
        AtomicFile.CheckFolderTarget(folder, "--output");
        var generated = Generate(documents, seed);
        Directory.CreateDirectory(folder);
        foreach (var document in generated)
        {
            var path = System.IO.Path.Combine(folder, document.Path.Replace('/', System.IO.Path.DirectorySeparatorChar));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            AtomicFile.Write(path, stream =>
            {
                var bytes = new UTF8Encoding(false).GetBytes(document.Text);
                stream.Write(bytes);
            });
        }

        LabelsFile.Write(System.IO.Path.Combine(folder, LabelsFileName), generated.Select(d => d.Labels));
        return generated;
    }

    private static Persona NewPersona(Random r, bool swedish)
    {
        var pools = NamePools.Default;
        string First() => swedish
            ? (r.Next(10) == 0 ? SeededChoices.Pick(r, pools.HeldOutSwedishFirst) : r.Next(12) == 0 ? SeededChoices.Pick(r, pools.OtherFirst) : SeededChoices.Pick(r, pools.SwedishFirst))
            : (r.Next(10) == 0 ? SeededChoices.Pick(r, pools.HeldOutEnglishFirst) : SeededChoices.Pick(r, pools.EnglishFirst));
        string Last() => swedish
            ? (r.Next(10) == 0 ? SeededChoices.Pick(r, pools.HeldOutSwedishLast) : SeededChoices.Pick(r, pools.SwedishLast))
            : (r.Next(10) == 0 ? SeededChoices.Pick(r, pools.HeldOutEnglishLast) : SeededChoices.Pick(r, pools.EnglishLast));

        var first = First();
        var last = Last();
        var visit = new DateOnly(2023, 1, 1).AddDays(r.Next(700));
        var birth = visit.AddDays(-r.Next(18 * 365, 90 * 365));
        var municipality = SeededChoices.Pick(r, pools.Municipalities);
        var heldOut = r.Next(20) == 0;
        var place = swedish
            ? (heldOut ? SeededChoices.Pick(r, pools.HeldOutSwedishPlaces) : municipality.Name)
            : (heldOut ? SeededChoices.Pick(r, pools.HeldOutEnglishPlaces) : SeededChoices.Pick(r, pools.EnglishPlaces));
        var domain = swedish ? SeededChoices.Pick(r, ["example.se", "mail.example.se", "example.com"]) : SeededChoices.Pick(r, ["example.com", "example.co.uk", "mail.example.org"]);
        return new Persona
        {
            First = first,
            Last = last,
            Birth = birth,
            Visit = visit,
            Place = place,
            HeldOutPlace = heldOut,
            Municipality = swedish && !heldOut ? municipality : null,
            Street = swedish ? SwedishTemplates.Street(r) : EnglishTemplates.Street(r),
            Postcode = swedish ? SyntheticValues.SwedishPostcode(r, municipality) : SyntheticValues.BritishPostcode(r),
            Phone = swedish ? SyntheticValues.SwedishPhone(r) : SyntheticValues.EnglishPhone(r),
            Email = SyntheticValues.Email(r, first, last, domain),
            Profession = swedish ? SwedishTemplates.PickProfession(r) : EnglishTemplates.PickProfession(r),
            RelativeFirst = First(),
            ClinicianFirst = First(),
            ClinicianLast = Last(),
            Origin = swedish ? SeededChoices.Pick(r, pools.SwedishCountries) : SeededChoices.Pick(r, pools.EnglishCountries),
        };
    }
}
