using System.Text.Json;

namespace RiskNotebooks.Cli.Tests;

public sealed class ReidCommandTests : IDisposable
{
    private const string Secret = "19121212-1212";
    private static readonly string Adult = Path.Combine(AppContext.BaseDirectory, "TestData", "adult.csv");
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Without_a_file_it_measures_the_bundled_demo_registry()
    {
        var (code, output, error) = Cli.Run("reid");
        Assert.True(code == 0, error);
        Assert.Contains("Re-identification risk of demo-registry.csv", output);
        Assert.Contains("birth_date, sex, postcode", output);
        Assert.Contains("prosecutor", output);
        Assert.Contains("Dankar's decision rule", output);
    }

    [Fact]
    public void Json_output_has_the_documented_fields_with_hand_computed_values()
    {
        // Classes on (a, b): (x,1)×3, (y,1)×1, (y,2)×2, (z,3)×1.
        var path = temp.Write("small.csv", "a,b\nx,1\nx,1\ny,2\nx,1\ny,1\ny,2\nz,3\n");
        var (code, output, error) = Cli.Run("reid", path, "--qi", "a,b", "--format", "json", "--threshold", "0.4");
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(7, root.GetProperty("records").GetInt32());
        Assert.Equal(["a", "b"], root.GetProperty("quasiIdentifiers").EnumerateArray().Select(e => e.GetString()!));
        Assert.Equal(4, root.GetProperty("classes").GetInt32());
        Assert.Equal(1, root.GetProperty("minClassSize").GetInt32());
        Assert.Equal(3, root.GetProperty("maxClassSize").GetInt32());
        var prosecutor = root.GetProperty("prosecutor");
        Assert.Equal(1d, prosecutor.GetProperty("highestRisk").GetDouble());
        Assert.Equal(1d / 3d, prosecutor.GetProperty("lowestRisk").GetDouble(), 12);
        Assert.Equal(4d / 7d, prosecutor.GetProperty("averageRisk").GetDouble(), 12);
        Assert.Equal(2d / 7d, prosecutor.GetProperty("recordsAtHighestRisk").GetDouble(), 12);
        Assert.Equal(4d / 7d, prosecutor.GetProperty("recordsAtRisk").GetDouble(), 12);
        Assert.Equal(4d / 7d, root.GetProperty("journalist").GetProperty("averageRisk").GetDouble(), 12);
        Assert.Equal(4d / 7d, root.GetProperty("marketer").GetProperty("averageRisk").GetDouble(), 12);
        Assert.Equal(2d / 7d, root.GetProperty("sampleUniqueness").GetDouble(), 12);
        var population = root.GetProperty("populationUniqueness");
        Assert.Equal(700, population.GetProperty("populationSize").GetInt64());
        foreach (var name in new[] { "zayatz", "pitman", "snb", "dankar" })
        {
            var value = population.GetProperty(name);
            Assert.True(value.ValueKind == JsonValueKind.Null || value.GetDouble() is >= 0 and <= 1, name);
        }

        Assert.Contains(population.GetProperty("dankarModel").GetString(), new[] { "pitman", "zayatz", "snb" });
    }

    [Fact]
    public void Adult_with_a_tenth_sampled_matches_arx()
    {
        var (code, output, error) = Cli.Run("reid", Adult, "--qi", "sex,age,race,marital-status,education,native-country,workclass,occupation,salary-class", "--sampling-fraction", "0.1", "--format", "json");
        Assert.True(code == 0, error);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(0.6465751607983555, root.GetProperty("prosecutor").GetProperty("averageRisk").GetDouble(), 1e-12);
        Assert.Equal("pitman", root.GetProperty("populationUniqueness").GetProperty("dankarModel").GetString());
        Assert.Equal(0.27684993883653597, root.GetProperty("populationUniqueness").GetProperty("dankar").GetDouble(), 1e-4 * 0.2768);
        Assert.Equal(301620, root.GetProperty("populationUniqueness").GetProperty("populationSize").GetInt64());
    }

    [Fact]
    public void A_population_size_sets_n_over_n()
    {
        var (code, output, error) = Cli.Run("reid", Adult, "--qi", "sex,age", "--population", "1000000", "--format", "json");
        Assert.True(code == 0, error);
        var population = JsonDocument.Parse(output).RootElement.GetProperty("populationUniqueness");
        Assert.Equal(1_000_000, population.GetProperty("populationSize").GetInt64());
        Assert.False(population.GetProperty("populationAssumed").GetBoolean());
    }

    [Fact]
    public void Delimiter_and_missing_options_are_used()
    {
        var path = temp.Write("semi.csv", "a;b\n-;1\n-;1\nx;2\n");
        var (code, output, error) = Cli.Run("reid", path, "--qi", "a,b", "--delimiter", ";", "--missing", "-", "--format", "json");
        Assert.True(code == 0, error);
        Assert.Equal(2, JsonDocument.Parse(output).RootElement.GetProperty("classes").GetInt32());
    }

    [Fact]
    public void A_user_file_needs_quasi_identifiers()
    {
        var path = temp.Write("f.csv", "a,b\n1,2\n");
        var (code, _, error) = Cli.Run("reid", path);
        Assert.Equal(2, code);
        Assert.Contains("--qi", error);
    }

    [Fact]
    public void An_unknown_column_exits_2_and_lists_the_columns()
    {
        var path = temp.Write("f.csv", "a,b\n1,2\n");
        var (code, output, error) = Cli.Run("reid", path, "--qi", "a,zip");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("no column named 'zip'", error);
        Assert.Contains("a, b", error);
    }

    [Fact]
    public void An_unknown_column_of_a_headerless_file_exits_2_without_printing_the_first_record()
    {
        // Regression: "Columns: 1, M, <name> <personnummer>" on stderr.
        var path = temp.Write("headerless.csv", $"1,M,Anna Svensson,{Secret}\n2,F,Karl Berg,{Secret}\n");
        var (code, _, error) = Cli.Run("reid", path, "--qi", "sex");
        Assert.Equal(2, code);
        Assert.Contains("no column named 'sex'", error);
        Assert.Contains("4 columns", error);
        Assert.DoesNotContain(Secret, error);
        Assert.DoesNotContain("Anna", error);
    }

    [Fact]
    public void A_wrong_delimiter_is_named_in_the_unknown_column_error()
    {
        // Regression: a semicolon file read with --delimiter , gave only "no column named 'sex'".
        var path = temp.Write("semi.csv", "age;sex\n40;F\n");
        var (code, _, error) = Cli.Run("reid", path, "--qi", "sex", "--delimiter", ",");
        Assert.Equal(2, code);
        Assert.Contains("no column named 'sex'", error);
        Assert.Contains("delimiter ','", error);
    }

    [Fact]
    public void Forty_quasi_identifiers_are_measured_not_refused_with_at_most_30_keys()
    {
        // Regression: any reid with 32 or more quasi-identifiers exited 2 ("at most 30 keys"), a 32-bit shift in fk.
        var names = Enumerable.Range(1, 40).Select(q => $"q{q}").ToArray();
        var rows = Enumerable.Range(0, 6).Select(r => string.Join(',', names.Select((_, q) => q == 39 ? (r % 2).ToString() : q == 35 && r == 0 ? "" : "c")));
        var path = temp.Write("wide.csv", string.Join(',', names) + "\n" + string.Join("\n", rows) + "\n");
        var (code, output, error) = Cli.Run("reid", path, "--qi", string.Join(',', names), "--format", "json", "--records", Path.Combine(temp.Path, "records.csv"));
        Assert.True(code == 0, error);
        Assert.DoesNotContain("at most", error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(40, json.RootElement.GetProperty("quasiIdentifiers").GetArrayLength());
    }

    [Theory]
    [InlineData("--suda", "at most 31")]
    [InlineData("--subsets", "at most 62")]
    public void The_true_limits_of_subset_measures_are_stated(string option, string limit)
    {
        var names = Enumerable.Range(1, option == "--suda" ? 32 : 63).Select(q => $"q{q}").ToArray();
        var path = temp.Write("wide.csv", string.Join(',', names) + "\n" + string.Join(',', names.Select(_ => "c")) + "\n");
        var (code, _, error) = Cli.Run("reid", path, "--qi", string.Join(',', names), option);
        Assert.Equal(2, code);
        Assert.Contains(option, error);
        Assert.Contains(limit, error);
    }

    [Fact]
    public void A_ragged_file_exits_2_naming_line_and_column_without_values()
    {
        var path = temp.Write("ragged.csv", $"pnr,sex\n{Secret},F\n{Secret}\n");
        var (code, _, error) = Cli.Run("reid", path, "--qi", "pnr,sex");
        Assert.Equal(2, code);
        Assert.Contains("line 3", error);
        Assert.Contains("column 2", error);
        Assert.DoesNotContain(Secret, error);
    }

    [Fact]
    public void A_file_without_records_exits_2()
    {
        var (code, _, error) = Cli.Run("reid", temp.Write("header.csv", "a,b\n"), "--qi", "a");
        Assert.Equal(2, code);
        Assert.Contains("no records", error);
    }

    [Fact]
    public void A_folder_instead_of_a_file_exits_2()
    {
        var (code, _, error) = Cli.Run("reid", temp.Path, "--qi", "a");
        Assert.Equal(2, code);
        Assert.Contains("cannot be read", error);
    }

    [Fact]
    public void A_missing_file_exits_2()
    {
        var (code, _, error) = Cli.Run("reid", Path.Combine(temp.Path, "nope.csv"), "--qi", "a");
        Assert.Equal(2, code);
        Assert.Contains("does not exist", error);
    }

    [Theory]
    [InlineData("--population", "1000", "--sampling-fraction", "0.1")]
    [InlineData("--sampling-fraction", "1.5")]
    [InlineData("--sampling-fraction", "0")]
    [InlineData("--population", "-3")]
    [InlineData("--threshold", "2")]
    [InlineData("--threshold", "abc")]
    [InlineData("--format", "xml")]
    [InlineData("--delimiter", "ab")]
    [InlineData("--no-such-option")]
    public void Bad_options_exit_2_with_a_message(params string[] options)
    {
        var path = temp.Write("f.csv", "a,b\n1,2\n");
        var (code, _, error) = Cli.Run(["reid", path, "--qi", "a", .. options]);
        Assert.Equal(2, code);
        Assert.StartsWith("risknb:", error);
    }

    [Fact]
    public void A_percentage_and_an_exponent_are_accepted_as_numbers()
    {
        // Regression: "--sampling-fraction 1%" and "--population 1e6" printed ".NET type 'System.Nullable`1[System.Double]'".
        var path = temp.Write("f.csv", "a\n1\n2\n3\n4\n");
        var percent = Cli.Run("reid", path, "--qi", "a", "--sampling-fraction", "1%", "--format", "json");
        var fraction = Cli.Run("reid", path, "--qi", "a", "--sampling-fraction", "0.01", "--format", "json");
        Assert.True(percent.ExitCode == 0, percent.Error);
        Assert.Equal(fraction.Output, percent.Output);
        var exponent = Cli.Run("reid", path, "--qi", "a", "--population", "1e6", "--format", "json");
        Assert.True(exponent.ExitCode == 0, exponent.Error);
        using var json = JsonDocument.Parse(exponent.Output);
        Assert.Equal(1_000_000, json.RootElement.GetProperty("populationUniqueness").GetProperty("populationSize").GetInt64());
    }

    [Theory]
    [InlineData("--sampling-fraction", "one percent")]
    [InlineData("--population", "1.5e6x")]
    [InlineData("--population", "2.5")]
    [InlineData("--threshold", "abc")]
    public void A_value_that_is_not_a_number_names_the_option_and_the_expected_form(string option, string value)
    {
        var path = temp.Write("f.csv", "a\n1\n2\n");
        var (code, _, error) = Cli.Run("reid", path, "--qi", "a", option, value);
        Assert.Equal(2, code);
        Assert.StartsWith($"risknb: {option}: '{value}' is not a", error);
        Assert.DoesNotContain("System.", error);
        Assert.DoesNotContain(".NET", error);
    }

    [Fact]
    public void The_report_and_record_files_written_are_named_on_stderr()
    {
        // Regression: the CLI did not say where it wrote a report.
        var path = temp.Write("f.csv", "a,b\n1,2\n1,3\n");
        var report = Path.Combine(temp.Path, "r.html");
        var records = Path.Combine(temp.Path, "r.csv");
        var (code, _, error) = Cli.Run("reid", path, "--qi", "a,b", "--report", report, "--records", records);
        Assert.True(code == 0, error);
        Assert.Contains($"risknb: wrote the report to {report}", error);
        Assert.Contains($"risknb: wrote record-level risks to {records}", error);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("help", "reid")]
    public void Help_as_a_command_prints_the_usage_without_errors(params string[] args)
    {
        // Regression: "risknb help" printed two errors.
        var (code, output, error) = Cli.Run(args);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("Usage:", output);
        Assert.Contains(args.Length == 1 ? "reid" : "--qi", output);
    }

    [Fact]
    public void A_population_smaller_than_the_sample_exits_2()
    {
        var path = temp.Write("f.csv", "a\n1\n2\n3\n");
        var (code, _, error) = Cli.Run("reid", path, "--qi", "a", "--population", "2");
        Assert.Equal(2, code);
        Assert.Contains("--population", error);
    }

    [Fact]
    public void A_population_table_gives_journalist_risk()
    {
        var sample = temp.Write("s.csv", "a\nA\nB\nB\n");
        var population = temp.Write("p.csv", "a\n" + string.Concat(Enumerable.Repeat("A\n", 4)) + string.Concat(Enumerable.Repeat("B\n", 10)));
        var (code, output, error) = Cli.Run("reid", sample, "--qi", "a", "--population-table", population, "--format", "json");
        Assert.True(code == 0, error);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(0.25, root.GetProperty("journalist").GetProperty("highestRisk").GetDouble(), 12);
        Assert.Equal(1d, root.GetProperty("prosecutor").GetProperty("highestRisk").GetDouble(), 12);
    }
}
