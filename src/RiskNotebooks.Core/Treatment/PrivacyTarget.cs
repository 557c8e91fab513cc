using System.Globalization;

namespace RiskNotebooks.Treatment;

/// <summary>
/// A condition a released table must meet: a privacy model (k-anonymity, l-diversity, t-closeness) or a bound on a
/// re-identification risk.
/// </summary>
/// <remarks>
/// <para>Class-level targets (k-anonymity, highest prosecutor risk, l-diversity, t-closeness) are checked per equivalence
/// class; the records of classes that fail are suppressed, and the transformation meets the target when no more than the
/// suppression limit's records are suppressed. Table-level targets (average risk, records at risk) are then checked on the
/// records that remain; where they fail, the smallest remaining classes are suppressed, smallest first, while the limit
/// allows (the order that lowers both measures fastest per suppressed record).</para>
/// <para>Text forms (the <c>--target</c> option; several joined by commas): <c>k=5</c>, <c>prosecutor=0.2</c> (highest
/// prosecutor risk), <c>average=0.05</c> (average re-identification risk), <c>at-risk=0.05@0.2</c> (share of records whose
/// risk exceeds 0.2), <c>l=2</c> (distinct l-diversity), <c>entropy-l=2</c>, <c>t=0.2</c> (t-closeness, equal ground
/// distance) and <c>t-hierarchical=0.2</c>; the last four need a sensitive attribute.</para>
/// </remarks>
public abstract class PrivacyTarget
{
    private protected PrivacyTarget()
    {
    }

    /// <summary>What the target demands, in words (for cards and reports).</summary>
    public abstract string Description { get; }

    /// <summary>The text form (as <see cref="Parse"/> reads it).</summary>
    public abstract string Text { get; }

    /// <summary>Whether the target concerns a sensitive attribute's values in each class.</summary>
    public virtual bool NeedsSensitiveAttribute => false;

    /// <summary>The smallest class size the target allows (1 when it sets none).</summary>
    internal virtual int MinimumClassSize => 1;

    /// <summary>Whether the target is checked on the whole released table rather than per class.</summary>
    internal virtual bool IsTableLevel => false;

    /// <summary>Whether a class passes.</summary>
    /// <param name="size">The class size.</param>
    /// <param name="sensitiveCounts">Counts of each sensitive code in the class (empty without a sensitive attribute).</param>
    /// <param name="context">The table-wide distributions t-closeness compares with.</param>
    /// <returns>Whether it passes.</returns>
    internal virtual bool ClassPasses(int size, ReadOnlySpan<int> sensitiveCounts, SensitiveContext? context) => size >= MinimumClassSize;

    /// <summary>Whether the remaining records pass a table-level target.</summary>
    /// <param name="records">Records not suppressed.</param>
    /// <param name="classes">Classes not suppressed.</param>
    /// <param name="recordsInClassesAtMost">Records in remaining classes of size at most a given size (for records at risk).</param>
    /// <returns>Whether it passes.</returns>
    internal virtual bool TablePasses(long records, long classes, Func<int, long> recordsInClassesAtMost) => true;

    /// <summary>Parses one or more targets, comma-separated.</summary>
    /// <param name="text">For example <c>k=5</c> or <c>k=5,l=2</c>.</param>
    /// <param name="optionName">The option the text came from, for messages.</param>
    /// <returns>The targets.</returns>
    /// <exception cref="InvalidOptionException">A target is unknown or out of range.</exception>
    public static IReadOnlyList<PrivacyTarget> Parse(string text, string optionName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<PrivacyTarget>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=');
            if (eq <= 0)
            {
                throw new InvalidOptionException(optionName, Usage);
            }

            var name = part[..eq].Trim().ToLowerInvariant();
            var value = part[(eq + 1)..].Trim();
            result.Add(name switch
            {
                "k" => new KAnonymity(Integer(value, optionName, "k", 1)),
                "prosecutor" => new ProsecutorRiskTarget(Probability(value, optionName, "prosecutor")),
                "average" => new AverageRiskTarget(Probability(value, optionName, "average")),
                "at-risk" => ParseAtRisk(value, optionName),
                "l" => new DistinctLDiversity(Integer(value, optionName, "l", 1)),
                "entropy-l" => new EntropyLDiversity(Number(value, optionName, "entropy-l", 1)),
                "t" => new TCloseness(Probability(value, optionName, "t"), hierarchical: false),
                "t-hierarchical" => new TCloseness(Probability(value, optionName, "t-hierarchical"), hierarchical: true),
                _ => throw new InvalidOptionException(optionName, $"unknown target '{name}'. {Usage}"),
            });
        }

        if (result.Count == 0)
        {
            throw new InvalidOptionException(optionName, Usage);
        }

        return result;
    }

    private const string Usage = "a target is k=5, prosecutor=0.2, average=0.05, at-risk=0.05@0.2, l=2, entropy-l=2, t=0.2 or t-hierarchical=0.2 (several joined by commas).";

    private static PrivacyTarget ParseAtRisk(string value, string optionName)
    {
        var at = value.IndexOf('@');
        if (at <= 0)
        {
            throw new InvalidOptionException(optionName, "at-risk takes SHARE@THRESHOLD, for example at-risk=0.05@0.2: at most 5 % of records with a risk above 0.2.");
        }

        return new RecordsAtRiskTarget(Probability(value[..at], optionName, "at-risk"), Probability(value[(at + 1)..], optionName, "at-risk threshold"));
    }

    private static int Integer(string value, string optionName, string name, int minimum) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= minimum
            ? v
            : throw new InvalidOptionException(optionName, $"{name} must be a whole number of at least {minimum}.");

    private static double Number(string value, string optionName, string name, double minimum) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && v >= minimum
            ? v
            : throw new InvalidOptionException(optionName, $"{name} must be a number of at least {minimum.ToString(CultureInfo.InvariantCulture)}.");

    private static double Probability(string value, string optionName, string name) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v > 0 && v <= 1
            ? v
            : throw new InvalidOptionException(optionName, $"{name} must be a number in (0, 1].");

    /// <summary>Formats a number for <see cref="Text"/>.</summary>
    private protected static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
