using System.Globalization;

namespace RiskNotebooks.Commands;

/// <summary>
/// The text given for one option, with the readers every command uses, so that every host reads a number, a list or a
/// range the same way and an error names the option.
/// </summary>
/// <remarks>
/// Numbers are read with the invariant culture and may use an exponent (<c>1e6</c>, <c>2.5E-3</c>); a number also takes
/// a percentage (<c>1%</c> is 0.01). A whole number may be written with an exponent or a zero fraction when its value
/// is whole and fits (<c>1e6</c>, <c>300.0</c>). Range checks stay with each option's owner.
/// </remarks>
public readonly struct OptionValue
{
    /// <summary>Creates a value.</summary>
    /// <param name="option">The option's name, such as <c>--top-n</c>.</param>
    /// <param name="text">The text given.</param>
    public OptionValue(string option, string text)
    {
        Option = option ?? throw new ArgumentNullException(nameof(option));
        Text = text ?? throw new ArgumentNullException(nameof(text));
    }

    /// <summary>The option's name, for messages.</summary>
    public string Option { get; }

    /// <summary>The text as given.</summary>
    public string Text { get; }

    /// <summary>A flag: <c>true</c> or <c>false</c> (a host passes <c>true</c> when the flag is present).</summary>
    /// <returns>The flag's value.</returns>
    public bool Flag()
        => bool.TryParse(Text.Trim(), out var value) ? value : throw new InvalidOptionException(Option, "is a switch: give it without a value, or true or false.");

    /// <summary>A number (see the remarks).</summary>
    /// <returns>The number.</returns>
    public double Number()
    {
        var text = Text.Trim();
        var percent = text.EndsWith('%');
        if (double.TryParse(percent ? text[..^1] : text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return percent ? value / 100d : value;
        }

        throw new InvalidOptionException(Option, $"'{Text}' is not a number (write it as 0.05, 5%, 1e6 or 2.5e-3).");
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/> (see the remarks).</summary>
    /// <param name="min">The smallest value.</param>
    /// <param name="max">The largest value.</param>
    /// <returns>The number.</returns>
    public long Whole(long min = long.MinValue, long max = long.MaxValue)
    {
        var text = Text.Trim();
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) && whole >= min && whole <= max)
        {
            return whole;
        }

        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value == decimal.Truncate(value) && value >= min && value <= max)
        {
            return (long)value;
        }

        throw new InvalidOptionException(Option, $"'{Text}' is not a whole number from {min.ToString("N0", CultureInfo.InvariantCulture)} to {max.ToString("N0", CultureInfo.InvariantCulture)} (write it as 1000000 or 1e6).");
    }

    /// <summary>A whole number that fits an <see cref="int"/>.</summary>
    /// <returns>The number.</returns>
    public int Int32() => (int)Whole(int.MinValue, int.MaxValue);

    /// <summary>A comma-separated list, entries trimmed, empty entries dropped.</summary>
    /// <returns>The entries, in the order given.</returns>
    public IReadOnlyList<string> List() => SplitList(Text);

    /// <summary>Splits a comma-separated list as every option does: entries trimmed, empty entries dropped.</summary>
    /// <param name="text">The text, or <see langword="null"/> for none.</param>
    /// <returns>The entries.</returns>
    public static IReadOnlyList<string> SplitList(string? text)
        => text is null ? [] : text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Writes a list of whole numbers as options take them: <c>1..4</c> for a run, else <c>1,2,4</c>.</summary>
    /// <param name="values">Ascending numbers.</param>
    /// <returns>The text.</returns>
    public static string FormatRange(IReadOnlyList<int> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count > 2 && values[^1] - values[0] == values.Count - 1)
        {
            return $"{values[0].ToString(CultureInfo.InvariantCulture)}..{values[^1].ToString(CultureInfo.InvariantCulture)}";
        }

        return string.Join(',', values.Select(v => v.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>Writes a number as options take it (invariant culture, shortest round-trip form).</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text.</returns>
    public static string FormatNumber(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public override string ToString() => $"{Option} {Text}";
}
