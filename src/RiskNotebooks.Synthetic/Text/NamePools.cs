using RiskNotebooks.Synthetic.Registry;
using RiskNotebooks.Text.Lexicons;

namespace RiskNotebooks.Synthetic.Text;

/// <summary>
/// The names and places the generator draws from: mostly the shipped gazetteers, and a share of names and places the
/// gazetteers do not hold, so the evaluation also measures what happens to a name outside the lists.
/// </summary>
internal sealed class NamePools
{
    private static readonly Lazy<NamePools> Instance = new(() => new NamePools());

    private NamePools()
    {
        var lexicon = Lexicon.Default;
        bool Known(string s) => lexicon.Lookup.TryGetValue(s.ToLowerInvariant(), out var e) && (e.Names & (NameFlags.Name | NameFlags.Place)) != 0;

        // Names that are also common words (Per, Hans, Will, Mark) are drawn like any other: real documents have them.
        SwedishFirst = [.. Lexicon.Lines("first-names.sv.txt").Where(n => !n.Contains(' '))];
        SwedishLast = [.. Lexicon.Lines("surnames.sv.txt")];
        EnglishFirst = [.. Lexicon.Lines("first-names.en.txt").Where(n => !n.Contains(' ') && !n.Contains('\'') && n.Length > 2)];
        EnglishLast = [.. Lexicon.Lines("surnames.en.txt").Where(n => !n.Contains(' ') && !n.Contains('\''))];
        OtherFirst = [.. Lexicon.Lines("first-names.fi.txt").Concat(Lexicon.Lines("first-names.nb.txt")).Where(n => !n.Contains(' '))];

        HeldOutSwedishFirst = [.. new[]
        {
            "Ylva", "Tove", "Majken", "Sixten", "Folke", "Gösta", "Solveig", "Ingvar", "Torsten", "Vendela", "Signe", "Valter",
            "Tyra", "Ture", "Harriet", "Stina", "Inez", "Idun", "Greta", "Esbjörn", "Gunvor", "Assar", "Märta", "Holger",
        }.Where(n => !Known(n))];
        HeldOutSwedishLast = [.. new[] { "Ek", "Ask", "Tall", "Sten", "Rön", "Hag", "Sjö", "Mal", "Alm", "Lönn", "Ros", "Gräs" }
            .SelectMany(root => new[] { "dahl", "blad", "stedt", "hammar", "feldt", "sköld", "vall", "mark" }, (root, suffix) => root + suffix)
            .Where(n => !Known(n))];
        HeldOutEnglishFirst = [.. new[]
        {
            "Oakley", "Wren", "Thaddeus", "Ottilie", "Peregrine", "Isolde", "Tamsin", "Caspian", "Ambrose", "Clementine", "Barnaby",
            "Araminta", "Ptolemy", "Jemima", "Fenella", "Lysander", "Hermia", "Crispin", "Perpetua", "Evander",
        }.Where(n => !Known(n))];
        HeldOutEnglishLast = [.. new[]
        {
            "Ashworth", "Pemberton", "Thistlewood", "Oakhurst", "Fairweather", "Blackwood", "Hollingsworth", "Wetherby", "Cresswell",
            "Merriweather", "Stanhope", "Whitlock", "Radcliffe", "Ravenscroft", "Lockwood", "Haverford", "Brackenbury", "Ellingham",
        }.Where(n => !Known(n))];

        Municipalities = [.. SwedishReferenceData.Municipalities];
        SwedishCountries = [.. new[]
        {
            "Finland", "Norge", "Danmark", "Polen", "Tyskland", "Syrien", "Irak", "Iran", "Somalia", "Eritrea", "Afghanistan", "Turkiet",
            "Chile", "Bosnien och Hercegovina", "Thailand", "Estland", "Storbritannien", "Grekland", "Ungern", "Etiopien",
        }.Where(Known)];
        EnglishPlaces = [.. new[]
        {
            "London", "Dublin", "New York", "Los Angeles", "Chicago", "Toronto", "Vancouver", "Sydney", "Melbourne", "Auckland", "Denver",
            "Phoenix", "Detroit", "Kent", "Devon", "Cornwall", "Cumbria", "Norfolk", "Suffolk", "Essex", "Surrey", "Dorset", "Ohio",
            "Texas", "Oregon", "Vermont", "Wales", "Scotland", "Halifax", "Winnipeg", "Edmonton", "Brisbane", "Perth", "Adelaide",
        }.Where(p => p.Contains(' ') ? lexicon.Lookup.TryGetValue(p.Split(' ')[0].ToLowerInvariant(), out var e) && e.PlacePhrases is not null : Known(p))];
        EnglishCountries = [.. new[]
        {
            "Poland", "Nigeria", "India", "Pakistan", "Ireland", "Jamaica", "Somalia", "Syria", "Kenya", "Ghana", "Romania", "Bangladesh",
            "Canada", "Australia", "Scotland", "Germany", "Italy", "Portugal", "Lithuania", "Sri Lanka",
        }.Where(p => p.Contains(' ') || Known(p))];
        HeldOutSwedishPlaces = [.. new[] { "Bjurträsk", "Kalvträsk", "Ersmark", "Hällnäs", "Tvärålund", "Kusmark", "Ånäset", "Bygdsiljum" }.Where(p => !Known(p))];
        HeldOutEnglishPlaces = [.. new[] { "Bibury", "Kettlewell", "Goathland", "Grasmere", "Polperro", "Hawkshead", "Lacock", "Clovelly" }.Where(p => !Known(p))];
    }

    internal static NamePools Default => Instance.Value;

    internal string[] SwedishFirst { get; }

    internal string[] SwedishLast { get; }

    internal string[] EnglishFirst { get; }

    internal string[] EnglishLast { get; }

    internal string[] OtherFirst { get; }

    internal string[] HeldOutSwedishFirst { get; }

    internal string[] HeldOutSwedishLast { get; }

    internal string[] HeldOutEnglishFirst { get; }

    internal string[] HeldOutEnglishLast { get; }

    internal SwedishReferenceData.Municipality[] Municipalities { get; }

    internal string[] SwedishCountries { get; }

    internal string[] EnglishPlaces { get; }

    internal string[] EnglishCountries { get; }

    internal string[] HeldOutSwedishPlaces { get; }

    internal string[] HeldOutEnglishPlaces { get; }
}
