using System.Globalization;
using System.Text;

namespace RiskNotebooks.Treatment;

/// <summary>
/// A full-domain generalisation: one hierarchy level per quasi-identifier, applied to every record alike (a node of the
/// generalisation lattice).
/// </summary>
/// <remarks>Two transformations are equal when they name the same quasi-identifiers, in the same order, at the same levels.
/// The text form is <c>age:2,education:1</c> (quasi-identifiers at level 0 may be left out when parsing).</remarks>
public sealed class Transformation : IEquatable<Transformation>
{
    private readonly string[] quasiIdentifiers;
    private readonly int[] levels;

    /// <summary>Creates a transformation.</summary>
    /// <param name="quasiIdentifiers">The quasi-identifiers, in order.</param>
    /// <param name="levels">The level of each, in the same order; each ≥ 0.</param>
    public Transformation(IReadOnlyList<string> quasiIdentifiers, IReadOnlyList<int> levels)
    {
        ArgumentNullException.ThrowIfNull(quasiIdentifiers);
        ArgumentNullException.ThrowIfNull(levels);
        if (quasiIdentifiers.Count != levels.Count)
        {
            throw new ArgumentException("one level per quasi-identifier is needed.", nameof(levels));
        }

        if (levels.Any(l => l < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(levels), "levels are 0 or more.");
        }

        this.quasiIdentifiers = [.. quasiIdentifiers];
        this.levels = [.. levels];
    }

    /// <summary>The quasi-identifiers, in order.</summary>
    public IReadOnlyList<string> QuasiIdentifiers => quasiIdentifiers;

    /// <summary>The level of each quasi-identifier, in the same order.</summary>
    public IReadOnlyList<int> Levels => levels;

    /// <summary>The sum of the levels (the node's height in the lattice).</summary>
    public int LevelSum => levels.Sum();

    /// <summary>The level of one quasi-identifier.</summary>
    /// <param name="quasiIdentifier">Its name.</param>
    /// <returns>The level.</returns>
    public int LevelOf(string quasiIdentifier)
    {
        var i = Array.IndexOf(quasiIdentifiers, quasiIdentifier);
        return i >= 0 ? levels[i] : throw new ArgumentException($"'{quasiIdentifier}' is not a quasi-identifier of this transformation.", nameof(quasiIdentifier));
    }

    /// <summary>Parses <c>age:2,postcode:3</c>; quasi-identifiers left out stay at level 0.</summary>
    /// <param name="text">The text.</param>
    /// <param name="quasiIdentifiers">The quasi-identifiers, in order.</param>
    /// <param name="optionName">The option the text came from, for messages.</param>
    /// <returns>The transformation.</returns>
    /// <exception cref="InvalidOptionException">An entry is malformed, names an attribute that is not a quasi-identifier, or names one twice.</exception>
    public static Transformation Parse(string text, IReadOnlyList<string> quasiIdentifiers, string optionName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(quasiIdentifiers);
        var levels = new int[quasiIdentifiers.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = part.LastIndexOf(':');
            if (colon <= 0 || !int.TryParse(part.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var level))
            {
                throw new InvalidOptionException(optionName, "each entry is ATTRIBUTE:LEVEL with a level of 0 or more, for example age:2,postcode:3.");
            }

            var name = part[..colon].Trim();
            var index = IndexOf(quasiIdentifiers, name);
            if (index < 0)
            {
                throw new InvalidOptionException(optionName, $"'{name}' is not one of the quasi-identifiers ({string.Join(", ", quasiIdentifiers)}).");
            }

            if (!seen.Add(name))
            {
                throw new InvalidOptionException(optionName, $"'{name}' is given twice.");
            }

            levels[index] = level;
        }

        return new Transformation(quasiIdentifiers, levels);
    }

    /// <inheritdoc/>
    public bool Equals(Transformation? other) =>
        other is not null && quasiIdentifiers.AsSpan().SequenceEqual(other.quasiIdentifiers) && levels.AsSpan().SequenceEqual(other.levels);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Transformation);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var l in levels)
        {
            hash.Add(l);
        }

        return hash.ToHashCode();
    }

    /// <summary>The text form, <c>age:2,education:1</c>, every quasi-identifier included.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < levels.Length; i++)
        {
            builder.Append(i == 0 ? "" : ",").Append(quasiIdentifiers[i]).Append(':').Append(levels[i].ToString(CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
