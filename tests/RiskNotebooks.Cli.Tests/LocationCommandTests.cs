using System.Text.Json;
using RiskNotebooks.Location;

namespace RiskNotebooks.Cli.Tests;

public sealed class LocationCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Without_a_file_it_measures_the_bundled_traces()
    {
        var (code, output, error) = Cli.Run("location");
        Assert.True(code == 0, error);
        Assert.Contains("Location risk of traces_100.csv", output);
        Assert.Contains("users 100   records 20,696   places 1,240", output);
        Assert.Contains("unicity (de Montjoye et al. 2013)", output);
        Assert.Contains("top-N locations", output);
        Assert.DoesNotContain("attacks (", output);
    }

    [Fact]
    public void A_user_column_missing_from_a_headerless_file_exits_2_without_printing_the_first_record()
    {
        // Regression: the unknown-column error listed the first record (an e-mail address, a time, a place) as column names.
        const string Secret = "anna.svensson@example.se";
        var path = temp.Write("headerless.csv", $"{Secret},2023-03-06 07:00:00,59.33,18.06\n{Secret},2023-03-06 08:00:00,59.34,18.07\n");
        var (code, output, error) = Cli.Run("location", path, "--user-column", "uid");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("no column named 'uid'", error);
        Assert.Contains("4 columns", error);
        Assert.DoesNotContain(Secret, error);
        Assert.DoesNotContain("59.33", error);
    }

    [Fact]
    public void Json_has_the_documented_fields()
    {
        var path = WriteTraces();
        var (code, output, error) = Cli.Run("location", path, "--points", "1,2", "--attack", "location,home-work", "--k", "1..2", "--grid", "--grid-spatial", "raw,2km", "--grid-temporal", "hour,day", "--grid-points", "2", "--format", "json");
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("traces.csv", root.GetProperty("source").GetString());
        Assert.Equal(4, root.GetProperty("users").GetInt32());
        Assert.Equal("raw", root.GetProperty("spatial").GetString());
        Assert.Equal("hour", root.GetProperty("temporal").GetString());
        var unicity = root.GetProperty("unicity");
        Assert.Equal("sampled", unicity.GetProperty("mode").GetString());
        Assert.Equal(2, unicity.GetProperty("results").GetArrayLength());
        var first = unicity.GetProperty("results")[0];
        foreach (var field in new[] { "points", "unicity", "low", "high", "eligibleUsers", "tooShortUsers", "draws", "uniqueDraws", "exactUsers", "sampledUsers" })
        {
            Assert.True(first.TryGetProperty(field, out _), field);
        }

        Assert.Equal(2, root.GetProperty("grid").GetProperty("unicity").GetArrayLength());
        Assert.Equal(3, root.GetProperty("topLocations").GetArrayLength());
        var attacks = root.GetProperty("attacks");
        Assert.Equal(3, attacks.GetArrayLength()); // location k=1, k=2, home-work once
        Assert.Equal("home-work", attacks[2].GetProperty("attack").GetString());
        Assert.Equal(JsonValueKind.Null, attacks[2].GetProperty("k").ValueKind);
        Assert.Equal("documented", attacks[0].GetProperty("compatibility").GetString());
        Assert.True(root.GetProperty("placeContributions").TryGetProperty("top", out _));
        Assert.DoesNotContain("secret", output); // no user id in aggregate output
    }

    [Fact]
    public void Records_are_per_user_only_on_request_and_written_atomically()
    {
        var path = WriteTraces();
        var records = Path.Combine(temp.Path, "users.csv");
        var (code, output, _) = Cli.Run("location", path, "--points", "1..2", "--attack", "location-time", "--k", "1", "--top-n", "2");
        Assert.Equal(0, code);
        Assert.False(File.Exists(records));
        (code, _, var error) = Cli.Run("location", path, "--points", "1..2", "--attack", "location-time", "--k", "1", "--top-n", "2", "--records", records);
        Assert.True(code == 0, error);
        var lines = File.ReadAllLines(records);
        Assert.Equal("user,points,unique_p1,unique_p2,risk_location-time_k1_hour,top2_anonymity_set", lines[0]);
        Assert.Equal(5, lines.Length);
        Assert.StartsWith("secret-a,", lines[1]);
        Assert.StartsWith("\"'=cmd\",", lines[4]); // a user id that a spreadsheet would run is escaped (and quoted, as CsvHelper writes it)
        Assert.Empty(Directory.GetFiles(temp.Path, "*.tmp"));
    }

    [Fact]
    public void User_ids_that_differ_only_before_a_formula_stay_distinct_users_in_the_records()
    {
        // Regression: " =1+1" and "\t=1+1" became one user (trimmed on reading) and one escaped cell.
        var path = temp.Write("inject.csv", "uid,datetime,lat,lng\n\" =1+1\",2023-03-06 07:00:00,59.33,18.06\n\"\t=1+1\",2023-03-06 08:00:00,59.34,18.07\n\"=1+1\",2023-03-06 09:00:00,59.35,18.08\n\"'=1+1\",2023-03-06 10:00:00,59.36,18.09\n");
        var records = Path.Combine(temp.Path, "users.csv");
        var (code, output, error) = Cli.Run("location", path, "--records", records);
        Assert.True(code == 0, error);
        Assert.Contains("users 4", output);
        var users = File.ReadAllLines(records).Skip(1).Select(l => l[..l.LastIndexOf("1+1", StringComparison.Ordinal)]).ToList();
        Assert.Equal(4, users.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(users, u => u.StartsWith('='));
        Assert.Contains($"wrote per-user results to {records}", error);
    }

    [Fact]
    public void Compatibility_reproduces_scikit_mobilitys_home_work_numbers()
    {
        var path = temp.Write("hw.csv", """
            uid,datetime,lat,lng
            a,2023-03-06 08:00:00,45.0,9.0
            a,2023-03-06 09:00:00,45.0,9.0
            a,2023-03-06 10:00:00,45.1,9.0
            a,2023-03-06 11:00:00,45.2,9.0
            b,2023-03-06 08:00:00,45.0,9.0
            b,2023-03-06 09:00:00,45.0,9.0
            b,2023-03-06 10:00:00,45.1,9.0
            b,2023-03-06 11:00:00,45.3,9.0
            """);
        double MeanRisk(params string[] extra)
        {
            var (code, output, error) = Cli.Run(["location", path, "--points", "1", "--attack", "home-work", "--format", "json", .. extra]);
            Assert.True(code == 0, error);
            return JsonDocument.Parse(output).RootElement.GetProperty("attacks")[0].GetProperty("meanRisk").GetDouble();
        }

        Assert.Equal(0.5, MeanRisk(), 1e-12);            // home 45.0 and the tie-broken second place 45.1 are shared
        Assert.Equal(1.0, MeanRisk("--compat", "skmob")); // the two least visited: 45.1 with 45.2 or 45.3
    }

    [Theory]
    [InlineData("--spatial", "5 miles")]
    [InlineData("--temporal", "fortnight")]
    [InlineData("--points", "0")]
    [InlineData("--draws", "0")]
    [InlineData("--attack", "teleport")]
    [InlineData("--tolerance", "2")]
    [InlineData("--compat", "pandas")]
    [InlineData("--records", "/no/such/folder/users.csv")]
    [InlineData("--spatial", "0m")]
    public void Bad_options_exit_2_and_name_the_option(string option, string value)
    {
        var args = option is "--tolerance" or "--compat" ? new[] { "location", "--attack", "location", option, value } : ["location", option, value];
        var (code, _, error) = Cli.Run(args);
        Assert.Equal(2, code);
        Assert.Contains(option, error);
    }

    [Theory]
    [InlineData("--compat", "--attack", "home-work", "--compat", "skmob", "--spatial", "2km")]
    [InlineData("--records", "--records", "/no/such/folder/users.csv")]
    [InlineData("--report", "--report", "/no/such/folder/report.html")]
    public void Option_errors_come_before_the_traces_are_read(string option, params string[] args)
    {
        var (code, _, error) = Cli.Run(["location", "/no/such/traces.csv", .. args]);
        Assert.Equal(2, code);
        Assert.Contains(option, error);
        Assert.DoesNotContain("traces.csv", error);                  // the file was never opened
    }

    [Fact]
    public void Compatibility_without_an_attack_is_an_error()
    {
        var (code, _, error) = Cli.Run("location", "--compat", "skmob");
        Assert.Equal(2, code);
        Assert.Contains("--compat", error);
    }

    [Fact]
    public void Bad_input_names_the_line_and_never_the_value()
    {
        var path = temp.Write("bad.csv", "uid,datetime,lat,lng\nsecret-a,2023-03-06 08:00:00,45,9\nsecret-b,2023-13-06 08:00:00,45,9\n");
        var (code, _, error) = Cli.Run("location", path);
        Assert.Equal(2, code);
        Assert.Contains("line 3", error);
        Assert.Contains("datetime", error);
        Assert.DoesNotContain("secret", error);
        Assert.DoesNotContain("2023-13", error);

        var antennas = temp.Write("antennas.csv", "antenna_id,lat,lng\nA,45,9\n");
        var ids = temp.Write("ids.csv", "uid,datetime,antenna_id\nu,2023-03-06 08:00:00,A\nu,2023-03-06 09:00:00,Z\n");
        (code, _, error) = Cli.Run("location", ids, "--antennas", antennas);
        Assert.Equal(2, code);
        Assert.Contains("line 3", error);
        Assert.Contains("antenna table", error);
    }

    [Fact]
    public void Generated_traces_are_deterministic_and_load()
    {
        var a = Path.Combine(temp.Path, "a.csv");
        var b = Path.Combine(temp.Path, "b.csv");
        Assert.Equal(0, Cli.Run("generate", "traces", "--users", "50", "--seed", "3", "--output", a).ExitCode);
        Assert.Equal(0, Cli.Run("generate", "traces", "--users", "50", "--seed", "3", "--output", b).ExitCode);
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
        var c = Path.Combine(temp.Path, "c.csv");
        Assert.Equal(0, Cli.Run("generate", "traces", "--users", "50", "--seed", "4", "--output", c).ExitCode);
        Assert.NotEqual(File.ReadAllBytes(a), File.ReadAllBytes(c));

        var traces = TraceReader.Load(a);
        Assert.Equal(50, traces.UserCount);
        Assert.InRange(traces.RecordCount, 50 * 100, 50 * 300);
        Assert.Equal(new DateTime(2023, 3, 6), traces.Epoch);

        // The same traces in memory as in the file (places are numbered differently, so compare exact unicity).
        var memory = Synthetic.Location.SyntheticTraceGenerator.Generate(new Synthetic.Location.SyntheticTraceOptions { Users = 50, Seed = 3 });
        Assert.Equal(traces.RecordCount, memory.RecordCount);
        var exact = new UnicityOptions { Mode = UnicityMode.Exact, Points = [1, 2] };
        Assert.Equal(Unicity.Measure(traces, exact).Results.Select(r => r.Unicity), Unicity.Measure(memory, exact).Results.Select(r => r.Unicity));
        Assert.Equal(
            MobilityAttacks.Run(traces, new AttackOptions { Attack = MobilityAttack.LocationSequence, KnowledgeLength = 2 }).Risks,
            MobilityAttacks.Run(memory, new AttackOptions { Attack = MobilityAttack.LocationSequence, KnowledgeLength = 2 }).Risks);

        var ids = Path.Combine(temp.Path, "ids.csv");
        var antennas = Path.Combine(temp.Path, "antennas.csv");
        Assert.Equal(0, Cli.Run("generate", "traces", "--users", "20", "--antenna-ids", "--antennas-output", antennas, "--output", ids).ExitCode);
        var byId = TraceReader.Load(ids, new TraceLoadOptions { Antennas = AntennaTable.Load(antennas) });
        Assert.Equal(20, byId.UserCount);
        Assert.True(byId.HasCoordinates);
    }

    private string WriteTraces() => temp.Write("traces.csv", """
        uid,datetime,lat,lng
        secret-a,2023-03-06 08:00:00,45.0,9.0
        secret-a,2023-03-06 09:00:00,45.1,9.0
        secret-a,2023-03-07 08:00:00,45.0,9.0
        secret-b,2023-03-06 08:00:00,45.0,9.0
        secret-b,2023-03-06 12:00:00,45.2,9.1
        secret-c,2023-03-06 08:00:00,45.0,9.0
        secret-c,2023-03-06 09:00:00,45.1,9.0
        secret-c,2023-03-06 18:00:00,45.3,9.2
        =cmd,2023-03-08 08:00:00,45.0,9.0
        """);
}
