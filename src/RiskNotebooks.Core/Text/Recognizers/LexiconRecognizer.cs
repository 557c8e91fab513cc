using RiskNotebooks.Text.Lexicons;

namespace RiskNotebooks.Text.Recognizers;

/// <summary>
/// Names, places, occupations and the special categories, found word by word with the gazetteers and lexicons shipped in
/// the assembly (one hash lookup per word) and context words.
/// </summary>
/// <remarks>
/// <para><b>Names and places.</b> A capitalised word in a first-name or surname gazetteer is a name, in a place gazetteer a
/// place. Capitalisation alone is never enough, and a gazetteer word that is also a common word of the document's language
/// (<c>Per</c>, <c>Hans</c>, <c>Will</c>, <c>Mark</c>) needs support where a sentence starts: a title (<c>Dr</c>,
/// <c>herr</c>, <c>Mrs</c>), a context word (<c>heter</c>, <c>my name is</c>, <c>dotter</c>, <c>bor i</c>,
/// <c>lives in</c>), a neighbouring name, or the same word accepted elsewhere in the document. An unknown capitalised
/// word counts as part of a name next to a known first name or surname (<c>Anna Xyzsson</c>), after a title, or right after
/// a naming word (<c>heter</c>, <c>named</c>); as a place right after <c>bor i</c>, <c>lives in</c>. A capitalised word
/// ending in a Swedish street suffix without a house number is a place. Swedish genitives (<c>Stockholms</c>) are read
/// without their <c>s</c>.</para>
/// <para>Confidence of a name: 0.9 for a first name and surname together; 0.75 for one known, unambiguous word (0.65
/// where a sentence starts); 0.6 for an ambiguous word inside a sentence and 0.35 where a sentence starts; a title sets at
/// least 0.9, a context word within three words adds 0.2. Places: 0.75 (0.7 where a sentence starts; ambiguous 0.6 and
/// 0.35), plus 0.2 after a place preposition (<c>i</c>, <c>in</c>, <c>från</c>, <c>from</c>) and 0.1 after a place word.</para>
/// <para><b>Special categories and occupations.</b> Lexicon terms for the document's language: whole words, several words
/// in a row, word beginnings (<c>diabet*</c>) and Swedish compound endings (<c>*cancer</c> finds <c>bröstcancer</c>), each
/// with the confidence in its lexicon. Health and care occupations count as the person's own only after a job word
/// (<c>arbetar som</c>, <c>works as</c>): otherwise they are usually the note's author.</para>
/// <para>Sources: see <c>Text/Gazetteers/README.md</c> and the headers of the lexicon files.</para>
/// <para>Three phases over one array of words: <see cref="LexiconTokenizer"/> (words, shapes, one lookup each, context
/// phrases), <see cref="LexiconTermMatcher"/> (special categories and occupations) and <see cref="NameAndPlaceFinder"/>
/// (names and places, whose confidences are named there).</para>
/// </remarks>
public sealed class LexiconRecognizer : IRecognizer
{
    private readonly LexiconTokenizer tokenizer = new(Lexicon.Default);
    private readonly LexiconTermMatcher terms = new(Lexicon.Default);

    /// <summary>The word buffer of this thread's last call, reused (its entries point only to the shared lexicon).</summary>
    [ThreadStatic]
    private static WordToken[]? tokenBuffer;

    /// <inheritdoc/>
    public string Name => "lexicon";

    /// <inheritdoc/>
    public IReadOnlyList<EntityType> EntityTypes { get; } =
    [
        EntityType.Person, EntityType.Location, EntityType.Profession, EntityType.Health, EntityType.EthnicOrigin, EntityType.Religion,
        EntityType.PoliticalOpinion, EntityType.TradeUnion, EntityType.SexualOrientation, EntityType.Genetic, EntityType.Biometric,
        EntityType.Criminal,
    ];

    /// <inheritdoc/>
    public void Recognize(ReadOnlySpan<char> text, TextLanguage language, FindingCollector findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var languages = language == TextLanguage.Swedish ? Languages.Swedish : Languages.English;
        var common = language == TextLanguage.Swedish ? NameFlags.CommonSwedish : NameFlags.CommonEnglish;
        // A word takes at least one letter and one separator, so half the text's length bounds the number of words.
        var needed = (text.Length / 2) + 2;
        var tokens = tokenBuffer is { } cached && cached.Length >= needed ? cached : tokenBuffer = new WordToken[Math.Max(needed, 1024)];
        tokenBuffer = null; // not shared with a nested or concurrent call on this thread
        try
        {
            var count = tokenizer.Tokenize(text, language, tokens);
            var words = new Words(text, tokens, count);
            LexiconTokenizer.MarkContextPhrases(words, languages);
            terms.FindTerms(words, languages, findings);
            NameAndPlaceFinder.Find(words, language, common, findings);
        }
        finally
        {
            tokenBuffer = tokens;
        }
    }
}
