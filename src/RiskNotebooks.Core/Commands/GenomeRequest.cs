using RiskNotebooks.Genomics;

namespace RiskNotebooks.Commands;

/// <summary>
/// <c>risknb genome</c> and <c>#!risk-genome</c>: every option with its default, the cross-option checks, and the
/// engine's options. Hosts fill it from <see cref="Table"/>.
/// </summary>
public sealed class GenomeRequest : ICommandRequest
{
    private static readonly GenotypeRiskOptions Defaults = new();

    /// <summary>The options of the command, as every host binds them.</summary>
    public static CommandTable<GenomeRequest> Table { get; } = new CommandTable<GenomeRequest>(
            "genome",
            "How identifying genotypes are: each sample's random match probability in a population (Hardy-Weinberg, independent sites), the chance it is unique, and how many sites of the panel single a person out.")
        .AddPositional("FILE", "A VCF 4.x file (plain, gzip or bgzip) with GT fields, or a table of allele frequencies (CSV or TSV with columns chrom, pos, ref, alt, af) for the panel's figures alone.", (r, v) => r.Path = v, required: true)
        .Add("--population", "The population an attacker searches, N: everybody by default; a country's population for a national cohort.", OptionKind.Number, (r, v) => r.Population = v.Whole(2), r => OptionValue.FormatNumber(r.Population))
        .Add("--min-distance", "Use a site only when it is at least this many base pairs from the last site used on its chromosome (thins linked sites; e.g. 100000). Default 0: every site.", OptionKind.Number, (r, v) => r.MinDistance = v.Whole(0), r => OptionValue.FormatNumber(r.MinDistance))
        .Add("--frequencies", "Where allele frequencies come from: cohort (the file's own samples) or info (the INFO AF field). --frequency-table takes them from a table.", OptionKind.Text, (r, v) => r.Frequencies = ParseSource(v), r => r.Frequencies == AlleleFrequencySource.Info ? "info" : "cohort", ["cohort", "info"])
        .Add("--frequency-table", "A table of allele frequencies (columns chrom, pos, ref, alt, af), such as a reference population's.", OptionKind.Path, (r, v) => r.FrequencyTable = v.Text)
        .Add("--target", "The probability of being unique that counts as singled out.", OptionKind.Number, (r, v) => r.Target = v.Number(), r => OptionValue.FormatNumber(r.Target))
        .Add("--include-filtered", "Also use sites whose FILTER is neither PASS nor '.'.", OptionKind.Flag, (r, v) => r.IncludeFiltered = v.Flag());

    /// <summary>The VCF or frequency table.</summary>
    public string? Path { get; set; }

    /// <summary>The population, N.</summary>
    public long Population { get; set; } = Defaults.Population;

    /// <summary>The thinning distance in base pairs.</summary>
    public long MinDistance { get; set; } = Defaults.MinDistance;

    /// <summary>Cohort or INFO frequencies (a table when <see cref="FrequencyTable"/> is given).</summary>
    public AlleleFrequencySource Frequencies { get; set; } = Defaults.Frequencies;

    /// <summary>A table of allele frequencies, or <see langword="null"/>.</summary>
    public string? FrequencyTable { get; set; }

    /// <summary>The probability of being unique that counts as singled out.</summary>
    public double Target { get; set; } = Defaults.Target;

    /// <summary>Whether filtered sites are used too.</summary>
    public bool IncludeFiltered { get; set; }

    /// <inheritdoc/>
    public void Validate()
    {
        if (FrequencyTable is not null && Frequencies == AlleleFrequencySource.Info)
        {
            throw new InvalidOptionException("--frequency-table", "cannot go with --frequencies info: give one source of frequencies.");
        }

        if (double.IsNaN(Target) || Target <= 0 || Target >= 1)
        {
            throw new InvalidOptionException("--target", "must be a probability strictly between 0 and 1, such as 0.99.");
        }

        ToOptions().Validate();
    }

    /// <summary>The engine's options.</summary>
    /// <returns>The options for <see cref="GenotypeRisk.Analyse"/>.</returns>
    public GenotypeRiskOptions ToOptions() => new()
    {
        Population = Population,
        MinDistance = MinDistance,
        Frequencies = FrequencyTable is null ? Frequencies : AlleleFrequencySource.Table,
        FrequencyTable = FrequencyTable,
        Target = Target,
        IncludeFiltered = IncludeFiltered,
    };

    private static AlleleFrequencySource ParseSource(OptionValue value) => value.Text.Trim().ToLowerInvariant() switch
    {
        "cohort" => AlleleFrequencySource.Cohort,
        "info" => AlleleFrequencySource.Info,
        _ => throw new InvalidOptionException(value.Option, "must be cohort or info (for a table of frequencies use --frequency-table)."),
    };
}
