namespace RiskNotebooks.Registry.Diversity;

/// <summary>
/// How well one sensitive attribute is protected by the equivalence classes: its distinct, entropy and recursive (c, l)
/// l-diversity and its t-closeness.
/// </summary>
/// <remarks>
/// A missing value of the sensitive attribute counts as a value of its own in every measure, as in ARX (and as the grouping
/// treats a missing quasi-identifier): a class of two records, one with a diagnosis and one without, has distinct l = 2.
/// Immutable.
/// </remarks>
public sealed class SensitiveAttributeDiversity
{
    internal SensitiveAttributeDiversity(string name, bool isNumeric, int missingCount, double recursiveC, LDiversitySummary distinct, LDiversitySummary entropy, LDiversitySummary recursive, TClosenessSummary tCloseness)
    {
        Name = name;
        IsNumeric = isNumeric;
        MissingCount = missingCount;
        RecursiveC = recursiveC;
        Distinct = distinct;
        Entropy = entropy;
        Recursive = recursive;
        TCloseness = tCloseness;
    }

    /// <summary>The attribute, as the table names it.</summary>
    public string Name { get; }

    /// <summary>Whether the attribute has non-missing values and every one of them is a finite invariant-culture number.</summary>
    public bool IsNumeric { get; }

    /// <summary>The number of records whose value of the attribute is missing.</summary>
    public int MissingCount { get; }

    /// <summary>The c used for <see cref="Recursive"/>.</summary>
    public double RecursiveC { get; }

    /// <summary>Distinct l-diversity: the number of distinct values in each class.</summary>
    public LDiversitySummary Distinct { get; }

    /// <summary>Entropy l-diversity with the Shannon estimator: exp of each class's entropy.</summary>
    public LDiversitySummary Entropy { get; }

    /// <summary>Recursive (c, l)-diversity for c = <see cref="RecursiveC"/>: the largest l each class satisfies.</summary>
    public LDiversitySummary Recursive { get; }

    /// <summary>t-closeness: each class's earth mover's distance from the whole table.</summary>
    public TClosenessSummary TCloseness { get; }
}
