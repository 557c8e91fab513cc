using System.Globalization;

namespace RiskNotebooks.Data;

/// <summary>
/// The fewest people a count may describe and still be shown in a report: a count of people (records, users, documents,
/// files, samples, visitors) from 1 to one below the minimum is written as <c>&lt;5</c> (for the default minimum of 5)
/// in every format; 0 is shown, as is every count at or above the minimum.
/// </summary>
/// <remarks>
/// One rule for every report and every format, so that a table made for a data protection officer never states that
/// 2 people share a trait. A count of things that are not people (classes, sites, attributes, minutes) is not
/// suppressed. Equality is by value.
/// </remarks>
public sealed record MinimumCellSize
{
    /// <summary>The default minimum, 5 (a common threshold of statistical disclosure control).</summary>
    public const int DefaultValue = 5;

    /// <summary>The engine's name of the option that sets it: <c>MinimumCellSize</c> (hosts spell it <c>--min-cell-size</c>).</summary>
    public const string OptionName = nameof(MinimumCellSize);

    /// <summary>What the option does, as every host's help shows it.</summary>
    public const string OptionDescription = "Counts of people (records, users, documents, files, samples) from 1 to one below this are written as <N in the report (default 5).";

    /// <summary>Creates a minimum.</summary>
    /// <param name="value">The fewest people a shown count may describe; at least 1 (1 suppresses nothing).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is below 1.</exception>
    public MinimumCellSize(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        Value = value;
    }

    /// <summary>The default: 5.</summary>
    public static MinimumCellSize Default { get; } = new(DefaultValue);

    /// <summary>The fewest people a shown count may describe.</summary>
    public int Value { get; }

    /// <summary>The text a suppressed count is written as, such as <c>&lt;5</c>.</summary>
    public string SuppressedText => "<" + Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Whether a count of people is suppressed: from 1 to one below the minimum.</summary>
    /// <param name="count">The count.</param>
    /// <returns>Whether it must not be shown.</returns>
    public bool Suppresses(long count) => count > 0 && count < Value;

    /// <summary>A count of people as a report shows it: <c>&lt;5</c> when suppressed, else the number with thousands separators.</summary>
    /// <param name="count">The count.</param>
    /// <returns>The text.</returns>
    public string Format(long count) => Suppresses(count) ? SuppressedText : count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Reads the option's text (a whole number of at least 1).</summary>
    /// <param name="text">The text given.</param>
    /// <param name="optionName">The option, for the error.</param>
    /// <returns>The minimum.</returns>
    /// <exception cref="InvalidOptionException">The text is not a whole number of at least 1 (names the option).</exception>
    public static MinimumCellSize Parse(string text, string optionName = OptionName)
    {
        ArgumentNullException.ThrowIfNull(text);
        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1
            ? new MinimumCellSize(value)
            : throw new InvalidOptionException(optionName, "give a whole number of people of at least 1, e.g. 5 or 10.");
    }

    /// <inheritdoc/>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
