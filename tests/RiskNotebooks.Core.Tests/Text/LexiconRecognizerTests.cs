using RiskNotebooks.Text;
using RiskNotebooks.Text.Recognizers;

namespace RiskNotebooks.Tests.Text;

public sealed class LexiconRecognizerTests
{
    private readonly LexiconRecognizer recognizer = new();

    private IReadOnlyList<(EntityType Type, string Text)> Found(string text, TextLanguage language = TextLanguage.Swedish)
        => Recognize.With(recognizer, text, language).Where(f => f.Confidence >= 0.5).Select(f => (f.Type, f.Text)).ToList();

    [Theory]
    [InlineData("Jag heter Anna Svensson och bor här.", "Anna Svensson")]
    [InlineData("Igår ringde Erik Lindqvist-Berg.", "Erik Lindqvist-Berg")]
    [InlineData("My name is John Smith.", "John Smith")]
    [InlineData("Remiss från Dr. Holm idag.", "Holm")]
    [InlineData("Hon träffade Anna-Karin igår.", "Anna-Karin")]
    public void Finds_names_from_the_gazetteers(string text, string name)
        => Assert.Contains((EntityType.Person, name), Found(text));

    [Fact]
    public void An_unknown_surname_next_to_a_known_first_name_is_part_of_the_name()
        => Assert.Contains((EntityType.Person, "Anna Ekblad"), Found("Vi pratade med Anna Ekblad om saken."));

    [Fact]
    public void An_unknown_capitalised_word_after_a_title_or_naming_word_is_a_name()
    {
        Assert.Contains((EntityType.Person, "Xyzzelius"), Found("Remiss till dr Xyzzelius."));
        Assert.Contains((EntityType.Person, "Tove"), Found("Min dotter heter Tove.", TextLanguage.Swedish));
    }

    [Theory]
    [InlineData("Idag var det kallt ute.")]
    [InlineData("Sjukhuset ligger nära Vattenfallet.")]
    [InlineData("Karolinska Institutet publicerade rapporten.")]
    public void Capitalisation_alone_is_not_enough(string text)
        => Assert.DoesNotContain(Found(text), f => f.Type == EntityType.Person);

    [Theory]
    [InlineData("Per dag tar hon två tabletter.", TextLanguage.Swedish)]
    [InlineData("Hans mamma bodde granne med oss.", TextLanguage.Swedish)]
    [InlineData("Will you tell me more?", TextLanguage.English)]
    [InlineData("Mark my words, it was hard.", TextLanguage.English)]
    public void A_name_that_is_also_a_common_word_needs_support_where_a_sentence_starts(string text, TextLanguage language)
        => Assert.DoesNotContain(Found(text, language), f => f.Type == EntityType.Person);

    [Fact]
    public void The_same_word_accepted_elsewhere_in_the_document_supports_it()
    {
        var found = Found("Min bror Per bor i Umeå. Per ringde igår.");
        Assert.Equal(2, found.Count(f => f == (EntityType.Person, "Per")));
    }

    [Theory]
    [InlineData("Hon bor i Umeå sedan länge.", "Umeå")]
    [InlineData("Han flyttade till Upplands Väsby.", "Upplands Väsby")]
    [InlineData("She lives in New York now.", "New York")]
    [InlineData("Född i Bosnien och Hercegovina.", "Bosnien och Hercegovina")]
    [InlineData("Stockholms län", "Stockholms län")]
    [InlineData("Han jobbar på Göteborgs universitet.", "Göteborgs")]
    [InlineData("Vi bor i Bjurträsk nu.", "Bjurträsk")]
    [InlineData("Storgatan 1, 903 25 Bjurträsk", "Bjurträsk")]
    public void Finds_places_from_the_gazetteers_and_from_context(string text, string place)
        => Assert.Contains((EntityType.Location, place), Found(text, text.Contains("lives") ? TextLanguage.English : TextLanguage.Swedish));

    [Theory]
    [InlineData("Patienten har typ 2-diabetes.", EntityType.Health, "diabetes")]
    [InlineData("Nyupptäckt bröstcancer.", EntityType.Health, "bröstcancer")]
    [InlineData("Behandlas med sertralin.", EntityType.Health, "sertralin")]
    [InlineData("Han har KOL sedan länge.", EntityType.Health, "KOL")]
    [InlineData("Hon är muslim.", EntityType.Religion, "muslim")]
    [InlineData("Medlem i Kommunal.", EntityType.TradeUnion, "Kommunal")]
    [InlineData("Han röstar på Vänsterpartiet.", EntityType.PoliticalOpinion, "röstar på")]
    [InlineData("Hon är bisexuell.", EntityType.SexualOrientation, "bisexuell")]
    [InlineData("Dömd för rattfylleri.", EntityType.Criminal, "rattfylleri")]
    [InlineData("Hennes familj är samisk.", EntityType.EthnicOrigin, "samisk")]
    [InlineData("Gentest visade BRCA1-mutation.", EntityType.Genetic, "Gentest")]
    [InlineData("Inloggning med fingeravtryck.", EntityType.Biometric, "fingeravtryck")]
    public void Finds_special_category_terms_in_swedish(string text, EntityType type, string term)
        => Assert.Contains((type, term), Found(text));

    [Theory]
    [InlineData("She has type 2 diabetes.", EntityType.Health, "diabetes")]
    [InlineData("He is Jewish.", EntityType.Religion, "Jewish")]
    [InlineData("She is a trade union member.", EntityType.TradeUnion, "trade union")]
    [InlineData("He was convicted of theft.", EntityType.Criminal, "convicted")]
    [InlineData("They are in a same-sex marriage.", EntityType.SexualOrientation, "same-sex")]
    public void Finds_special_category_terms_in_english(string text, EntityType type, string term)
        => Assert.Contains((type, term), Found(text, TextLanguage.English));

    [Fact]
    public void Lexicons_apply_to_their_own_language_only()
    {
        // "same" is the Sami in Swedish and an ordinary word in English.
        Assert.Contains((EntityType.EthnicOrigin, "same"), Found("Han är same."));
        Assert.DoesNotContain(Found("It is the same as before.", TextLanguage.English), f => f.Type == EntityType.EthnicOrigin);
    }

    [Fact]
    public void A_capitalised_name_inside_a_sentence_is_a_name_not_a_term()
    {
        var found = Found("Min syster Kristen ringde.");
        Assert.Contains((EntityType.Person, "Kristen"), found);
        Assert.DoesNotContain(found, f => f.Type == EntityType.Religion);
    }

    [Fact]
    public void Care_occupations_count_only_after_a_job_word()
    {
        Assert.DoesNotContain(Found("Ansvarig läkare: dr Holm."), f => f.Type == EntityType.Profession);
        Assert.Contains((EntityType.Profession, "sjuksköterska"), Found("Hon arbetar som sjuksköterska."));
        Assert.Contains((EntityType.Profession, "snickare"), Found("Han är snickare."));
    }
}
