using RiskNotebooks.Text;

namespace RiskNotebooks.Core.Tests.Text;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("Patienten kom till mottagningen och sa att det var svårt att sova, men hon ville inte ta medicin.", TextLanguage.Swedish)]
    [InlineData("The patient came to the clinic and said that it was hard to sleep, but she did not want to take medicine.", TextLanguage.English)]
    [InlineData("Intervju 3. JAG: och sen? IP: det är så att vi har inte pratat om det.", TextLanguage.Swedish)]
    public void Function_words_tell_swedish_from_english(string text, TextLanguage expected)
        => Assert.Equal(expected, LanguageDetector.Detect(text));

    [Fact]
    public void Without_function_words_the_swedish_letters_decide()
    {
        Assert.Equal(TextLanguage.Swedish, LanguageDetector.Detect("Blodtryck förhöjt. Ödem bilateralt. Återbesök fem veckor."));
        Assert.Equal(TextLanguage.English, LanguageDetector.Detect("Blood pressure elevated. Oedema bilateral. Review five weeks."));
    }

    [Fact]
    public void Only_the_beginning_of_a_long_text_is_read()
    {
        // 20,000 characters of English, then Swedish: the sample decides.
        var english = string.Concat(Enumerable.Repeat("the patient and the doctor ", 800));
        var swedish = string.Concat(Enumerable.Repeat("och det är att som ", 5000));
        Assert.True(english.Length >= 20_000);
        Assert.Equal(TextLanguage.English, LanguageDetector.Detect(english + swedish));
    }
}
