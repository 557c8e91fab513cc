using RiskNotebooks.Data;
using RiskNotebooks.Registry;
using RiskNotebooks.Registry.Diversity;
using RiskNotebooks.Registry.Suda;

namespace RiskNotebooks.Commands;

/// <summary>
/// <c>risknb reid</c> and <c>#!reid</c>: every option with its default, the cross-option checks, and the engine's
/// options. Hosts fill it from <see cref="Table"/>.
/// </summary>
/// <remarks>
/// What a host supplies when an option is not given: without a file, the command line measures the bundled demo
/// registry and a notebook the table loaded last; without <c>--qi</c>, <c>--weight</c>, <c>--household</c> and
/// <c>--sensitive</c>, a notebook takes the roles set for the table (<c>#!risk-roles</c>), the command line the demo's
/// quasi-identifiers (and none of the others).
/// </remarks>
public sealed class ReidRequest : ICommandRequest
{
    private static readonly ReidentificationOptions Defaults = new() { QuasiIdentifiers = [] };

    /// <summary>The options of the command, as every host binds them.</summary>
    public static CommandTable<ReidRequest> Table { get; } = new CommandTable<ReidRequest>(
            "reid",
            "Measure re-identification risk (prosecutor, journalist, marketer; sample and population uniqueness) as ARX does.")
        .AddPositional("FILE", "A CSV/TSV file with a header row, or a Parquet file. Without it: on the command line the bundled demo registry with its default quasi-identifiers, in a notebook the table loaded last.", (r, v) => r.Path = v)
        .Add("--qi", "Quasi-identifier columns, comma-separated (e.g. birth_date,sex,postcode); in a notebook, default: the roles set for the table.", OptionKind.List, (r, v) => r.QuasiIdentifiers = v.List())
        .Add("--population", "Population size N the sample was drawn from.", OptionKind.Number, (r, v) => r.Population = v.Whole())
        .Add("--sampling-fraction", "Sampling fraction f = n/N in (0, 1]; N = round(n / f).", OptionKind.Number, (r, v) => r.SamplingFraction = v.Number())
        .Add("--population-table", "A CSV of the population (same QI columns): gives F_c for journalist and marketer risk.", OptionKind.Path, (r, v) => r.PopulationTable = v.Text)
        .Add("--threshold", "Risk threshold for 'records at risk' (risk strictly greater).", OptionKind.Number, (r, v) => r.Threshold = v.Number(), r => OptionValue.FormatNumber(r.Threshold))
        .Add("--delimiter", "Field delimiter (',', ';', '|' or 'tab'); detected when not given.", OptionKind.Text, (r, v) => r.Delimiter = CsvLoadOptions.ParseDelimiter(v.Text), completions: [",", ";", "|", "tab"])
        .Add("--missing", "Comma-separated cell texts that mean missing (default: empty and NA).", OptionKind.List, (r, v) => r.MissingValues = MissingValues.Parse(v.Text))
        .Add("--weight", "Sampling weight column: Fk = sum of weights, individual risk by sdcMicro's approximation.", OptionKind.Text, (r, v) => r.WeightColumn = v.Text)
        .Add("--household", "Household id column: every member gets 1 - prod(1 - r) over the household.", OptionKind.Text, (r, v) => r.HouseholdColumn = v.Text)
        .Add("--missing-weight", "Weight alpha in [0, 1] of compatible key patterns with missing values (sdcMicro).", OptionKind.Number, (r, v) => r.MissingWeight = v.Number(), r => OptionValue.FormatNumber(r.MissingWeight))
        .Add("--subsets", "Analyse every subset of the quasi-identifiers (distinction, separation, sample uniques).", OptionKind.Flag, (r, v) => r.Subsets = v.Flag())
        .Add("--max-subset-size", "With --subsets: only subsets of at most this many attributes.", OptionKind.Number, (r, v) => r.MaxSubsetSize = v.Int32())
        .Add("--sensitive", "Sensitive attributes, comma-separated: l-diversity (distinct, entropy, recursive (c,l)) and t-closeness per attribute.", OptionKind.List, (r, v) => r.SensitiveAttributes = v.List())
        .Add("--recursive-c", "c of recursive (c,l)-diversity.", OptionKind.Number, (r, v) => r.RecursiveC = v.Number(), r => OptionValue.FormatNumber(r.RecursiveC))
        .Add("--suda", "SUDA: minimal sample uniques, SUDA and DIS-SUDA scores as sdcMicro's suda2, and which variables contribute most.", OptionKind.Flag, (r, v) => r.Suda = v.Flag())
        .Add("--dis-fraction", "With --suda: the sampling fraction for DIS-SUDA (sdcMicro's DisFraction).", OptionKind.Number, (r, v) => r.DisFraction = v.Number(), r => OptionValue.FormatNumber(r.DisFraction))
        .Add("--db", "Count the classes inside a database; only the class-size histogram leaves it. 'duckdb' (reads FILE, Parquet or CSV, in place, larger than memory), 'duckdb:FILE.duckdb', or a PostgreSQL connection string without a password (Host=...;Database=...; the password from PGPASSWORD or a passfile).", OptionKind.Text, (r, v) => r.Database = v.Text)
        .Add("--table", "With --db: the table (or schema.table) that holds the records; --population-table then names a table too.", OptionKind.Text, (r, v) => r.DatabaseTable = v.Text);

    /// <summary>The file, or <see langword="null"/> for the host's default (the demo registry, or the table loaded last).</summary>
    public string? Path { get; set; }

    /// <summary>The quasi-identifiers; empty for the host's default.</summary>
    public IReadOnlyList<string> QuasiIdentifiers { get; set; } = [];

    /// <summary>The population size N, if given.</summary>
    public long? Population { get; set; }

    /// <summary>The sampling fraction f, if given.</summary>
    public double? SamplingFraction { get; set; }

    /// <summary>The path of a population table, if given.</summary>
    public string? PopulationTable { get; set; }

    /// <summary>The risk threshold for records at risk (default 0.2).</summary>
    public double Threshold { get; set; } = Defaults.Threshold;

    /// <summary>The field delimiter, or <see langword="null"/> to detect it.</summary>
    public char? Delimiter { get; set; }

    /// <summary>The cell texts that mean missing.</summary>
    public MissingValues MissingValues { get; set; } = CsvLoadOptions.Default.MissingValues;

    /// <summary>The sampling weight column, or <see langword="null"/> (in a notebook: the table's role).</summary>
    public string? WeightColumn { get; set; }

    /// <summary>The household id column, or <see langword="null"/> (in a notebook: the table's role).</summary>
    public string? HouseholdColumn { get; set; }

    /// <summary>α, the weight of compatible key patterns with missing values (default 1).</summary>
    public double MissingWeight { get; set; } = Defaults.MissingWeight;

    /// <summary>Whether to analyse every subset of the quasi-identifiers.</summary>
    public bool Subsets { get; set; }

    /// <summary>With <see cref="Subsets"/>: the largest subset, or <see langword="null"/> for all.</summary>
    public int? MaxSubsetSize { get; set; }

    /// <summary>The sensitive attributes, or <see langword="null"/> when not given (in a notebook: the table's role).</summary>
    public IReadOnlyList<string>? SensitiveAttributes { get; set; }

    /// <summary>c of recursive (c,l)-diversity (default 2).</summary>
    public double RecursiveC { get; set; } = DiversityOptions.Default.RecursiveC;

    /// <summary>Whether to compute SUDA scores.</summary>
    public bool Suda { get; set; }

    /// <summary>The sampling fraction of DIS-SUDA (default 0.01).</summary>
    public double DisFraction { get; set; } = SudaOptions.Default.DisFraction;

    /// <summary>The population model asked for, or <see langword="null"/> when neither N nor f was given.</summary>
    public PopulationModel? PopulationModel => Registry.PopulationModel.FromOptions(Population, SamplingFraction);

    /// <summary>
    /// With <c>--db</c>: <c>duckdb</c>, <c>duckdb:PATH</c> or a PostgreSQL connection string without a password; the
    /// class-size measures are then computed by the database and only the histogram leaves it.
    /// </summary>
    public string? Database { get; set; }

    /// <summary>With <see cref="Database"/>: the table that holds the records, or <see langword="null"/> when DuckDB reads <see cref="Path"/>.</summary>
    public string? DatabaseTable { get; set; }

    /// <inheritdoc/>
    public void Validate()
    {
        _ = PopulationModel;
        if (DatabaseTable is not null && Database is null)
        {
            throw new InvalidOptionException("--table", "only applies with --db.");
        }

        if (Database is not null)
        {
            var needsRecords = new (bool Given, string Option)[]
            {
                (WeightColumn is not null, "--weight"), (HouseholdColumn is not null, "--household"),
                (SensitiveAttributes is not null, "--sensitive"), (Suda, "--suda"),
            };
            foreach (var (given, option) in needsRecords)
            {
                if (given)
                {
                    throw new InvalidOptionException(option, "needs the records, and with --db only class sizes leave the database: measure a file without --db.");
                }
            }

            if (Path is not null && DatabaseTable is not null)
            {
                throw new InvalidOptionException("--table", "give either FILE (read in place by DuckDB) or --table, not both.");
            }
        }

        if (double.IsNaN(MissingWeight) || MissingWeight < 0d || MissingWeight > 1d)
        {
            throw new InvalidOptionException("--missing-weight", "must be a number in [0, 1].");
        }

        if (MaxSubsetSize is not null && !Subsets)
        {
            throw new InvalidOptionException("--max-subset-size", "only applies with --subsets.");
        }

        if (MaxSubsetSize is < 1)
        {
            throw new InvalidOptionException("--max-subset-size", "must be at least 1.");
        }

        _ = ToOptions(QuasiIdentifiers, null);
    }

    /// <summary>How to read the file: the delimiter, the missing values, and only the columns needed.</summary>
    /// <param name="columns">The columns to keep, or <see langword="null"/> for all.</param>
    /// <returns>The load options.</returns>
    public CsvLoadOptions ToLoadOptions(IReadOnlyList<string>? columns = null) => new()
    {
        Delimiter = Delimiter,
        MissingValues = MissingValues,
        Columns = columns,
    };

    /// <summary>The columns the measurement reads: the quasi-identifiers, weight, household and sensitive attributes.</summary>
    /// <param name="quasiIdentifiers">The quasi-identifiers (those given, or the host's default).</param>
    /// <returns>The distinct column names.</returns>
    public IReadOnlyList<string> ColumnsFor(IReadOnlyList<string> quasiIdentifiers)
    {
        ArgumentNullException.ThrowIfNull(quasiIdentifiers);
        return quasiIdentifiers.Concat(new[] { WeightColumn, HouseholdColumn }.OfType<string>()).Concat(SensitiveAttributes ?? []).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The engine's options.</summary>
    /// <param name="quasiIdentifiers">The quasi-identifiers (those given, or the host's default).</param>
    /// <param name="populationTable">The population table loaded from <see cref="PopulationTable"/>, or <see langword="null"/>.</param>
    /// <returns>The options for <see cref="ReidentificationAnalysis"/>.</returns>
    /// <exception cref="InvalidOptionException">A value out of range.</exception>
    public ReidentificationOptions ToOptions(IReadOnlyList<string> quasiIdentifiers, Table? populationTable) => new()
    {
        QuasiIdentifiers = quasiIdentifiers,
        Threshold = Threshold,
        Population = PopulationModel,
        PopulationTable = populationTable,
        WeightColumn = WeightColumn,
        HouseholdColumn = HouseholdColumn,
        MissingWeight = MissingWeight,
        AnalyzeSubsets = Subsets,
        MaxSubsetSize = MaxSubsetSize,
        SensitiveAttributes = SensitiveAttributes ?? [],
        Diversity = new DiversityOptions { RecursiveC = RecursiveC },
        Suda = Suda ? new SudaOptions { DisFraction = DisFraction } : null,
    };
}
