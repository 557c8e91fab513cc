using DuckDB.NET.Data;
using Npgsql;
using RiskNotebooks.Data;
using RiskNotebooks.Registry;
using RiskNotebooks.Sources.Sql;

namespace RiskNotebooks.Sources.Tests.Sql;

/// <summary>
/// Every measure pushed into a database (classes, k, histogram, prosecutor, journalist with a population table,
/// marketer, sample and population uniqueness, records at risk, QI subsets) equals the in-memory engine's, on the demo
/// registry and on Adult: in DuckDB always, in PostgreSQL when a server is given.
/// </summary>
public sealed class DatabaseRegistryTests : IDisposable
{
    private static readonly string[] AdultQis = ["sex", "age", "race", "marital-status", "education", "native-country", "workclass", "occupation"];
    private static readonly string[] DemoQis = ["birth_date", "sex", "postcode"];
    private static readonly string[] DemoSubsetQis = ["sex", "county", "education", "country_of_birth", "diagnosis"];
    private readonly TempFiles files = new();

    public void Dispose() => files.Dispose();

    public static TheoryData<string, string, char> Cases => new()
    {
        { "adult.csv", "adult", ';' },
        { "demo-registry.csv", "demo", ',' },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void DuckDb_reading_the_file_in_place_gives_the_in_memory_figures(string file, string set, char delimiter)
    {
        var csv = RegistryDatabases.Data(file);
        foreach (var (qis, subsets) in QiSets(set))
        {
            var expected = InMemory(csv, qis, null, subsets, PopulationModel.OfSamplingFraction(0.1));
            var actual = DatabaseRegistry.Measure(new DatabaseRegistryOptions
            {
                Connection = "duckdb", File = csv, Delimiter = delimiter, QuasiIdentifiers = qis, Subsets = subsets,
                Population = PopulationModel.OfSamplingFraction(0.1),
            });
            AssertSameMeasures(expected, actual);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void DuckDb_tables_with_a_population_table_give_the_in_memory_journalist_and_marketer_risk(string file, string set, char delimiter)
    {
        var csv = RegistryDatabases.Data(file);
        var sample = RegistryDatabases.Sample(files, csv, 7, "sample-" + file);
        var database = files.PathOf(set + ".duckdb");
        using (var connection = new DuckDBConnection($"Data Source={database}"))
        {
            connection.Open();
            RegistryDatabases.LoadDuckDb(connection, "population", csv, delimiter);
            RegistryDatabases.LoadDuckDb(connection, "sample", sample, delimiter);
        }

        foreach (var (qis, subsets) in QiSets(set))
        {
            var expected = InMemory(sample, qis, csv, subsets, null);
            var actual = DatabaseRegistry.Measure(new DatabaseRegistryOptions
            {
                Connection = "duckdb:" + database, Table = "sample", PopulationTable = "population", QuasiIdentifiers = qis, Subsets = subsets,
            });
            Assert.True(actual.HasPopulationTable);
            AssertSameMeasures(expected, actual);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void PostgreSQL_gives_the_in_memory_figures(string file, string set, char delimiter)
    {
        var server = RegistryDatabases.PostgresOrSkip();
        Skip.If(server is null, "RISKNB_PG names no PostgreSQL server.");
        var csv = RegistryDatabases.Data(file);
        var sample = RegistryDatabases.Sample(files, csv, 7, "sample-" + file);
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            RegistryDatabases.LoadPostgres(connection, set + "_population", csv, delimiter);
            RegistryDatabases.LoadPostgres(connection, set + "_sample", sample, delimiter);
        }

        foreach (var (qis, subsets) in QiSets(set))
        {
            var whole = DatabaseRegistry.Measure(new DatabaseRegistryOptions
            {
                Connection = server!, Table = set + "_population", QuasiIdentifiers = qis, Subsets = subsets, Population = PopulationModel.OfSamplingFraction(0.1),
            });
            AssertSameMeasures(InMemory(csv, qis, null, subsets, PopulationModel.OfSamplingFraction(0.1)), whole);

            var withPopulation = DatabaseRegistry.Measure(new DatabaseRegistryOptions
            {
                Connection = server!, Table = "public." + set + "_sample", PopulationTable = set + "_population", QuasiIdentifiers = qis,
            });
            AssertSameMeasures(InMemory(sample, qis, csv, false, null), withPopulation);
        }
    }

    [Fact]
    public void A_password_on_the_command_line_is_refused_and_never_repeated()
    {
        var e = Assert.Throws<InvalidOptionException>(() => DatabaseRegistry.Measure(new DatabaseRegistryOptions
        {
            Connection = "Host=localhost;Database=registry;Username=me;Password=hunter2-secret", Table = "t", QuasiIdentifiers = ["sex"],
        }));
        Assert.Contains("--db", e.Message);
        Assert.Contains("PGPASSWORD", e.Message);
        Assert.DoesNotContain("hunter2", e.Message);
    }

    [Fact]
    public void A_server_that_cannot_be_reached_is_an_option_error_without_the_connection_string()
    {
        var e = Assert.Throws<InvalidOptionException>(() => DatabaseRegistry.Measure(new DatabaseRegistryOptions
        {
            Connection = $"Host={files.Folder};Port=1;Database=secretdb-name;Username=me;Timeout=2", Table = "t", QuasiIdentifiers = ["sex"],
        }));
        Assert.Contains("--db", e.Message);
        Assert.Contains("could not connect", e.Message);
        Assert.DoesNotContain("secretdb-name", e.Message);
    }

    [Fact]
    public void An_unknown_column_names_the_table_not_the_database()
    {
        var csv = RegistryDatabases.Data("adult.csv");
        var e = Assert.Throws<UnknownColumnException>(() => DatabaseRegistry.Measure(new DatabaseRegistryOptions
        {
            Connection = "duckdb", File = csv, Delimiter = ';', QuasiIdentifiers = ["sex", "postcode"],
        }));
        Assert.Contains("postcode", e.Message);
        Assert.Contains("adult.csv", e.Message);
    }

    [Fact]
    public void Missing_markers_and_padding_group_as_in_the_csv_reader()
    {
        var csv = files.Write("padded.csv", "sex,zip\nF,123\n F ,123\nNA,123\n,123\n-,9\n M,9\n");
        foreach (var missing in new[] { MissingValues.Default, new MissingValues(["-", "NA", ""]), MissingValues.None })
        {
            foreach (var trim in new[] { true, false })
            {
                var table = CsvTableReader.Load(csv, new CsvLoadOptions { MissingValues = missing, TrimWhitespace = trim });
                var expected = EquivalenceClasses.Build(table, ["sex", "zip"]).Histogram;
                var actual = DatabaseRegistry.Measure(new DatabaseRegistryOptions
                {
                    Connection = "duckdb", File = csv, Delimiter = ',', QuasiIdentifiers = ["sex", "zip"], MissingValues = missing, TrimWhitespace = trim,
                }).Histogram;
                if (missing.Markers.Count == 0)
                {
                    // DuckDB's CSV reader makes an empty cell NULL; with no markers the CSV reader keeps it as a value. Both are one class here.
                    Assert.Equal(expected.ClassCount, actual.ClassCount);
                }
                else
                {
                    Assert.Equal(expected.Entries, actual.Entries);
                }
            }
        }
    }

    private static IEnumerable<(string[] Qis, bool Subsets)> QiSets(string set) => set == "adult"
        ? [(AdultQis, true), (["sex", "age", "race"], false)]
        : [(DemoQis, false), (DemoSubsetQis, true)];

    private static ReidentificationReport InMemory(string csv, string[] qis, string? population, bool subsets, PopulationModel? model)
    {
        var options = new CsvLoadOptions { Columns = qis };
        var table = CsvTableReader.Load(csv, options);
        var populationTable = population is null ? null : CsvTableReader.Load(population, options);
        return ReidentificationAnalysis.Run(table, new ReidentificationOptions
        {
            QuasiIdentifiers = qis, PopulationTable = populationTable, AnalyzeSubsets = subsets, Population = model,
        });
    }

    private static void AssertSameMeasures(ReidentificationReport expected, ClassSizeRiskReport actual)
    {
        Assert.Equal(expected.Classes.Histogram.Entries, actual.Histogram.Entries);
        Assert.Equal(expected.Classes.RecordCount, actual.RecordCount);
        Assert.Equal(expected.Classes.ClassCount, actual.ClassCount);
        Assert.Equal(expected.Classes.Histogram.MinClassSize, actual.MinClassSize);
        AssertSame(expected.Prosecutor, actual.Prosecutor);
        AssertSame(expected.Journalist, actual.Journalist);
        Close(expected.Marketer.AverageRisk, actual.Marketer.AverageRisk);
        Close(expected.SampleUniqueness, actual.SampleUniqueness);
        Assert.Equal(expected.PopulationUniqueness.PopulationSize, actual.PopulationUniqueness.PopulationSize);
        Close(expected.PopulationUniqueness.Zayatz, actual.PopulationUniqueness.Zayatz);
        Close(expected.PopulationUniqueness.Pitman, actual.PopulationUniqueness.Pitman);
        Close(expected.PopulationUniqueness.Snb, actual.PopulationUniqueness.Snb);
        Close(expected.PopulationUniqueness.Dankar, actual.PopulationUniqueness.Dankar);
        if (expected.AttributeRisks is null)
        {
            Assert.Null(actual.AttributeRisks);
            return;
        }

        Assert.NotNull(actual.AttributeRisks);
        var byAttributes = actual.AttributeRisks.ToDictionary(a => string.Join("|", a.Attributes));
        Assert.Equal(expected.AttributeRisks.Count, byAttributes.Count);
        foreach (var risk in expected.AttributeRisks)
        {
            var other = byAttributes[string.Join("|", risk.Attributes)];
            Assert.Equal(risk.Classes, other.Classes);
            Assert.Equal(risk.SampleUniques, other.SampleUniques);
            Close(risk.Distinction, other.Distinction);
            Close(risk.Separation, other.Separation);
        }
    }

    private static void AssertSame(SampleRisk expected, SampleRisk actual)
    {
        Close(expected.HighestRisk, actual.HighestRisk);
        Close(expected.LowestRisk, actual.LowestRisk);
        Close(expected.AverageRisk, actual.AverageRisk);
        Close(expected.RecordsAtHighestRisk, actual.RecordsAtHighestRisk);
        Close(expected.RecordsAtRisk, actual.RecordsAtRisk);
    }

    private static void Close(double? expected, double? actual)
    {
        Assert.Equal(expected is null, actual is null);
        if (expected is { } e && actual is { } a)
        {
            Assert.True(Math.Abs(e - a) <= 1e-9 * Math.Max(1d, Math.Abs(e)), $"expected {e:R}, got {a:R}");
        }
    }
}
