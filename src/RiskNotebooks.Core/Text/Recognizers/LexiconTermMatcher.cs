using RiskNotebooks.Text.Lexicons;

namespace RiskNotebooks.Text.Recognizers;

/// <summary>
/// The special-category and occupation terms of <see cref="LexiconRecognizer"/>: whole words, several words in a row, word
/// beginnings (<c>diabet*</c>) and Swedish compound endings (<c>*cancer</c>), each with the confidence in its lexicon.
/// </summary>
internal sealed class LexiconTermMatcher(Lexicon lexicon)
{
    /// <summary>A health or care occupation after a job word: the person's own, though such words usually name the note's author.</summary>
    private const double CareProfessionAfterJobWord = 0.85;

    /// <summary>A rare occupation after a job word.</summary>
    private const double RareProfessionAfterJobWord = 0.95;

    /// <summary>Any other occupation after a job word.</summary>
    private const double ProfessionAfterJobWord = 0.9;

    /// <summary>Adds the terms found in the words, and marks their words <see cref="WordToken.Special"/>.</summary>
    internal void FindTerms(Words words, Languages languages, FindingCollector findings)
    {
        for (var k = 0; k < words.Count; k++)
        {
            ref var token = ref words.Tokens[k];

            // Most words start no term and match no stem: two bit tests and they are done.
            if (token.Entry?.Terms is null && (token.Shape & WordShape.Hyphenated) == 0
                && (token.PrefixKey == 0 || (!lexicon.Prefixes.MayContain(token.PrefixKey) && !lexicon.Suffixes.MayContain(token.SuffixKey))))
            {
                continue;
            }

            var word = words.Text[token.Start..token.End];
            if (word.Length > LexiconTokenizer.MaxWordLength)
            {
                continue;
            }

            // "Professor Whitfield", "Syster Anna": a title before a name is part of how the person is addressed, not an occupation.
            if ((token.Context & ContextFlags.Title) != 0 && k + 1 < words.Count && words.Adjacent(k, k + 1) && (words.Tokens[k + 1].Shape & WordShape.Capitalised) != 0)
            {
                continue;
            }

            // A capitalised name inside a sentence is a name, not a term ("Kristen" the person, "kristen" the belief).
            var isName = (token.Shape & (WordShape.Capitalised | WordShape.SentenceStart | WordShape.AllCaps)) == WordShape.Capitalised && (token.Names & NameFlags.Name) != 0;
            if (isName && (words.TitleBefore(k) || words.FollowedByName(k) || words.NamingWordBefore(k)))
            {
                continue; // "my sister Roma", "Dr. Parkinson": a person, whatever else the word means
            }

            var best = Match(words, k, word, languages, isName, out var bestEnd);
            best ??= isName ? null : MatchStem(word, token.PrefixKey, token.SuffixKey, languages);
            if (best is null && (token.Shape & WordShape.Hyphenated) != 0 && !isName)
            {
                FindInParts(words, k, word, languages, findings); // "hiv-positiv", "DNA-test": try each part
                continue;
            }

            if (best is not null)
            {
                Add(words, k, best, findings, token.Start, words.Tokens[bestEnd].End);
                for (var j = k; j <= bestEnd; j++)
                {
                    words.Tokens[j].Special = true;
                }

                k = bestEnd;
            }
        }
    }

    /// <summary>The parts of a hyphenated word, each as a whole word or a stem.</summary>
    private void FindInParts(Words words, int k, ReadOnlySpan<char> word, Languages languages, FindingCollector findings)
    {
        Span<char> lower = stackalloc char[LexiconTokenizer.MaxWordLength];
        var start = words.Tokens[k].Start;
        foreach (var range in word.Split('-'))
        {
            var (partStart, partLength) = range.GetOffsetAndLength(word.Length);
            var part = word.Slice(partStart, partLength);
            if (partLength > LexiconTokenizer.MaxWordLength)
            {
                continue;
            }

            var lp = lower[..partLength];
            for (var c = 0; c < partLength; c++)
            {
                lp[c] = Chars.ToLower(part[c]);
            }

            var term = WholeWordTerm(lexicon.Table.Find(lp), part, languages)
                       ?? (partLength >= StemIndex.KeyLength ? MatchStem(part, StemIndex.Key(lp[..StemIndex.KeyLength]), StemIndex.Key(lp[^StemIndex.KeyLength..]), languages) : null);
            if (term is not null)
            {
                Add(words, k, term, findings, start + partStart, start + partStart + partLength);
            }
        }
    }

    /// <summary>Adds a term; an occupation after a job word (<c>arbetar som</c>, <c>works as</c>) is the person's own.</summary>
    private static void Add(Words words, int first, LexiconTerm term, FindingCollector findings, int start, int end)
    {
        var confidence = term.Confidence;
        if (term.Type == EntityType.Profession)
        {
            var job = words.ContextBefore(first, ContextFlags.Job, 4);
            confidence = term.Role switch
            {
                TermRole.CareProfession => job ? CareProfessionAfterJobWord : confidence,
                TermRole.RareProfession => job ? RareProfessionAfterJobWord : confidence,
                _ => job ? ProfessionAfterJobWord : confidence,
            };
        }

        findings.Add(term.Type, start, end, confidence, term.Rule);
    }

    /// <summary>The longest whole-word term or phrase that starts at word <paramref name="k"/>.</summary>
    private static LexiconTerm? Match(Words words, int k, ReadOnlySpan<char> word, Languages languages, bool isName, out int end)
    {
        end = k;
        LexiconTerm? best = null;
        if (words.Tokens[k].Entry?.Terms is not { } terms)
        {
            return null;
        }

        foreach (var term in terms)
        {
            if ((term.Languages & languages) == 0 || (isName && !term.CaseSensitive))
            {
                continue;
            }

            if (term.CaseSensitive && !word.Equals(term.First, StringComparison.Ordinal))
            {
                continue;
            }

            var last = term.Rest.Length == 0 ? k : words.MatchFollowing(k, term.Rest, term.CaseSensitive, term.Stem == StemKind.Prefix);
            if (last >= k && (best is null || last > end))
            {
                best = term;
                end = last;
            }
        }

        return best;
    }

    /// <summary>A one-word term of an entry (for the parts of a hyphenated word).</summary>
    private static LexiconTerm? WholeWordTerm(TokenEntry? entry, ReadOnlySpan<char> word, Languages languages)
    {
        if (entry?.Terms is not { } terms)
        {
            return null;
        }

        foreach (var term in terms)
        {
            if ((term.Languages & languages) != 0 && term.Rest.Length == 0 && (!term.CaseSensitive || word.Equals(term.First, StringComparison.Ordinal)))
            {
                return term;
            }
        }

        return null;
    }

    /// <summary>A word stem: word beginnings (<c>diabet*</c>), then compound endings (<c>*cancer</c>), by the word's keys.</summary>
    private LexiconTerm? MatchStem(ReadOnlySpan<char> word, ulong prefixKey, ulong suffixKey, Languages languages)
    {
        if (prefixKey == 0)
        {
            return null;
        }

        if (lexicon.Prefixes.Candidates(prefixKey) is { } prefixes)
        {
            foreach (var (stem, term) in prefixes)
            {
                if ((term.Languages & languages) != 0 && word.StartsWith(stem, StringComparison.OrdinalIgnoreCase)
                    && (!term.CaseSensitive || word.StartsWith(term.First, StringComparison.Ordinal)))
                {
                    return term;
                }
            }
        }

        if (lexicon.Suffixes.Candidates(suffixKey) is { } suffixes)
        {
            foreach (var (stem, term) in suffixes)
            {
                if ((term.Languages & languages) != 0 && word.Length > stem.Length + 1 && word.EndsWith(stem, StringComparison.OrdinalIgnoreCase))
                {
                    return term;
                }
            }
        }

        return null;
    }
}
