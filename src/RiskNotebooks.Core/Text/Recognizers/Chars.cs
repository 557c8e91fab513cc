using System.Buffers;
using System.Runtime.CompilerServices;

namespace RiskNotebooks.Text.Recognizers;

/// <summary>Character classes and small parsers shared by the hand-written scanners.</summary>
internal static class Chars
{
    internal static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsAsciiUpper(char c) => (uint)(c - 'A') <= 'Z' - 'A';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsLetter(char c) => c < 128 ? IsAsciiLetter(c) : char.IsLetter(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsLetterOrDigit(char c) => c < 128 ? IsAsciiLetter(c) || IsDigit(c) : char.IsLetterOrDigit(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsUpper(char c) => c < 128 ? IsAsciiUpper(c) : char.IsUpper(c);

    /// <summary>Lower case; ASCII and Latin-1 (å, ä, ö, é) without a call into the culture tables.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static char ToLower(char c)
    {
        if (c < 128)
        {
            return IsAsciiUpper(c) ? (char)(c | 0x20) : c;
        }

        if (c < 256)
        {
            return c is >= '\u00C0' and <= '\u00DE' and not '\u00D7' ? (char)(c + 0x20) : c;
        }

        return char.ToLowerInvariant(c);
    }

    /// <summary>No letter or digit right before <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool BoundaryBefore(ReadOnlySpan<char> text, int index) => index == 0 || !IsLetterOrDigit(text[index - 1]);

    /// <summary>No letter or digit at <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool BoundaryAfter(ReadOnlySpan<char> text, int index) => index >= text.Length || !IsLetterOrDigit(text[index]);

    /// <summary>The end of the run of digits that starts at <paramref name="start"/>.</summary>
    internal static int DigitRunEnd(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length && IsDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>The value of a short run of ASCII digits (at most 9).</summary>
    internal static int Number(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }

    /// <summary>Whether ASCII digits pass the Luhn (mod 10) check: the last digit is the check digit.</summary>
    internal static bool Luhn(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        var doubled = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubled)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubled = !doubled;
        }

        return sum % 10 == 0;
    }

    internal static bool IsValidDate(int year, int month, int day)
        => year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>
    /// Whether one of the lower-case <paramref name="words"/> (ASCII or Swedish letters) ends within <paramref name="window"/>
    /// characters before <paramref name="index"/>, as a whole word. Used for context words such as "personnummer" or "tel".
    /// </summary>
    internal static bool WordBefore(ReadOnlySpan<char> text, int index, ReadOnlySpan<string> words, int window = 32)
    {
        var from = Math.Max(0, index - window);
        var i = index - 1;
        while (i >= from)
        {
            // Skip to the end of a word.
            while (i >= from && !IsLetter(text[i]))
            {
                i--;
            }

            if (i < from)
            {
                return false;
            }

            var end = i + 1;
            while (i >= 0 && (IsLetter(text[i]) || text[i] == '-' || (text[i] == '.' && i > 0 && IsLetter(text[i - 1]))))
            {
                i--;
            }

            var word = text[(i + 1)..end];
            foreach (var w in words)
            {
                if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The lower-cased word that ends right before <paramref name="index"/> (skipping spaces), or empty.</summary>
    internal static ReadOnlySpan<char> PreviousWord(ReadOnlySpan<char> text, int index, out int wordStart)
    {
        var i = index - 1;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }

        var end = i + 1;
        while (i >= 0 && IsLetter(text[i]))
        {
            i--;
        }

        wordStart = i + 1;
        return text[wordStart..end];
    }
}
