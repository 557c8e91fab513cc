using System.Globalization;

namespace RiskNotebooks.Imaging;

/// <summary>
/// A tag as the standard's tables write it: <c>(0010,0010)</c>, or with repeating-group wildcards, <c>(60xx,3000)</c>,
/// <c>(50xx,xxxx)</c>, where each lower-case <c>x</c> stands for any hex digit.
/// </summary>
internal readonly record struct DicomTagPattern(uint Value, uint Mask)
{
    /// <summary>Whether the pattern names one tag (no wildcard).</summary>
    public bool IsExact => Mask == uint.MaxValue;

    /// <summary>Whether a tag (group in the high 16 bits) matches.</summary>
    public bool Matches(uint tag) => (tag & Mask) == Value;

    /// <summary>Reads <c>(GGGG,EEEE)</c> with optional <c>x</c> digits.</summary>
    /// <returns>False when the text is not a tag of that form.</returns>
    public static bool TryParse(string text, out DicomTagPattern pattern)
    {
        pattern = default;
        if (text.Length != 11 || text[0] != '(' || text[5] != ',' || text[10] != ')')
        {
            return false;
        }

        uint value = 0, mask = 0;
        foreach (var c in string.Concat(text.AsSpan(1, 4), text.AsSpan(6, 4)))
        {
            value <<= 4;
            mask <<= 4;
            if (c is 'x' or 'X')
            {
                continue;
            }

            if (!uint.TryParse(c.ToString(), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var digit))
            {
                return false;
            }

            value |= digit;
            mask |= 0xF;
        }

        pattern = new DicomTagPattern(value, mask);
        return true;
    }

    /// <summary>A tag written <c>(GGGG,EEEE)</c>.</summary>
    public static string Format(uint tag) => string.Create(CultureInfo.InvariantCulture, $"({tag >> 16:X4},{tag & 0xFFFF:X4})");
}
