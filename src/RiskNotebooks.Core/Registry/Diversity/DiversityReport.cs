using System.Collections.ObjectModel;
using RiskNotebooks.Data;

namespace RiskNotebooks.Registry.Diversity;

/// <summary>What <see cref="DiversityAnalysis"/> measured: l-diversity and t-closeness of each sensitive attribute over one set
/// of equivalence classes. Aggregates and per-class figures only; no record value. Immutable.</summary>
public sealed class DiversityReport
{
    private readonly SensitiveAttributeDiversity[] attributes;

    internal DiversityReport(string source, EquivalenceClasses classes, DiversityOptions options, SensitiveAttributeDiversity[] attributes)
    {
        Source = source;
        RecordCount = classes.RecordCount;
        ClassCount = classes.ClassCount;
        QuasiIdentifiers = classes.QuasiIdentifiers;
        Options = options;
        this.attributes = attributes;
        Attributes = Array.AsReadOnly(attributes);
    }

    /// <summary>Where the table came from.</summary>
    public string Source { get; }

    /// <summary>n: the number of records.</summary>
    public int RecordCount { get; }

    /// <summary>C: the number of equivalence classes; the per-class figures are indexed 0..C−1.</summary>
    public int ClassCount { get; }

    /// <summary>The quasi-identifiers the classes were formed on.</summary>
    public IReadOnlyList<string> QuasiIdentifiers { get; }

    /// <summary>The options used.</summary>
    public DiversityOptions Options { get; }

    /// <summary>The sensitive attributes, in the order asked for.</summary>
    public ReadOnlyCollection<SensitiveAttributeDiversity> Attributes { get; }

    /// <summary>The figures of one sensitive attribute, by name (matched as <see cref="Table.GetColumn"/> matches).</summary>
    /// <param name="name">The attribute.</param>
    /// <exception cref="UnknownColumnException">The attribute was not measured.</exception>
    public SensitiveAttributeDiversity this[string name]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            var names = attributes.Select(a => a.Name).ToArray();
            var index = Table.IndexOf(names, name);
            return index >= 0 ? attributes[index] : throw new UnknownColumnException(name, Source, names);
        }
    }
}
