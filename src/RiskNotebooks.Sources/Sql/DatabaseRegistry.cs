using System.Data.Common;
using DuckDB.NET.Data;
using Npgsql;
using RiskNotebooks.Data;
using RiskNotebooks.Registry;
using RiskNotebooks.Registry.Attributes;

namespace RiskNotebooks.Sources.Sql;

/// <summary>
/// Measures a registry where it lives: the class sizes are counted by the database with <c>GROUP BY</c> and only the
/// class-size histogram (and the subsets' histograms, and the joint sample/population histogram) leaves it, never a
/// record. PostgreSQL through Npgsql, or DuckDB embedded (its own database file, or a Parquet/CSV file read in place,
/// larger than memory if need be).
/// </summary>
public static class DatabaseRegistry
{
    /// <summary>Measures a table of a database, or a file through DuckDB.</summary>
    /// <param name="options">Where the records are, the quasi-identifiers and what to measure.</param>
    /// <param name="cancellationToken">Stops the queries.</param>
    /// <returns>The class-size measures.</returns>
    /// <exception cref="InvalidOptionException">A connection that fails, a password on the command line, a missing table.</exception>
    /// <exception cref="UnknownColumnException">A quasi-identifier that is not a column.</exception>
    public static async Task<ClassSizeRiskReport> MeasureAsync(DatabaseRegistryOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        await using var connection = Connect(options);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or ArgumentException or System.Net.Sockets.SocketException or TimeoutException)
        {
            throw new InvalidOptionException("--db", "could not connect: " + Describe(e));
        }

        try
        {
            var from = options.FromClause(options.Table, options.File);
            var columns = await ResolveColumns(connection, from, options.SourceName, options.QuasiIdentifiers, cancellationToken).ConfigureAwait(false);
            var histogram = await ReadHistogram(connection, ClassSizeSql.Histogram(from, columns, options.MissingValues, options.TrimWhitespace), cancellationToken).ConfigureAwait(false);

            IReadOnlyList<JointClassCount>? joint = null;
            long populationRecords = 0;
            if (options.PopulationTable is { } populationTable)
            {
                var populationFrom = options.FromClause(populationTable, null);
                var populationColumns = await ResolveColumns(connection, populationFrom, populationTable, columns, cancellationToken).ConfigureAwait(false);
                joint = await ReadJoint(connection, ClassSizeSql.Joint(from, populationFrom, columns, populationColumns, options.MissingValues, options.TrimWhitespace), cancellationToken).ConfigureAwait(false);
                populationRecords = await Scalar(connection, ClassSizeSql.Count(populationFrom), cancellationToken).ConfigureAwait(false);
            }

            List<(IReadOnlyList<string>, ClassSizeHistogram)>? subsets = null;
            if (options.Subsets)
            {
                subsets = await ReadSubsets(connection, from, columns, options, cancellationToken).ConfigureAwait(false);
            }

            return ClassSizeRiskAnalysis.Run(options.SourceName, columns, histogram, options.Threshold, options.Population, joint, populationRecords, subsets);
        }
        catch (DbException e)
        {
            throw new InvalidOptionException(options.File is null ? "--table" : "FILE", "the query failed: " + Describe(e));
        }
    }

    /// <summary>Measures synchronously (the command line).</summary>
    /// <inheritdoc cref="MeasureAsync"/>
    public static ClassSizeRiskReport Measure(DatabaseRegistryOptions options, CancellationToken cancellationToken = default)
        => MeasureAsync(options, cancellationToken).GetAwaiter().GetResult();

    private static DbConnection Connect(DatabaseRegistryOptions options)
    {
        if (options.IsDuckDb)
        {
            return new DuckDBConnection(options.DuckDbConnectionString);
        }

        try
        {
            return new NpgsqlConnection(options.Connection);
        }
        catch (ArgumentException)
        {
            // Npgsql's message may quote the connection string; ours does not.
            throw new InvalidOptionException("--db", "the connection string is not valid (keywords such as Host=...;Database=...;Username=...).");
        }
    }

    /// <summary>The names of the quasi-identifiers as the source spells them (exactly, else ignoring case when unambiguous).</summary>
    private static async Task<string[]> ResolveColumns(DbConnection connection, string from, string source, IReadOnlyList<string> wanted, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {from} LIMIT 0";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        return wanted.Select(name =>
        {
            var index = Table.IndexOf(names, name);
            return index >= 0 ? names[index] : throw new UnknownColumnException(name, source, names);
        }).ToArray();
    }

    private static async Task<ClassSizeHistogram> ReadHistogram(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        var entries = new List<KeyValuePair<int, long>>();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new(checked((int)Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)), Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture)));
        }

        return new ClassSizeHistogram(entries);
    }

    private static async Task<IReadOnlyList<JointClassCount>> ReadJoint(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        var result = new List<JointClassCount>();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var f = checked((int)Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
            var population = reader.IsDBNull(1) ? 0L : Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture);
            result.Add(new JointClassCount(f, population, Convert.ToInt64(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture)));
        }

        return result;
    }

    private static async Task<List<(IReadOnlyList<string>, ClassSizeHistogram)>> ReadSubsets(DbConnection connection, string from, string[] columns, DatabaseRegistryOptions options, CancellationToken cancellationToken)
    {
        var q = columns.Length;
        if (q > 20)
        {
            throw new InvalidOptionException("--subsets", $"in a database at most 20 quasi-identifiers can be combined ({q} given).");
        }

        var masks = new List<long>();
        for (long mask = 1; mask < 1L << q; mask++)
        {
            if (options.MaxSubsetSize is not { } max || System.Numerics.BitOperations.PopCount((ulong)mask) <= max)
            {
                masks.Add(mask);
            }
        }

        // Subsets in the in-memory engine's order: by size, then by mask.
        masks.Sort((a, b) => System.Numerics.BitOperations.PopCount((ulong)a) != System.Numerics.BitOperations.PopCount((ulong)b)
            ? System.Numerics.BitOperations.PopCount((ulong)a).CompareTo(System.Numerics.BitOperations.PopCount((ulong)b))
            : a.CompareTo(b));
        var tallies = masks.ToDictionary(m => m, _ => new Dictionary<int, long>());
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = ClassSizeSql.Subsets(from, columns, masks, options.MissingValues, options.TrimWhitespace);
            command.CommandTimeout = 0;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var grouping = Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture);
                var mask = 0L;
                for (var i = 0; i < q; i++)
                {
                    // GROUPING(q1, ..., qn): the leftmost argument is the most significant bit; 1 = not grouped.
                    if ((grouping & (1L << (q - 1 - i))) == 0)
                    {
                        mask |= 1L << i;
                    }
                }

                var size = checked((int)Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture));
                tallies[mask][size] = Convert.ToInt64(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return masks.Select(m => ((IReadOnlyList<string>)columns.Where((_, i) => (m & (1L << i)) != 0).ToArray(), new ClassSizeHistogram(tallies[m]))).ToList();
    }

    private static async Task<long> Scalar(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A database error in words: PostgreSQL's SQLSTATE and message text (which name objects, never the connection string).</summary>
    private static string Describe(Exception e) => e switch
    {
        PostgresException p => $"{p.MessageText} (SQLSTATE {p.SqlState}).",
        NpgsqlException { InnerException: System.Net.Sockets.SocketException s } => $"the server cannot be reached ({s.SocketErrorCode}).",
        NpgsqlException n when n.InnerException is TimeoutException => "the server did not answer in time.",
        DuckDBException d => d.Message.Split('\n')[0],
        _ => e.GetType().Name + ".",
    };
}
