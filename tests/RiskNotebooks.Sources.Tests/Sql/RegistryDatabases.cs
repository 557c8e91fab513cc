using DuckDB.NET.Data;
using Npgsql;

namespace RiskNotebooks.Sources.Tests.Sql;

/// <summary>
/// The bundled CSVs loaded into databases, every column as text (as the CSV reader reads them): an embedded DuckDB file,
/// always; a PostgreSQL server when <c>RISKNB_PG</c> names one (a connection string without a password; the password
/// comes from <c>PGPASSWORD</c> or a passfile), required when <c>RISKNB_REQUIRE_POSTGRES=1</c>.
/// </summary>
internal static class RegistryDatabases
{
    internal static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    /// <summary>The PostgreSQL connection string, or null to skip (an error when PostgreSQL is required).</summary>
    internal static string? PostgresOrSkip()
    {
        var connection = Environment.GetEnvironmentVariable("RISKNB_PG");
        if (string.IsNullOrWhiteSpace(connection))
        {
            Assert.False(Environment.GetEnvironmentVariable("RISKNB_REQUIRE_POSTGRES") == "1", "RISKNB_REQUIRE_POSTGRES=1 but RISKNB_PG names no server (.ci/postgres-start starts one).");
            return null;
        }

        return connection;
    }

    /// <summary>Creates (or replaces) a DuckDB table from a CSV, every column VARCHAR.</summary>
    internal static void LoadDuckDb(DuckDBConnection connection, string table, string csv, char delimiter)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE OR REPLACE TABLE \"{table}\" AS SELECT * FROM read_csv('{csv}', header = true, all_varchar = true, delim = '{delimiter}')";
        command.ExecuteNonQuery();
    }

    /// <summary>Creates (or replaces) a PostgreSQL table from a CSV with COPY, every column TEXT (empty cells NULL).</summary>
    internal static void LoadPostgres(NpgsqlConnection connection, string table, string csv, char delimiter)
    {
        var header = File.ReadLines(csv).First().Split(delimiter);
        using (var create = connection.CreateCommand())
        {
            create.CommandText = $"DROP TABLE IF EXISTS \"{table}\"; CREATE TABLE \"{table}\" ({string.Join(", ", header.Select(h => $"\"{h}\" TEXT"))})";
            create.ExecuteNonQuery();
        }

        using var writer = connection.BeginTextImport($"COPY \"{table}\" FROM STDIN (FORMAT csv, HEADER true, DELIMITER '{delimiter}')");
        using var reader = new StreamReader(csv);
        var buffer = new char[1 << 16];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            writer.Write(buffer, 0, read);
        }
    }

    /// <summary>Every n-th record of a CSV, header kept: a sample of it.</summary>
    internal static string Sample(TempFiles files, string csv, int every, string name)
    {
        var lines = File.ReadLines(csv).Where((_, i) => i == 0 || i % every == 0);
        var path = files.PathOf(name);
        File.WriteAllLines(path, lines);
        return path;
    }
}
