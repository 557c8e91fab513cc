using System.Collections.Frozen;
using RiskNotebooks.Text.Recognizers;

namespace RiskNotebooks.Text;

/// <summary>Tells Swedish from English by their most frequent function words (and, failing those, by å, ä and ö).</summary>
internal static class LanguageDetector
{
    private const int SampleLength = 20_000;

    private static readonly FrozenSet<string> Swedish = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "och", "att", "det", "är", "som", "en", "på", "jag", "inte", "med", "har", "för", "till", "av", "den", "de", "om", "var",
        "men", "så", "hon", "han", "vi", "kan", "ska", "eller", "efter", "när", "ett", "sig", "hade", "mycket", "också", "här",
    ]);

    private static readonly FrozenSet<string> English = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "the", "and", "is", "of", "to", "that", "it", "with", "have", "not", "for", "on", "was", "he", "she", "we", "can", "but",
        "or", "after", "when", "this", "be", "are", "you", "had", "very", "also", "here", "his", "her", "they", "at", "from",
    ]);

    internal static TextLanguage Detect(ReadOnlySpan<char> text)
    {
        var sample = text[..Math.Min(text.Length, SampleLength)];
        var swedish = 0;
        var english = 0;
        var swedishLetters = 0;
        var sv = Swedish.GetAlternateLookup<ReadOnlySpan<char>>();
        var en = English.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        while (i < sample.Length)
        {
            if (!Chars.IsLetter(sample[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < sample.Length && Chars.IsLetter(sample[i]))
            {
                if (sample[i] is 'å' or 'ä' or 'ö' or 'Å' or 'Ä' or 'Ö')
                {
                    swedishLetters++;
                }

                i++;
            }

            var word = sample[start..i];
            if (word.Length > 6)
            {
                continue;
            }

            if (sv.Contains(word))
            {
                swedish++;
            }

            if (en.Contains(word))
            {
                english++;
            }
        }

        if (swedish != english)
        {
            return swedish > english ? TextLanguage.Swedish : TextLanguage.English;
        }

        return swedishLetters > 0 ? TextLanguage.Swedish : TextLanguage.English;
    }
}
