using System.Text;

namespace RiskNotebooks.Kernel.Completion;

/// <summary>Jupyter counts cursor positions in Unicode code points; C# strings count UTF-16 units.</summary>
internal static class CodePoints
{
    /// <summary>The UTF-16 index of a code-point offset (clamped to the string).</summary>
    internal static int ToUtf16(string text, int codePoints)
    {
        var index = 0;
        for (var n = 0; n < codePoints && index < text.Length; n++)
        {
            index += char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
        }

        return index;
    }

    /// <summary>The code-point offset of a UTF-16 index.</summary>
    internal static int FromUtf16(string text, int index)
    {
        index = Math.Clamp(index, 0, text.Length);
        var count = 0;
        foreach (var _ in text.AsSpan(0, index).EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    /// <summary>The number of code points of a string.</summary>
    internal static int Count(string text) => FromUtf16(text, text.Length);
}
