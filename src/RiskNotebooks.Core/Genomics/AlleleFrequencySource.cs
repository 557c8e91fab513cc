namespace RiskNotebooks.Genomics;

/// <summary>Where the allele frequencies of the genotype measures come from.</summary>
public enum AlleleFrequencySource
{
    /// <summary>The cohort's own: the alleles called in the file's samples at each site.</summary>
    Cohort,

    /// <summary>The file's INFO <c>AF</c> field (one frequency per ALT allele; REF is the rest).</summary>
    Info,

    /// <summary>A table of allele frequencies (<see cref="GenotypeRiskOptions.FrequencyTable"/>), such as a reference population's.</summary>
    Table,
}
