// Rebuilds the gazetteers shipped in src/RiskNotebooks.Core/Text/Gazetteers/ from their sources. Run from the repository
// root on a Debian machine with the packages tzdata, scowl and wswedish installed:
//
//     dotnet run tools/gazetteers/build-gazetteers.cs
//
// Sources: the locale data of the Bogus package (MIT; itself from faker.js, MIT), the IANA time zone database
// (public domain, as Debian's tzdata installs it), and, only to flag names that are also ordinary words, the word lists
// of Debian's scowl (SCOWL, permissive licence) and wswedish (GPL-2; no word list is copied: a name is
// flagged, nothing else is kept). The output is deterministic: entries are sorted ordinally and deduplicated.
#:package Bogus@35.6.5
#:property ManagePackageVersionsCentrally=false
#:property TreatWarningsAsErrors=false
#:property InvariantGlobalization=true
using System.Text;
using Bogus;
using Bogus.Bson;

var target = Path.Combine("src", "RiskNotebooks.Core", "Text", "Gazetteers");
if (!Directory.Exists(target))
{
    Console.Error.WriteLine($"Run from the repository root: {target} not found.");
    return 2;
}

static IEnumerable<string> Bogus(string locale, string group, string key)
{
    var l = Database.GetLocale(locale);
    if (!l.ContainsKey(group) || l[group] is not BObject o || !o.ContainsKey(key) || o[key] is not BArray a)
    {
        throw new InvalidOperationException($"Bogus locale {locale} has no {group}.{key}");
    }

    for (var i = 0; i < a.Count; i++)
    {
        yield return a[i].StringValue.Trim();
    }
}

var bogusVersion = typeof(Faker).Assembly.GetName().Version;
string FromBogus(string what) => $"# {what}\n# Source: the locale data of the Bogus package {bogusVersion} (MIT licence; data from faker.js, MIT licence).\n# Built by tools/gazetteers/build-gazetteers.cs; do not edit by hand.";

void Write(string file, string header, IEnumerable<string> entries)
{
    var sorted = entries.Where(e => e.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    var text = new StringBuilder(header).Append('\n');
    foreach (var e in sorted)
    {
        text.Append(e).Append('\n');
    }

    File.WriteAllText(Path.Combine(target, file), text.ToString(), new UTF8Encoding(false));
    Console.WriteLine($"{file}: {sorted.Count}");
}

var firstNames = new Dictionary<string, string[]>
{
    ["sv"] = [.. Bogus("sv", "name", "female_first_name"), .. Bogus("sv", "name", "male_first_name")],
    ["en"] = [.. Bogus("en", "name", "first_name"), .. Bogus("en", "name", "female_first_name"), .. Bogus("en", "name", "male_first_name")],
    ["fi"] = [.. Bogus("fi", "name", "first_name"), .. Bogus("fi", "name", "female_first_name"), .. Bogus("fi", "name", "male_first_name")],
    ["nb"] = [.. Bogus("nb_NO", "name", "first_name"), .. Bogus("nb_NO", "name", "female_first_name"), .. Bogus("nb_NO", "name", "male_first_name")],
};
var surnames = new Dictionary<string, string[]>
{
    ["sv"] = [.. Bogus("sv", "name", "last_name")],
    ["en"] = [.. Bogus("en", "name", "last_name")],
    ["fi"] = [.. Bogus("fi", "name", "last_name")],
    ["nb"] = [.. Bogus("nb_NO", "name", "last_name")],
};
var language = new Dictionary<string, string> { ["sv"] = "Swedish (locale sv)", ["en"] = "English (locale en)", ["fi"] = "Finnish (locale fi)", ["nb"] = "Norwegian (locale nb_NO)" };
foreach (var (lang, names) in firstNames)
{
    Write($"first-names.{lang}.txt", FromBogus($"First names, {language[lang]}."), names);
}

foreach (var (lang, names) in surnames)
{
    Write($"surnames.{lang}.txt", FromBogus($"Surnames, {language[lang]}."), names);
}

Write("countries.sv.txt", FromBogus("Countries, Swedish names (locale sv, address.country)."), Bogus("sv", "address", "country"));
Write("countries.en.txt", FromBogus("Countries, English names (locale en, address.country)."), Bogus("en", "address", "country"));
Write("regions.sv.txt", FromBogus("Swedish provinces and regions (locale sv, address.state)."), Bogus("sv", "address", "state"));
Write("us-states.en.txt", FromBogus("US states (locale en, address.state)."), Bogus("en", "address", "state"));
Write("uk-counties.en.txt", FromBogus("UK counties and countries (locale en_GB, address.county and address.uk_country)."),
    [.. Bogus("en_GB", "address", "county"), .. Bogus("en_GB", "address", "uk_country")]);

// Cities: the place names of the IANA time zone database (zone.tab, third column: Area/City[/Sub]).
var zones = File.ReadLines("/usr/share/zoneinfo/zone.tab")
    .Where(l => l.Length > 0 && l[0] != '#')
    .Select(l => l.Split('\t')[2])
    .SelectMany(z => z.Split('/').Skip(1))
    .Select(c => c.Replace('_', ' '))
    .Where(c => !c.StartsWith("GMT", StringComparison.Ordinal));
var tzVersion = File.Exists("/usr/share/zoneinfo/tzdata.zi") ? File.ReadLines("/usr/share/zoneinfo/tzdata.zi").First().TrimStart('#', ' ') : "unknown";
Write("cities.tz.txt", $"# Cities: the place names in the zone names of the IANA time zone database (zone.tab; {tzVersion}; public domain).\n# Built by tools/gazetteers/build-gazetteers.cs; do not edit by hand.", zones);

// Names and places that are also ordinary (lower-case) words of a language: where a sentence starts, they count as names
// only with support (a context word, a neighbouring name, a title, the same name elsewhere in the document). English: the
// common words of SCOWL (sizes 10 and 20 of Debian's scowl package); Swedish: Debian's wswedish (no frequency list).
HashSet<string> Words(params string[] files)
{
    var set = new HashSet<string>(StringComparer.Ordinal);
    foreach (var f in files)
    {
        foreach (var w in File.ReadLines(f, DetectEncoding(f)))
        {
            if (w.Length > 0 && char.IsLower(w[0]) && !w.Contains('\''))
            {
                set.Add(w);
            }
        }
    }

    return set;
}

static Encoding DetectEncoding(string file)
{
    var bytes = File.ReadAllBytes(file);
    try
    {
        new UTF8Encoding(false, true).GetString(bytes);
        return Encoding.UTF8;
    }
    catch (DecoderFallbackException)
    {
        return Encoding.Latin1;
    }
}

var english = Words("/usr/share/dict/scowl/english-words.10", "/usr/share/dict/scowl/english-words.20");
var swedish = Words("/usr/share/dict/swedish");
var gazetteer = firstNames.Values.SelectMany(x => x).Concat(surnames.Values.SelectMany(x => x))
    .Concat(File.ReadLines(Path.Combine(target, "cities.tz.txt")).Where(l => !l.StartsWith('#')))
    .Concat(Bogus("sv", "address", "country")).Concat(Bogus("en", "address", "country"))
    .Concat(Bogus("sv", "address", "state")).Concat(Bogus("en", "address", "state"))
    .Concat(Municipalities())
    .Where(n => !n.Contains(' '))
    .Distinct(StringComparer.Ordinal).ToList();
// The Swedish municipalities are the gazetteer's too (SCB's list, kept by hand in municipalities.sv.txt).
IEnumerable<string> Municipalities()
    => File.ReadLines(Path.Combine(target, "municipalities.sv.txt")).Where(l => l.Length > 0 && !l.StartsWith('#'));

const string WordsNote = "# Built by tools/gazetteers/build-gazetteers.cs from the gazetteers and a dictionary; do not edit by hand.";
Write("common-words.en.txt", "# Gazetteer entries that are also common English words (in lower case in SCOWL's sizes 10 and 20, Debian package scowl).\n" + WordsNote,
    gazetteer.Where(n => english.Contains(n.ToLowerInvariant())).Select(n => n.ToLowerInvariant()));
Write("common-words.sv.txt", "# Gazetteer entries that are also ordinary Swedish words (in lower case in Debian's wswedish).\n" + WordsNote,
    gazetteer.Where(n => swedish.Contains(n.ToLowerInvariant())).Select(n => n.ToLowerInvariant()));
return 0;
