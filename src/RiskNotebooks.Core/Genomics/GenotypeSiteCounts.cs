namespace RiskNotebooks.Genomics;

/// <summary>What happened to the sites read: used, or skipped and why.</summary>
public sealed record GenotypeSiteCounts
{
    /// <summary>Sites (data lines, or frequency-table sites) read.</summary>
    public long Read { get; init; }

    /// <summary>Sites used in the measures.</summary>
    public long Used { get; init; }

    /// <summary>Of those used, single-nucleotide sites (REF and every ALT one base).</summary>
    public long UsedSnv { get; init; }

    /// <summary>Of those used, sites with more than one ALT allele.</summary>
    public long UsedMultiallelic { get; init; }

    /// <summary>Skipped: FILTER neither PASS nor <c>.</c>.</summary>
    public long Filtered { get; init; }

    /// <summary>Skipped: ALT is <c>.</c> (no variant).</summary>
    public long NoVariant { get; init; }

    /// <summary>Skipped: FORMAT without GT.</summary>
    public long NoGenotypes { get; init; }

    /// <summary>Skipped: no sample has a call.</summary>
    public long NoCalls { get; init; }

    /// <summary>Skipped: no usable frequency (no INFO AF, not in the table, or not summing to at most 1).</summary>
    public long NoFrequency { get; init; }

    /// <summary>Skipped: closer than the minimum distance to the last site used.</summary>
    public long Thinned { get; init; }

    /// <summary>Calls not counted because an allele has frequency 0 in the stated frequencies (they only make the sample rarer).</summary>
    public long CallsWithoutFrequency { get; init; }

    /// <summary>Calls with more than two alleles, not counted.</summary>
    public long PolyploidCalls { get; init; }
}
