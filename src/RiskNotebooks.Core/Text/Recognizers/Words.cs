using RiskNotebooks.Text.Lexicons;

namespace RiskNotebooks.Text.Recognizers;

/// <summary>The words of a text, with helpers to look around a word.</summary>
internal readonly ref struct Words(ReadOnlySpan<char> text, WordToken[] tokens, int count)
{
    /// <summary>The text.</summary>
    public readonly ReadOnlySpan<char> Text = text;

    /// <summary>The words, <see cref="Count"/> of them used.</summary>
    public readonly WordToken[] Tokens = tokens;

    /// <summary>The number of words.</summary>
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

            if ((Tokens[j].Shape & WordShape.SentenceStart) != 0)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A capitalised known name right after word <paramref name="k"/>.</summary>
    public bool FollowedByName(int k)
        => k + 1 < Count && Adjacent(k, k + 1) && (Tokens[k + 1].Shape & WordShape.Capitalised) != 0 && (Tokens[k + 1].Names & NameFlags.Name) != 0;

    /// <summary>A title right before: "Dr Svensson", "Dr. Svensson", "herr Berg".</summary>
    public bool TitleBefore(int k)
    {
        if (k == 0)
        {
            return false;
        }

        ref var previous = ref Tokens[k - 1];
        if ((previous.Context & ContextFlags.Title) == 0)
        {
            return false;
        }

        // "Dr. Svensson", but not "... works as a nurse. Lives with": only an abbreviation takes a dot.
        var gap = Text[previous.End..Tokens[k].Start];
        return gap is " " || (gap is ". " or "." && previous.End - previous.Start <= LexiconTokenizer.MaxAbbreviatedTitle);
    }

    /// <summary>"heter Tove", "named Tove", "Signerad: Tove Ekdahl": a person context word right before.</summary>
    public bool NamingWordBefore(int k)
    {
        if (k == 0 || (Tokens[k - 1].Context & ContextFlags.Person) == 0)
        {
            return false;
        }

        var gap = Text[Tokens[k - 1].End..Tokens[k].Start];
        return gap is " " or ": ";
    }
}
