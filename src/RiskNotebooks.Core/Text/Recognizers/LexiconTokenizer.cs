using RiskNotebooks.Text.Lexicons;

namespace RiskNotebooks.Text.Recognizers;

/// <summary>
/// The words of a text for <see cref="LexiconRecognizer"/>: one pass that finds each word's end, shape, lower case and
/// hash, then one lexicon lookup per word (with Swedish genitives and hyphenated names read through).
/// </summary>
internal sealed class LexiconTokenizer(Lexicon lexicon)
{
    /// <summary>The longest word looked up in the lexicon; longer words are kept with their shape only.</summary>
    internal const int MaxWordLength = 48;

    /// <summary>The longest title that takes an abbreviation dot (<c>Dr.</c>, <c>Prof.</c>).</summary>
    internal const int MaxAbbreviatedTitle = 4;

    /// <summary>Reads the words of <paramref name="text"/> into <paramref name="tokens"/> (at least half the text's length plus two).</summary>
    /// <returns>The number of words.</returns>
    internal int Tokenize(ReadOnlySpan<char> text, TextLanguage language, WordToken[] tokens)
    {
        Span<char> lower = stackalloc char[MaxWordLength];
        var count = 0;
        var sentence = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!Chars.IsLetter(c))
            {
                if (c is '.' or '!' or '?' or ':' or ';' or '\n' or '•')
                {
                    // "Dr. Svensson": the dot of a title does not end a sentence.
                    var afterTitle = c == '.' && count > 0 && tokens[count - 1].End == i && tokens[count - 1].End - tokens[count - 1].Start <= MaxAbbreviatedTitle
                                     && tokens[count - 1].Entry is { } previous && (previous.Context(language) & ContextFlags.Title) != 0;
                    sentence |= !afterTitle;
                }

                i++;
                continue;
            }

            // One pass over the word: its end, its shape, its lower case and its hash (and the hash without its last letter).
            var start = i;
            var hyphenated = false;
            var digits = false;
            var upper = 0;
            var hash = TokenTable.Start;
            var beforeLast = hash;
            var n = 0;
            while (i < text.Length)
            {
                var d = text[i];
                if (Chars.IsLetterOrDigit(d))
                {
                    digits |= Chars.IsDigit(d);
                }
                else if (d == '-' && i + 1 < text.Length && Chars.IsLetter(text[i + 1]))
                {
                    hyphenated = true;
                }
                else
                {
                    break;
                }

                var l = Chars.ToLower(d);
                upper += l != d ? 1 : 0;
                if (n < MaxWordLength)
                {
                    lower[n] = l;
                }

                n++;
                beforeLast = hash;
                hash = TokenTable.Add(hash, l);
                i++;
            }

            ref var token = ref tokens[count++];
            token = default;
            token.Start = start;
            token.End = i;
            token.Shape = ShapeOf(text[start..i], n, upper, sentence, hyphenated, digits);
            sentence = false;
            if (n <= MaxWordLength)
            {
                LookUp(ref token, lower[..n], hash, beforeLast, language);
            }
        }

        return count;
    }

    /// <summary>Context phrases of several words mark their last word ("bor i": "i" is a strong place context).</summary>
    internal static void MarkContextPhrases(Words words, Languages languages)
    {
        for (var k = 0; k < words.Count; k++)
        {
            if (words.Tokens[k].Entry?.ContextPhrases is not { } phrases)
            {
                continue;
            }

            foreach (var (phraseLanguages, kind, rest) in phrases)
            {
                if ((phraseLanguages & languages) != 0 && words.MatchFollowing(k, rest, caseSensitive: false, lastIsPrefix: false) is var last && last > k)
                {
                    words.Tokens[last].Context |= kind;
                }
            }
        }
    }

    private static WordShape ShapeOf(ReadOnlySpan<char> word, int length, int upper, bool sentence, bool hyphenated, bool digits)
    {
        var shape = WordShape.None;
        if (Chars.IsUpper(word[0]))
        {
            shape |= WordShape.Capitalised;
            if (length > 1 && upper == length - CountNonLetters(word))
            {
                shape |= WordShape.AllCaps;
            }
        }

        if (sentence)
        {
            shape |= WordShape.SentenceStart;
        }

        if (hyphenated)
        {
            shape |= WordShape.Hyphenated;
        }

        if (digits)
        {
            shape |= WordShape.Digits;
        }

        return shape;
    }

    /// <summary>The word's hashes, stem keys and lexicon entry; for a capitalised word, its genitive or hyphenated name parts.</summary>
    private void LookUp(ref WordToken token, ReadOnlySpan<char> lowerWord, uint hash, uint beforeLast, TextLanguage language)
    {
        var n = lowerWord.Length;
        token.Hash = hash;

        // Keys of the word's first and last four letters, for the stem indexes.
        if (n >= StemIndex.KeyLength)
        {
            token.PrefixKey = StemIndex.Key(lowerWord[..StemIndex.KeyLength]);
            token.SuffixKey = StemIndex.Key(lowerWord[^StemIndex.KeyLength..]);
        }

        if (lexicon.Table.Find(lowerWord, hash) is { } entry)
        {
            token.Entry = entry;
            token.Names = entry.Names;
            token.Context = entry.Context(language);
        }

        if ((token.Shape & WordShape.Capitalised) == 0)
        {
            return;
        }

        if (n >= 4 && lowerWord[^1] == 's')
        {
            token.GenitiveHash = beforeLast;
        }

        if ((token.Names & (NameFlags.Name | NameFlags.Place)) != 0)
        {
            return;
        }

        // Swedish genitive: "Stockholms", "Annas".
        if (token.GenitiveHash != 0 && lexicon.Table.Find(lowerWord[..^1], beforeLast) is { } genitive
            && (genitive.Names & (NameFlags.Name | NameFlags.Place)) != 0)
        {
            token.Names |= genitive.Names & ~(NameFlags.CommonSwedish | NameFlags.CommonEnglish);
            return;
        }

        if ((token.Shape & WordShape.Hyphenated) != 0)
        {
            token.Names |= HyphenatedNames(lowerWord);
        }
    }

    /// <summary>"Anna-Karin" is a first name when every part is; "Lindqvist-Berg" a surname when a part is.</summary>
    private NameFlags HyphenatedNames(ReadOnlySpan<char> lowerWord)
    {
        var all = NameFlags.Name | NameFlags.Place;
        var any = NameFlags.None;
        foreach (var range in lowerWord.Split('-'))
        {
            var part = lowerWord[range];
            var flags = lexicon.Table.Find(part)?.Names ?? NameFlags.None;
            all &= flags;
            any |= flags;
        }

        return all | (any & NameFlags.Surname);
    }

    /// <summary>Digits and hyphens in a word (they have no case).</summary>
    private static int CountNonLetters(ReadOnlySpan<char> word)
    {
        var n = 0;
        foreach (var c in word)
        {
            if (!Chars.IsLetter(c))
            {
                n++;
            }
        }

        return n;
    }
}
