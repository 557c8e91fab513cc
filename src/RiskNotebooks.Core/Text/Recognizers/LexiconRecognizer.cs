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
/// </remarks>
public sealed class LexiconRecognizer : IRecognizer
{
    private const int MaxWordLength = 48;
    private const double Accepted = 0.5;
    private const int MaxAbbreviatedTitle = 4;
    private readonly Lexicon lexicon = Lexicon.Default;

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
        var tokens = tokenBuffer is { } cached && cached.Length >= needed ? cached : tokenBuffer = new Token[Math.Max(needed, 1024)];
        tokenBuffer = null; // not shared with a nested or concurrent call on this thread
        try
        {
            var count = Tokenize(text, language, tokens);
            var words = new Words(text, tokens, count);
            MarkContextPhrases(words, languages);
            FindTerms(words, languages, findings);
            FindNamesAndPlaces(words, language, common, findings);
        }
        finally
        {
            tokenBuffer = tokens;
        }
    }

    /// <summary>The word buffer of this thread's last call, reused (its entries point only to the shared lexicon).</summary>
    [ThreadStatic]
    private static Token[]? tokenBuffer;

    [ThreadStatic]
    private static List<Candidate>? candidateBuffer;

    [ThreadStatic]
    private static HashSet<ulong>? acceptedBuffer;

    private int Tokenize(ReadOnlySpan<char> text, TextLanguage language, Token[] tokens)
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
            token.Start = start;
            token.End = i;
            var shape = Shape.None;
            if (Chars.IsUpper(text[start]))
            {
                shape |= Shape.Capitalised;
                if (n > 1 && upper == n - CountNonLetters(text[start..i]))
                {
                    shape |= Shape.AllCaps;
                }
            }

            if (sentence)
            {
                shape |= Shape.SentenceStart;
            }

            if (hyphenated)
            {
                shape |= Shape.Hyphenated;
            }

            if (digits)
            {
                shape |= Shape.Digits;
            }

            token.Shape = shape;
            sentence = false;
            token.Entry = null;
            token.Names = NameFlags.None;
            token.Context = ContextFlags.None;
            token.Special = false;
            token.Hash = 0;
            token.GenitiveHash = 0;
            token.PrefixKey = 0;
            token.SuffixKey = 0;
            if (n > MaxWordLength)
            {
                continue;
            }

            var lw = lower[..n];
            token.Hash = hash;

            // Keys of the word's first and last four letters, for the stem indexes.
            if (n >= StemIndex.KeyLength)
            {
                token.PrefixKey = StemIndex.Key(lw[..StemIndex.KeyLength]);
                token.SuffixKey = StemIndex.Key(lw[^StemIndex.KeyLength..]);
            }

            if (lexicon.Table.Find(lw, hash) is { } entry)
            {
                token.Entry = entry;
                token.Names = entry.Names;
                token.Context = entry.Context(language);
            }

            if ((shape & Shape.Capitalised) == 0)
            {
                continue;
            }

            if (n >= 4 && lw[^1] == 's')
            {
                token.GenitiveHash = beforeLast;
            }

            if ((token.Names & (NameFlags.Name | NameFlags.Place)) != 0)
            {
                continue;
            }

            // Swedish genitive: "Stockholms", "Annas".
            if (token.GenitiveHash != 0 && lexicon.Table.Find(lw[..^1], beforeLast) is { } genitive
                && (genitive.Names & (NameFlags.Name | NameFlags.Place)) != 0)
            {
                token.Names |= genitive.Names & ~(NameFlags.CommonSwedish | NameFlags.CommonEnglish);
                continue;
            }

            if (hyphenated)
            {
                token.Names |= HyphenatedNames(lw);
            }
        }

        return count;
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

    /// <summary>Context phrases of several words mark their last word ("bor i": "i" is a strong place context).</summary>
    private static void MarkContextPhrases(Words words, Languages languages)
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

    private void FindTerms(Words words, Languages languages, FindingCollector findings)
    {
        Span<char> lower = stackalloc char[MaxWordLength];
        for (var k = 0; k < words.Count; k++)
        {
            ref var token = ref words.Tokens[k];

            // Most words start no term and match no stem: two bit tests and they are done.
            if (token.Entry?.Terms is null && (token.Shape & Shape.Hyphenated) == 0
                && (token.PrefixKey == 0 || (!lexicon.Prefixes.MayContain(token.PrefixKey) && !lexicon.Suffixes.MayContain(token.SuffixKey))))
            {
                continue;
            }

            var word = words.Text[token.Start..token.End];
            if (word.Length > MaxWordLength)
            {
                continue;
            }

            // "Professor Whitfield", "Syster Anna": a title before a name is part of how the person is addressed, not an occupation.
            if ((token.Context & ContextFlags.Title) != 0 && k + 1 < words.Count && words.Adjacent(k, k + 1) && (words.Tokens[k + 1].Shape & Shape.Capitalised) != 0)
            {
                continue;
            }

            // A capitalised name inside a sentence is a name, not a term ("Kristen" the person, "kristen" the belief).
            var isName = (token.Shape & (Shape.Capitalised | Shape.SentenceStart | Shape.AllCaps)) == Shape.Capitalised && (token.Names & NameFlags.Name) != 0;
            if (isName && (TitleBefore(words, k) || FollowedByName(words, k) || NamingWordBefore(words, k)))
            {
                continue; // "my sister Roma", "Dr. Parkinson": a person, whatever else the word means
            }

            var best = Match(words, k, word, languages, isName, out var bestEnd);
            best ??= isName ? null : MatchStem(word, token.PrefixKey, token.SuffixKey, languages);
            if (best is null && (token.Shape & Shape.Hyphenated) != 0 && !isName)
            {
                // "hiv-positiv", "DNA-test": try each part.
                foreach (var range in word.Split('-'))
                {
                    var (partStart, partLength) = range.GetOffsetAndLength(word.Length);
                    var part = word.Slice(partStart, partLength);
                    if (partLength > MaxWordLength)
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
                        Add(words, k, term, findings, token.Start + partStart, token.Start + partStart + partLength);
                    }
                }

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

    private static void Add(Words words, int first, LexiconTerm term, FindingCollector findings, int start, int end)
    {
        var confidence = term.Confidence;
        if (term.Type == EntityType.Profession)
        {
            var job = words.ContextBefore(first, ContextFlags.Job, 4);
            confidence = term.Role switch
            {
                TermRole.CareProfession => job ? 0.85 : confidence,
                TermRole.RareProfession => job ? 0.95 : confidence,
                _ => job ? 0.9 : confidence,
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

    private void FindNamesAndPlaces(Words words, TextLanguage language, NameFlags common, FindingCollector findings)
    {
        var candidates = candidateBuffer ??= [];
        var accepted = acceptedBuffer ??= [];
        candidates.Clear();
        accepted.Clear();
        Span<ulong> acceptedFilter = stackalloc ulong[64];
        acceptedFilter.Clear();
        for (var k = 0; k < words.Count; k++)
        {
            ref var token = ref words.Tokens[k];
            if ((token.Shape & Shape.Capitalised) == 0 || (token.Shape & Shape.Digits) != 0 || token.Special || (token.Names & NameFlags.Calendar) != 0
                || (token.Context & ContextFlags.Title) != 0)
            {
                continue;
            }

            if (AfterSaint(words, k))
            {
                continue; // "St Thomas' Hospital", "Sankt Eriks": a saint names a place or an institution, not a person
            }

            var sentenceInitial = (token.Shape & (Shape.SentenceStart | Shape.AllCaps)) != 0;
            var titled = TitleBefore(words, k);
            var placePreposition = k > 0 && words.Adjacent(k - 1, k) && (words.Tokens[k - 1].Context & (ContextFlags.PlacePreposition | ContextFlags.PlaceStrong)) != 0;
            var placeStrong = k > 0 && words.Adjacent(k - 1, k) && (words.Tokens[k - 1].Context & ContextFlags.PlaceStrong) != 0;

            // Places of several words: "New York", "Upplands Väsby", "Bosnien och Hercegovina".
            if (token.Entry?.PlacePhrases is { } phrases)
            {
                var last = -1;
                foreach (var rest in phrases)
                {
                    var end = words.MatchFollowing(k, rest, caseSensitive: false, lastIsPrefix: false);
                    if (end > last)
                    {
                        last = end;
                    }
                }

                // "St Thomas' Hospital": a saint's name with a possessive names an institution, not the place of that name.
                if (last > k && IsSaint(words, k) && words.Tokens[last].End < words.Text.Length && words.Text[words.Tokens[last].End] is '\'' or '\u2019')
                {
                    k = last;
                    continue;
                }

                if (last > k)
                {
                    var confidence = 0.8 + (placePreposition ? 0.15 : words.ContextBefore(k, ContextFlags.Place, 3) ? 0.1 : 0);
                    candidates.Add(new Candidate(EntityType.Location, token.Start, words.Tokens[last].End, confidence, "gazetteer.place", 0, 0));
                    k = last;
                    continue;
                }
            }

            var names = token.Names;
            var isName = (names & NameFlags.Name) != 0;
            var isPlace = (names & NameFlags.Place) != 0;
            var ambiguous = (names & common) != 0;

            var postTown = isPlace && PostTown(words.Text, token.Start, token.End);
            if (isPlace && (!isName || placePreposition || postTown || ((names & NameFlags.FirstName) == 0 && !titled && !FollowedByName(words, k))))
            {
                var confidence = ambiguous ? (sentenceInitial ? 0.35 : 0.6) : (sentenceInitial ? 0.7 : 0.75);
                confidence += placePreposition || postTown ? 0.2 : words.ContextBefore(k, ContextFlags.Place, 3) ? 0.1 : 0;
                AddCandidate(candidates, accepted, acceptedFilter, new Candidate(EntityType.Location, token.Start, token.End, Math.Min(0.95, confidence), "gazetteer.place", Key(words, k, false), Key(words, k, true)));
                continue;
            }

            if (IsSaint(words, k))
            {
                continue; // "St Mary's Hospital": a saint is not a person's first name
            }

            // A person: known name words, and unknown capitalised words next to them.
            var j = k;
            var known = 0;
            var ambiguousKnown = 0;
            while (j < words.Count && j - k < 4)
            {
                ref var t = ref words.Tokens[j];
                if (j > k && (!words.Adjacent(j - 1, j) || (t.Shape & Shape.Capitalised) == 0 || (t.Shape & (Shape.SentenceStart | Shape.Digits)) != 0))
                {
                    break;
                }

                if ((t.Names & NameFlags.Calendar) != 0 || (t.Context & ContextFlags.Title) != 0 || (t.Special && j > k))
                {
                    break;
                }

                if ((t.Names & NameFlags.Name) != 0)
                {
                    known++;
                    if ((t.Names & common) != 0)
                    {
                        ambiguousKnown++;
                    }
                }
                else if ((t.Names & NameFlags.Place) != 0 && j > k)
                {
                    break;
                }
                else if (j == k)
                {
                    // An unknown first word: before a known surname, after a title or a naming word.
                    var nextCapitalised = j + 1 < words.Count && words.Adjacent(j, j + 1) && (words.Tokens[j + 1].Shape & (Shape.Capitalised | Shape.Digits | Shape.SentenceStart)) == Shape.Capitalised;
                    var nextNames = nextCapitalised ? words.Tokens[j + 1].Names : NameFlags.None;
                    var nextName = (nextNames & NameFlags.Name) != 0;
                    var nextSurnameOnly = (nextNames & NameFlags.Surname) != 0 && (nextNames & (NameFlags.Place | NameFlags.FirstName)) == 0;
                    var naming = NamingWordBefore(words, k) && (!sentenceInitial || nextCapitalised);
                    if (!(titled || (nextName && !sentenceInitial) || nextSurnameOnly || naming))
                    {
                        break;
                    }
                }
                else if (known == 0 && !titled)
                {
                    break;
                }

                j++;
            }

            if (j == k)
            {
                // A capitalised unknown word after "bor i" / "lives in" is a place, as is a post town; a street name without a number too.
                var unknown = (token.Names & (NameFlags.Name | NameFlags.Place)) == 0;
                if (unknown && PostTown(words.Text, token.Start, token.End))
                {
                    AddCandidate(candidates, accepted, acceptedFilter, new Candidate(EntityType.Location, token.Start, token.End, 0.8, "context.post-town", Key(words, k, false), 0));
                }
                else if (unknown && !sentenceInitial && placeStrong)
                {
                    AddCandidate(candidates, accepted, acceptedFilter, new Candidate(EntityType.Location, token.Start, token.End, 0.65, "context.place", Key(words, k, false), 0));
                }
                else if (StreetAddressRecognizer.EndsWithSuffix(words.Text[token.Start..token.End]) && language == TextLanguage.Swedish)
                {
                    candidates.Add(new Candidate(EntityType.Location, token.Start, token.End, 0.6, "street-name", 0, 0));
                }
                else if (unknown && (token.Shape & Shape.AllCaps) == 0)
                {
                    // Not a name by itself; it becomes one if the same word is accepted as a name elsewhere in the document.
                    candidates.Add(new Candidate(EntityType.Person, token.Start, token.End, 0, "gazetteer.name", Key(words, k, false), Key(words, k, true)));
                }

                continue;
            }

            var parts = j - k;
            double score;
            string rule;
            if (parts >= 2 && known >= 1)
            {
                // "Royal Infirmary": a common word that is also a name, next to an unknown word, is not enough.
                score = known - ambiguousKnown >= 1 ? 0.9 : sentenceInitial ? 0.35 : known == parts ? 0.6 : 0.45;
                rule = "gazetteer.full-name";
            }
            else if (known == 1)
            {
                score = ambiguous ? (sentenceInitial ? 0.35 : 0.6) : (sentenceInitial ? 0.65 : 0.75);
                rule = "gazetteer.name";
            }
            else
            {
                score = titled ? 0.85 : 0.7;
                rule = titled ? "title" : "context.person";
            }

            if (titled)
            {
                score = Math.Max(score, 0.9);
            }
            else if (words.ContextBefore(k, ContextFlags.Person, 3))
            {
                score = Math.Min(0.95, score + 0.2);
            }

            if (parts == 1)
            {
                AddCandidate(candidates, accepted, acceptedFilter, new Candidate(EntityType.Person, token.Start, token.End, score, rule, Key(words, k, false), Key(words, k, true)));
            }
            else
            {
                candidates.Add(new Candidate(EntityType.Person, token.Start, words.Tokens[j - 1].End, score, rule, 0, 0));
                if (score >= Accepted)
                {
                    // "Anna Svensson" supports a later "Anna" or "Svensson" alone.
                    for (var p = k; p < j; p++)
                    {
                        Accept(accepted, acceptedFilter, Key(words, p, false), PersonSalt);
                    }
                }
            }

            k = j - 1;
        }

        // A word accepted as a name or place somewhere in the document supports the same word where it was too weak
        // alone: "Will" starting a sentence after "Will Turner" elsewhere, "Tove ringde" after "min dotter Tove".
        foreach (var c in candidates)
        {
            var confidence = c.Confidence;
            var type = c.Type;
            if (confidence < Accepted && c.Key != 0 && (MayBeAccepted(acceptedFilter, c.Key) || (c.AltKey != 0 && MayBeAccepted(acceptedFilter, c.AltKey))))
            {
                if (accepted.Contains(c.Key ^ PersonSalt) || (c.AltKey != 0 && accepted.Contains(c.AltKey ^ PersonSalt)))
                {
                    (confidence, type) = (0.6, EntityType.Person);
                }
                else if (accepted.Contains(c.Key ^ PlaceSalt) || (c.AltKey != 0 && accepted.Contains(c.AltKey ^ PlaceSalt)))
                {
                    (confidence, type) = (0.6, EntityType.Location);
                }
            }

            if (confidence > 0)
            {
                findings.Add(type, c.Start, c.End, confidence, confidence == c.Confidence ? c.Rule : c.Rule + "+document");
            }
        }
    }

    private const ulong PersonSalt = 0x5bd1e9955bd1e995UL;
    private const ulong PlaceSalt = 0x9e3779b97f4a7c15UL;

    private static void AddCandidate(List<Candidate> candidates, HashSet<ulong> accepted, Span<ulong> filter, Candidate candidate)
    {
        candidates.Add(candidate);
        if (candidate.Confidence >= Accepted && candidate.Key != 0)
        {
            Accept(accepted, filter, candidate.Key, candidate.Type == EntityType.Person ? PersonSalt : PlaceSalt);
        }
    }

    /// <summary>Records an accepted word, in the set (with its type's salt) and in a 4,096-bit filter of words of either type.</summary>
    private static void Accept(HashSet<ulong> accepted, Span<ulong> filter, ulong key, ulong salt)
    {
        accepted.Add(key ^ salt);
        var bit = FilterBit(key);
        filter[bit >> 6] |= 1UL << (bit & 63);
    }

    /// <summary>Whether a word may have been accepted (false: certainly not), before the set is asked.</summary>
    private static bool MayBeAccepted(Span<ulong> filter, ulong key)
    {
        var bit = FilterBit(key);
        return (filter[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    private static int FilterBit(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> 52);

    /// <summary>The word's lower-case hash (or, for <paramref name="genitive"/>, its hash without a final s; 0 when none), never 0 otherwise.</summary>
    private static ulong Key(Words words, int k, bool genitive)
    {
        ref var token = ref words.Tokens[k];
        var hash = genitive ? token.GenitiveHash : token.Hash;
        return hash == 0 ? 0 : hash | (1UL << 32);
    }

    private static bool FollowedByName(Words words, int k)
        => k + 1 < words.Count && words.Adjacent(k, k + 1) && (words.Tokens[k + 1].Shape & Shape.Capitalised) != 0 && (words.Tokens[k + 1].Names & NameFlags.Name) != 0;

    /// <summary>A title right before: "Dr Svensson", "Dr. Svensson", "herr Berg".</summary>
    private static bool TitleBefore(Words words, int k)
    {
        if (k == 0)
        {
            return false;
        }

        ref var previous = ref words.Tokens[k - 1];
        if ((previous.Context & ContextFlags.Title) == 0)
        {
            return false;
        }

        // "Dr. Svensson", but not "... works as a nurse. Lives with": only an abbreviation takes a dot.
        var gap = words.Text[previous.End..words.Tokens[k].Start];
        return gap is " " || (gap is ". " or "." && previous.End - previous.Start <= MaxAbbreviatedTitle);
    }

    private static bool IsSaint(Words words, int k)
    {
        var word = words.Text[words.Tokens[k].Start..words.Tokens[k].End];
        return word is "St" or "Saint" or "Sankt" or "S" or "Ste" or "San" or "Santa";
    }

    private static bool AfterSaint(Words words, int k)
    {
        if (k == 0 || words.Text[words.Tokens[k - 1].Start] != 'S' || words.Tokens[k - 1].End - words.Tokens[k - 1].Start > 5)
        {
            return false;
        }

        var previous = words.Text[words.Tokens[k - 1].Start..words.Tokens[k - 1].End];
        var gap = words.Text[words.Tokens[k - 1].End..words.Tokens[k].Start];
        return gap is " " or ". " or ":" && (previous is "St" or "Saint" or "Sankt" or "S" or "Ste" or "San" or "Santa");
    }

    /// <summary>"heter Tove", "named Tove", "Signerad: Tove Ekdahl": a person context word right before.</summary>
    private static bool NamingWordBefore(Words words, int k)
    {
        if (k == 0 || (words.Tokens[k - 1].Context & ContextFlags.Person) == 0)
        {
            return false;
        }

        var gap = words.Text[words.Tokens[k - 1].End..words.Tokens[k].Start];
        return gap is " " or ": ";
    }

    /// <summary>The word follows a Swedish postcode ("903 25 Umeå") or comes before a British one ("Clovelly K13 0RD").</summary>
    private static bool PostTown(ReadOnlySpan<char> text, int start, int end)
    {
        if (start >= 7 && text[start - 1] == ' ' && text[start - 4] == ' ' && Chars.IsDigit(text[start - 7]) && Chars.IsDigit(text[start - 6])
            && Chars.IsDigit(text[start - 5]) && Chars.IsDigit(text[start - 3]) && Chars.IsDigit(text[start - 2]) && (start == 7 || !Chars.IsLetterOrDigit(text[start - 8])))
        {
            return true;
        }

        // " K13 0RD", " SW1A 1AA": one or two letters, a digit, an optional letter or digit, a space, a digit and two letters.
        var p = end;
        if (p + 7 > text.Length || text[p] != ' ')
        {
            return false;
        }

        p++;
        var letters = 0;
        while (p < text.Length && letters < 2 && Chars.IsAsciiUpper(text[p]))
        {
            p++;
            letters++;
        }

        if (letters == 0 || p >= text.Length || !Chars.IsDigit(text[p]))
        {
            return false;
        }

        p++;
        if (p < text.Length && (Chars.IsDigit(text[p]) || Chars.IsAsciiUpper(text[p])))
        {
            p++;
        }

        return p + 4 <= text.Length && text[p] == ' ' && Chars.IsDigit(text[p + 1]) && Chars.IsAsciiUpper(text[p + 2]) && Chars.IsAsciiUpper(text[p + 3])
               && Chars.BoundaryAfter(text, p + 4);
    }

    private readonly record struct Candidate(EntityType Type, int Start, int End, double Confidence, string Rule, ulong Key, ulong AltKey);

    [Flags]
    private enum Shape : byte
    {
        None = 0,
        Capitalised = 1,
        AllCaps = 2,
        SentenceStart = 4,
        Hyphenated = 8,
        Digits = 16,
    }

    private struct Token
    {
        public int Start;
        public int End;
        public TokenEntry? Entry;
        public NameFlags Names;
        public ContextFlags Context;
        public Shape Shape;
        public bool Special;
        public uint Hash;
        public uint GenitiveHash;
        public ulong PrefixKey;
        public ulong SuffixKey;
    }

    /// <summary>The words of a text, with helpers to look around a word.</summary>
    private readonly ref struct Words(ReadOnlySpan<char> text, Token[] tokens, int count)
    {
        public readonly ReadOnlySpan<char> Text = text;
        public readonly Token[] Tokens = tokens;
        public readonly int Count = count;

        /// <summary>Separated by exactly one space.</summary>
        public bool Adjacent(int a, int b) => Tokens[b].Start == Tokens[a].End + 1 && Text[Tokens[a].End] == ' ';

        /// <summary>Whether words <paramref name="rest"/> follow word <paramref name="k"/> (white space between); the index of the last, or -1.</summary>
        public int MatchFollowing(int k, string[] rest, bool caseSensitive, bool lastIsPrefix)
        {
            var j = k;
            for (var r = 0; r < rest.Length; r++)
            {
                j++;
                if (j >= Count)
                {
                    return -1;
                }

                var gap = Text[Tokens[j - 1].End..Tokens[j].Start];
                if (gap.Length is 0 or > 2 || !gap.IsWhiteSpace())
                {
                    return -1;
                }

                var word = Text[Tokens[j].Start..Tokens[j].End];
                var comparison = caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
                var ok = lastIsPrefix && r == rest.Length - 1 ? word.StartsWith(rest[r], comparison) : word.Equals(rest[r], comparison);
                if (!ok)
                {
                    return -1;
                }
            }

            return j;
        }

        /// <summary>Whether a word within <paramref name="window"/> words before <paramref name="k"/>, in its sentence, gives the context.</summary>
        public bool ContextBefore(int k, ContextFlags kind, int window)
        {
            for (var j = k - 1; j >= 0 && j >= k - window; j--)
            {
                if ((Tokens[j].Context & kind) != 0)
                {
                    return true;
                }

                if ((Tokens[j].Shape & Shape.SentenceStart) != 0)
                {
                    return false;
                }
            }

            return false;
        }
    }
}
