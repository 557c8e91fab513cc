using RiskNotebooks.Text.Lexicons;

namespace RiskNotebooks.Text.Recognizers;

/// <summary>
/// The name and place heuristics of <see cref="LexiconRecognizer"/>: capitalised words in the gazetteers, unknown words
/// next to known names or after titles, naming words and place prepositions, and support from the rest of the document.
/// </summary>
/// <remarks>
/// Each word is tried in turn as the start of a place of several words, a place, or a name of up to four words; a word
/// too weak alone is kept as a candidate and accepted at the end if the same word was accepted elsewhere in the document.
/// The confidences are the constants below; the recognizer's remarks give them as a table.
/// </remarks>
internal static class NameAndPlaceFinder
{
    /// <summary>The confidence from which a finding is reported alone and supports the same word elsewhere.</summary>
    internal const double Accepted = 0.5;

    /// <summary>A name of several words with at least one known, unambiguous name among them (<c>Anna Svensson</c>).</summary>
    private const double FullName = 0.9;

    /// <summary>Several words, all known names but every one also a common word, inside a sentence.</summary>
    private const double FullNameOfAmbiguousWords = 0.6;

    /// <summary>Several words: known names that are also common words, with an unknown word (<c>Royal Infirmary</c>).</summary>
    private const double FullNameOfAmbiguousAndUnknownWords = 0.45;

    /// <summary>One known, unambiguous name inside a sentence.</summary>
    private const double KnownName = 0.75;

    /// <summary>One known, unambiguous name where a sentence starts.</summary>
    private const double KnownNameAtSentenceStart = 0.65;

    /// <summary>A name or place that is also a common word of the document's language, inside a sentence.</summary>
    private const double AmbiguousWord = 0.6;

    /// <summary>A name or place that is also a common word, where a sentence starts (or a name of ambiguous words there).</summary>
    private const double AmbiguousWordAtSentenceStart = 0.35;

    /// <summary>An unknown name after a title (<c>Dr Xyz</c>).</summary>
    private const double UnknownNameAfterTitle = 0.85;

    /// <summary>An unknown name next to a known one or after a naming word (<c>heter</c>, <c>named</c>).</summary>
    private const double UnknownNameInContext = 0.7;

    /// <summary>The least confidence of a name after a title.</summary>
    private const double NameAfterTitle = 0.9;

    /// <summary>Added for a person context word within three words before.</summary>
    private const double PersonContextBonus = 0.2;

    /// <summary>The most confidence a heuristic gives.</summary>
    private const double Highest = 0.95;

    /// <summary>A place of several words (<c>New York</c>, <c>Upplands Väsby</c>).</summary>
    private const double PlacePhrase = 0.8;

    /// <summary>Added to a place of several words after a place preposition.</summary>
    private const double PlacePhrasePrepositionBonus = 0.15;

    /// <summary>Added to a place for a place context word within three words before.</summary>
    private const double PlaceContextBonus = 0.1;

    /// <summary>One known, unambiguous place inside a sentence.</summary>
    private const double KnownPlace = 0.75;

    /// <summary>One known, unambiguous place where a sentence starts.</summary>
    private const double KnownPlaceAtSentenceStart = 0.7;

    /// <summary>Added to a place right after a place preposition (<c>i</c>, <c>in</c>, <c>från</c>) or for a post town.</summary>
    private const double PlacePrepositionBonus = 0.2;

    /// <summary>An unknown word next to a postcode (<c>903 25 Umeå</c>, <c>Clovelly K13 0RD</c>).</summary>
    private const double UnknownPostTown = 0.8;

    /// <summary>An unknown capitalised word right after <c>bor i</c>, <c>lives in</c>.</summary>
    private const double UnknownPlaceAfterStrongContext = 0.65;

    /// <summary>A Swedish street name without a house number.</summary>
    private const double StreetName = 0.6;

    /// <summary>A weak word accepted because the same word was accepted elsewhere in the document.</summary>
    private const double SupportedByDocument = 0.6;

    private const ulong PersonSalt = 0x5bd1e9955bd1e995UL;
    private const ulong PlaceSalt = 0x9e3779b97f4a7c15UL;

    [ThreadStatic]
    private static List<Candidate>? candidateBuffer;

    [ThreadStatic]
    private static HashSet<ulong>? acceptedBuffer;

    /// <summary>Adds the names and places of the words (those not already part of a term).</summary>
    internal static void Find(Words words, TextLanguage language, NameFlags common, FindingCollector findings)
    {
        var candidates = candidateBuffer ??= [];
        var accepted = acceptedBuffer ??= [];
        candidates.Clear();
        accepted.Clear();
        Span<ulong> acceptedFilter = stackalloc ulong[64];
        acceptedFilter.Clear();
        var found = new Candidates(candidates, accepted, acceptedFilter);
        for (var k = 0; k < words.Count; k++)
        {
            ref var token = ref words.Tokens[k];
            if ((token.Shape & WordShape.Capitalised) == 0 || (token.Shape & WordShape.Digits) != 0 || token.Special || (token.Names & NameFlags.Calendar) != 0
                || (token.Context & ContextFlags.Title) != 0)
            {
                continue;
            }

            if (AfterSaint(words, k))
            {
                continue; // "St Thomas' Hospital", "Sankt Eriks": a saint names a place or an institution, not a person
            }

            var sentenceInitial = (token.Shape & (WordShape.SentenceStart | WordShape.AllCaps)) != 0;
            var titled = words.TitleBefore(k);
            var placePreposition = k > 0 && words.Adjacent(k - 1, k) && (words.Tokens[k - 1].Context & (ContextFlags.PlacePreposition | ContextFlags.PlaceStrong)) != 0;
            var placeStrong = k > 0 && words.Adjacent(k - 1, k) && (words.Tokens[k - 1].Context & ContextFlags.PlaceStrong) != 0;

            // Places of several words: "New York", "Upplands Väsby", "Bosnien och Hercegovina".
            if (token.Entry?.PlacePhrases is { } phrases && PlacePhraseAt(words, k, phrases, placePreposition, ref found) is var last && last > k)
            {
                k = last;
                continue;
            }

            if (PlaceAt(words, k, common, sentenceInitial, titled, placePreposition, ref found))
            {
                continue;
            }

            if (IsSaint(words, k))
            {
                continue; // "St Mary's Hospital": a saint is not a person's first name
            }

            var (end, known, ambiguousKnown) = NameWords(words, k, common, sentenceInitial, titled);
            if (end == k)
            {
                UnknownWordAt(words, k, language, sentenceInitial, placeStrong, ref found);
                continue;
            }

            PersonAt(words, k, end, known, ambiguousKnown, common, sentenceInitial, titled, ref found);
            k = end - 1;
        }

        found.Report(findings);
    }

    /// <summary>A place of several words starting at word k; the index of its last word, or −1 (also when a saint's possessive makes it an institution).</summary>
    private static int PlacePhraseAt(Words words, int k, List<string[]> phrases, bool placePreposition, ref Candidates found)
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

        if (last <= k)
        {
            return -1;
        }

        // "St Thomas' Hospital": a saint's name with a possessive names an institution, not the place of that name.
        if (IsSaint(words, k) && words.Tokens[last].End < words.Text.Length && words.Text[words.Tokens[last].End] is '\'' or '\u2019')
        {
            return last;
        }

        var confidence = PlacePhrase + (placePreposition ? PlacePhrasePrepositionBonus : words.ContextBefore(k, ContextFlags.Place, 3) ? PlaceContextBonus : 0);
        found.Add(new Candidate(EntityType.Location, words.Tokens[k].Start, words.Tokens[last].End, confidence, "gazetteer.place", 0, 0));
        return last;
    }

    /// <summary>A known place of one word, unless it reads as a name here; true when added.</summary>
    private static bool PlaceAt(Words words, int k, NameFlags common, bool sentenceInitial, bool titled, bool placePreposition, ref Candidates found)
    {
        ref var token = ref words.Tokens[k];
        var names = token.Names;
        var isName = (names & NameFlags.Name) != 0;
        var isPlace = (names & NameFlags.Place) != 0;
        var ambiguous = (names & common) != 0;
        var postTown = isPlace && PostTown(words.Text, token.Start, token.End);
        if (!(isPlace && (!isName || placePreposition || postTown || ((names & NameFlags.FirstName) == 0 && !titled && !words.FollowedByName(k)))))
        {
            return false;
        }

        var confidence = ambiguous ? (sentenceInitial ? AmbiguousWordAtSentenceStart : AmbiguousWord) : (sentenceInitial ? KnownPlaceAtSentenceStart : KnownPlace);
        confidence += placePreposition || postTown ? PlacePrepositionBonus : words.ContextBefore(k, ContextFlags.Place, 3) ? PlaceContextBonus : 0;
        found.AddSupporting(new Candidate(EntityType.Location, token.Start, token.End, Math.Min(Highest, confidence), "gazetteer.place", Key(words, k, false), Key(words, k, true)));
        return true;
    }

    /// <summary>
    /// The words of a person's name from word k (up to four): known name words, and unknown capitalised words next to
    /// them; an unknown first word only before a known surname, after a title or after a naming word.
    /// </summary>
    /// <returns>The index after the last name word (k when none), the known words and the known words that are also common words.</returns>
    private static (int End, int Known, int AmbiguousKnown) NameWords(Words words, int k, NameFlags common, bool sentenceInitial, bool titled)
    {
        var j = k;
        var known = 0;
        var ambiguousKnown = 0;
        while (j < words.Count && j - k < 4)
        {
            ref var t = ref words.Tokens[j];
            if (j > k && (!words.Adjacent(j - 1, j) || (t.Shape & WordShape.Capitalised) == 0 || (t.Shape & (WordShape.SentenceStart | WordShape.Digits)) != 0))
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
                var nextCapitalised = j + 1 < words.Count && words.Adjacent(j, j + 1) && (words.Tokens[j + 1].Shape & (WordShape.Capitalised | WordShape.Digits | WordShape.SentenceStart)) == WordShape.Capitalised;
                var nextNames = nextCapitalised ? words.Tokens[j + 1].Names : NameFlags.None;
                var nextName = (nextNames & NameFlags.Name) != 0;
                var nextSurnameOnly = (nextNames & NameFlags.Surname) != 0 && (nextNames & (NameFlags.Place | NameFlags.FirstName)) == 0;
                var naming = words.NamingWordBefore(k) && (!sentenceInitial || nextCapitalised);
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

        return (j, known, ambiguousKnown);
    }

    /// <summary>
    /// A capitalised word that starts no name: a place after <c>bor i</c> / <c>lives in</c> or by a postcode, a street
    /// name without a number, or a candidate name that needs the document's support.
    /// </summary>
    private static void UnknownWordAt(Words words, int k, TextLanguage language, bool sentenceInitial, bool placeStrong, ref Candidates found)
    {
        ref var token = ref words.Tokens[k];
        var unknown = (token.Names & (NameFlags.Name | NameFlags.Place)) == 0;
        if (unknown && PostTown(words.Text, token.Start, token.End))
        {
            found.AddSupporting(new Candidate(EntityType.Location, token.Start, token.End, UnknownPostTown, "context.post-town", Key(words, k, false), 0));
        }
        else if (unknown && !sentenceInitial && placeStrong)
        {
            found.AddSupporting(new Candidate(EntityType.Location, token.Start, token.End, UnknownPlaceAfterStrongContext, "context.place", Key(words, k, false), 0));
        }
        else if (StreetAddressRecognizer.EndsWithSuffix(words.Text[token.Start..token.End]) && language == TextLanguage.Swedish)
        {
            found.Add(new Candidate(EntityType.Location, token.Start, token.End, StreetName, "street-name", 0, 0));
        }
        else if (unknown && (token.Shape & WordShape.AllCaps) == 0)
        {
            // Not a name by itself; it becomes one if the same word is accepted as a name elsewhere in the document.
            found.Add(new Candidate(EntityType.Person, token.Start, token.End, 0, "gazetteer.name", Key(words, k, false), Key(words, k, true)));
        }
    }

    /// <summary>A person's name of words k to end (exclusive), scored by how many words are known and by titles and context.</summary>
    private static void PersonAt(Words words, int k, int end, int known, int ambiguousKnown, NameFlags common, bool sentenceInitial, bool titled, ref Candidates found)
    {
        ref var token = ref words.Tokens[k];
        var ambiguous = (token.Names & common) != 0;
        var parts = end - k;
        double score;
        string rule;
        if (parts >= 2 && known >= 1)
        {
            // "Royal Infirmary": a common word that is also a name, next to an unknown word, is not enough.
            score = known - ambiguousKnown >= 1 ? FullName : sentenceInitial ? AmbiguousWordAtSentenceStart : known == parts ? FullNameOfAmbiguousWords : FullNameOfAmbiguousAndUnknownWords;
            rule = "gazetteer.full-name";
        }
        else if (known == 1)
        {
            score = ambiguous ? (sentenceInitial ? AmbiguousWordAtSentenceStart : AmbiguousWord) : (sentenceInitial ? KnownNameAtSentenceStart : KnownName);
            rule = "gazetteer.name";
        }
        else
        {
            score = titled ? UnknownNameAfterTitle : UnknownNameInContext;
            rule = titled ? "title" : "context.person";
        }

        if (titled)
        {
            score = Math.Max(score, NameAfterTitle);
        }
        else if (words.ContextBefore(k, ContextFlags.Person, 3))
        {
            score = Math.Min(Highest, score + PersonContextBonus);
        }

        if (parts == 1)
        {
            found.AddSupporting(new Candidate(EntityType.Person, token.Start, token.End, score, rule, Key(words, k, false), Key(words, k, true)));
            return;
        }

        found.Add(new Candidate(EntityType.Person, token.Start, words.Tokens[end - 1].End, score, rule, 0, 0));
        if (score >= Accepted)
        {
            // "Anna Svensson" supports a later "Anna" or "Svensson" alone.
            for (var p = k; p < end; p++)
            {
                found.Accept(Key(words, p, false), PersonSalt);
            }
        }
    }

    /// <summary>The word's lower-case hash (or, for <paramref name="genitive"/>, its hash without a final s; 0 when none), never 0 otherwise.</summary>
    private static ulong Key(Words words, int k, bool genitive)
    {
        ref var token = ref words.Tokens[k];
        var hash = genitive ? token.GenitiveHash : token.Hash;
        return hash == 0 ? 0 : hash | (1UL << 32);
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

    /// <summary>A name or place found, before the document's support is weighed.</summary>
    private readonly record struct Candidate(EntityType Type, int Start, int End, double Confidence, string Rule, ulong Key, ulong AltKey);

    /// <summary>The candidates of a document and the words it accepted as names or places.</summary>
    private ref struct Candidates(List<Candidate> list, HashSet<ulong> accepted, Span<ulong> filter)
    {
        private readonly List<Candidate> list = list;
        private readonly HashSet<ulong> accepted = accepted;
        private readonly Span<ulong> filter = filter;

        /// <summary>Adds a candidate that supports no other word.</summary>
        public readonly void Add(Candidate candidate) => list.Add(candidate);

        /// <summary>Adds a candidate; if accepted, its word supports the same word elsewhere.</summary>
        public readonly void AddSupporting(Candidate candidate)
        {
            list.Add(candidate);
            if (candidate.Confidence >= Accepted && candidate.Key != 0)
            {
                Accept(candidate.Key, candidate.Type == EntityType.Person ? PersonSalt : PlaceSalt);
            }
        }

        /// <summary>Records an accepted word, in the set (with its type's salt) and in a 4,096-bit filter of words of either type.</summary>
        public readonly void Accept(ulong key, ulong salt)
        {
            accepted.Add(key ^ salt);
            var bit = FilterBit(key);
            filter[bit >> 6] |= 1UL << (bit & 63);
        }

        /// <summary>
        /// Reports the candidates. A word accepted as a name or place somewhere in the document supports the same word where
        /// it was too weak alone: "Will" starting a sentence after "Will Turner" elsewhere, "Tove ringde" after "min dotter Tove".
        /// </summary>
        public readonly void Report(FindingCollector findings)
        {
            foreach (var c in list)
            {
                var confidence = c.Confidence;
                var type = c.Type;
                if (confidence < Accepted && c.Key != 0 && (MayBeAccepted(c.Key) || (c.AltKey != 0 && MayBeAccepted(c.AltKey))))
                {
                    if (accepted.Contains(c.Key ^ PersonSalt) || (c.AltKey != 0 && accepted.Contains(c.AltKey ^ PersonSalt)))
                    {
                        (confidence, type) = (SupportedByDocument, EntityType.Person);
                    }
                    else if (accepted.Contains(c.Key ^ PlaceSalt) || (c.AltKey != 0 && accepted.Contains(c.AltKey ^ PlaceSalt)))
                    {
                        (confidence, type) = (SupportedByDocument, EntityType.Location);
                    }
                }

                if (confidence > 0)
                {
                    findings.Add(type, c.Start, c.End, confidence, confidence == c.Confidence ? c.Rule : c.Rule + "+document");
                }
            }
        }

        private static int FilterBit(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> 52);

        /// <summary>Whether a word may have been accepted (false: certainly not), before the set is asked.</summary>
        private readonly bool MayBeAccepted(ulong key)
        {
            var bit = FilterBit(key);
            return (filter[bit >> 6] & (1UL << (bit & 63))) != 0;
        }
    }
}
