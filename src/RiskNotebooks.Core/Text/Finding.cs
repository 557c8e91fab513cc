using System.Globalization;

namespace RiskNotebooks.Text;

/// <summary>A piece of personal data found in a text: its type, where it is, how sure the recognizer is, and which rule fired.</summary>
/// <remarks>
/// Offsets count UTF-16 code units (as .NET strings do) from the start of the text as it was read (after decoding, without
/// a byte order mark); <see cref="End"/> is exclusive. A finding holds no text: look the span up in the document when it is
/// needed. Two findings are equal when all their fields are.
/// </remarks>
public readonly struct Finding : IEquatable<Finding>
{
    /// <summary>Creates a finding.</summary>
    /// <param name="type">The type of personal data.</param>
    /// <param name="start">The offset of its first character.</param>
    /// <param name="end">The offset after its last character; greater than <paramref name="start"/>.</param>
    /// <param name="confidence">How likely the span is of that type, in [0, 1].</param>
    /// <param name="rule">The rule that fired (for example <c>personnummer</c> or <c>gazetteer.first-name+surname</c>).</param>
    /// <exception cref="ArgumentOutOfRangeException">The span is empty or negative, or the confidence is not in [0, 1].</exception>
    public Finding(EntityType type, long start, long end, double confidence, string rule)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(end, start);
        Type = type;
        Start = start;
        End = end;
        Confidence = Preconditions.CheckProbability(confidence);
        Rule = Preconditions.CheckNotNull(rule);
    }

    /// <summary>The type of personal data.</summary>
    public EntityType Type { get; }

    /// <summary>The UTF-16 offset of the first character.</summary>
    public long Start { get; }

    /// <summary>The UTF-16 offset after the last character.</summary>
    public long End { get; }

    /// <summary>The length in UTF-16 code units.</summary>
    public long Length => End - Start;

    /// <summary>How likely the span is personal data of this type, in [0, 1].</summary>
    public double Confidence { get; }

    /// <summary>The rule that fired.</summary>
    public string Rule { get; }

    /// <summary>Whether two findings share at least one character.</summary>
    /// <param name="other">The other finding.</param>
    /// <returns><see langword="true"/> when the spans overlap.</returns>
    public bool Overlaps(Finding other) => Start < other.End && other.Start < End;

    /// <summary>The same finding moved by an offset (from a chunk to the whole document).</summary>
    internal Finding Shift(long offset) => new(Type, Start + offset, End + offset, Confidence, Rule, trusted: true);

    /// <summary>The same finding with another confidence.</summary>
    internal Finding WithConfidence(double confidence) => new(Type, Start, End, confidence, Rule, trusted: true);

    private Finding(EntityType type, long start, long end, double confidence, string rule, bool trusted)
    {
        _ = trusted;
        Type = type;
        Start = start;
        End = end;
        Confidence = confidence;
        Rule = rule;
    }

    /// <inheritdoc/>
    public bool Equals(Finding other)
        => Type == other.Type && Start == other.Start && End == other.End && Confidence.Equals(other.Confidence) && string.Equals(Rule, other.Rule, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Finding other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Type, Start, End, Confidence, Rule);

    /// <summary>The type, span, confidence and rule (never the text).</summary>
    /// <returns>For example <c>personnummer [12, 25) 0.99 personnummer</c>.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{EntityTypes.NameOf(Type)} [{Start}, {End}) {Confidence:0.##} {Rule}");

    /// <summary>Equality of all fields.</summary>
    /// <param name="left">A finding.</param>
    /// <param name="right">Another.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Finding left, Finding right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">A finding.</param>
    /// <param name="right">Another.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Finding left, Finding right) => !left.Equals(right);
}
