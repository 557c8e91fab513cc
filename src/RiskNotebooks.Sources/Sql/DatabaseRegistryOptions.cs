using RiskNotebooks.Commands;
using RiskNotebooks.Data;
using RiskNotebooks.Registry;

namespace RiskNotebooks.Sources.Sql;

/// <summary>Where a registry lives in a database and what to measure there (see <see cref="DatabaseRegistry"/>).</summary>
/// <remarks>
/// <para><see cref="Connection"/> is <c>duckdb</c> (an in-memory DuckDB that reads <see cref="File"/> in place),
/// <c>duckdb:PATH</c> (a DuckDB database file, opened read-only), or a PostgreSQL connection string
/// (<c>Host=...;Database=...;Username=...</c>). A PostgreSQL password is never taken from the command line: a connection
/// string with <c>Password=</c> is refused, and Npgsql reads it from <c>PGPASSWORD</c> or a passfile
/// (<c>PGPASSFILE</c>, <c>~/.pgpass</c>, or <c>Passfile=</c> in the connection string).</para>
/// </remarks>
public sealed record DatabaseRegistryOptions
{
    /// <summary><c>duckdb</c>, <c>duckdb:PATH</c>, or a PostgreSQL connection string without a password.</summary>
    public required string Connection { get; init; }

    /// <summary>The table (or <c>schema.table</c>) that holds the records; <see langword="null"/> with <see cref="File"/>.</summary>
    public string? Table { get; init; }

    /// <summary>With DuckDB: a Parquet or CSV file to read in place, instead of <see cref="Table"/>.</summary>
    public string? File { get; init; }

    /// <summary>The quasi-identifiers.</summary>
    public required IReadOnlyList<string> QuasiIdentifiers { get; init; }

    /// <summary>A table of the same database that holds the population (journalist and marketer risk), or <see langword="null"/>.</summary>
    public string? PopulationTable { get; init; }

    /// <summary>The risk threshold of "records at risk".</summary>
    public double Threshold { get; init; } = 0.2;

    /// <summary>N or f for population uniqueness, or <see langword="null"/> for the default.</summary>
    public PopulationModel? Population { get; init; }

    /// <summary>The texts that mean missing (compared after trimming), as for a CSV.</summary>
    public MissingValues MissingValues { get; init; } = MissingValues.Default;

    /// <summary>Whether spaces and tabs around a value are removed, as for a CSV.</summary>
    public bool TrimWhitespace { get; init; } = true;

    /// <summary>With a CSV <see cref="File"/>: its delimiter, or <see langword="null"/> for DuckDB's detection.</summary>
    public char? Delimiter { get; init; }

    /// <summary>Whether to measure every subset of the quasi-identifiers.</summary>
    public bool Subsets { get; init; }

    /// <summary>With <see cref="Subsets"/>: the largest subset.</summary>
    public int? MaxSubsetSize { get; init; }

    /// <summary>The options of <c>reid --db</c> (the command line and <c>#!risk-reid --db</c>), from the shared request.</summary>
    /// <param name="request">The request, with <see cref="ReidRequest.Database"/> set.</param>
    /// <returns>The options.</returns>
    /// <exception cref="InvalidOptionException">No <c>--db</c>, no <c>--qi</c>, or a FILE that is not there.</exception>
    public static DatabaseRegistryOptions For(ReidRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var connection = request.Database ?? throw new InvalidOptionException("--db", "is needed to measure in a database.");
        if (request.QuasiIdentifiers.Count == 0)
        {
            throw new InvalidOptionException("--qi", "name the quasi-identifier columns, e.g. --qi birth_date,sex,postcode.");
        }

        if (request.Path is { } file)
        {
            InputFile.RequireReadable(file, "FILE");
        }

        return new DatabaseRegistryOptions
        {
            Connection = connection,
            Table = request.DatabaseTable,
            File = request.Path,
            QuasiIdentifiers = request.QuasiIdentifiers,
            PopulationTable = request.PopulationTable,
            Threshold = request.Threshold,
            Population = request.PopulationModel,
            MissingValues = request.MissingValues,
            Delimiter = request.Delimiter,
            Subsets = request.Subsets,
            MaxSubsetSize = request.MaxSubsetSize,
        };
    }

    /// <summary>Whether <see cref="Connection"/> names DuckDB.</summary>
    public bool IsDuckDb => Connection.Equals("duckdb", StringComparison.OrdinalIgnoreCase) || Connection.StartsWith("duckdb:", StringComparison.OrdinalIgnoreCase);

    /// <summary>The name of the source for reports and messages: the table or the file, never the connection string.</summary>
    public string SourceName => File ?? Table ?? string.Empty;

    internal string DuckDbConnectionString
    {
        get
        {
            var path = Connection.Length > "duckdb:".Length ? Connection["duckdb:".Length..] : null;
            return path is null ? "Data Source=:memory:" : $"Data Source={path};ACCESS_MODE=READ_ONLY";
        }
    }

    /// <summary>Checks the options; errors name the option as users type it.</summary>
    /// <exception cref="InvalidOptionException">A password in the connection string, no table, or a file without DuckDB.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Connection))
        {
            throw new InvalidOptionException("--db", "give 'duckdb', 'duckdb:FILE.duckdb' or a PostgreSQL connection string (Host=...;Database=...).");
        }

        if (!IsDuckDb && HasPassword(Connection))
        {
            throw new InvalidOptionException("--db", "the connection string must not hold a password: put it in PGPASSWORD or a passfile (PGPASSFILE, ~/.pgpass, or Passfile=... in the connection string).");
        }

        if (File is not null && !IsDuckDb)
        {
            throw new InvalidOptionException("--db", "a file is read in place by DuckDB only: give --db duckdb, or load the file into the database and name it with --table.");
        }

        if (File is null && string.IsNullOrWhiteSpace(Table))
        {
            throw new InvalidOptionException("--table", "name the table that holds the records (schema.table or table).");
        }

        if (QuasiIdentifiers.Count == 0)
        {
            throw new InvalidOptionException("--qi", "name the quasi-identifier columns, e.g. --qi birth_date,sex,postcode.");
        }

        if (MaxSubsetSize is not null && !Subsets)
        {
            throw new InvalidOptionException("--max-subset-size", "only applies with --subsets.");
        }
    }

    /// <summary>The SQL <c>FROM</c> target: a quoted table name, or DuckDB's reader of a file.</summary>
    internal string FromClause(string? table, string? file)
    {
        if (file is null)
        {
            return ClassSizeSql.QuoteTableName(table!);
        }

        var literal = ClassSizeSql.Literal(Path.GetFullPath(file));
        if (Parquet.ParquetTableReader.IsParquetPath(file))
        {
            return $"read_parquet({literal})";
        }

        // Every column as text, as the CSV reader reads it; empty cells are NULL (missing) as by default.
        var delimiter = Delimiter is { } d ? ", delim = " + ClassSizeSql.Literal(d.ToString()) : string.Empty;
        return $"read_csv({literal}, header = true, all_varchar = true{delimiter})";
    }

    private static bool HasPassword(string connection)
    {
        try
        {
            var builder = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connection };
            return builder.ContainsKey("Password") || builder.ContainsKey("Pwd") || builder.ContainsKey("Psw");
        }
        catch (ArgumentException)
        {
            return connection.Contains("password", StringComparison.OrdinalIgnoreCase);
        }
    }
}
