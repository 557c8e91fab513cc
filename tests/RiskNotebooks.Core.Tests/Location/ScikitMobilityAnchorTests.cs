using System.Globalization;
using RiskNotebooks.Location;

namespace RiskNotebooks.Tests.Location;

/// <summary>
/// The anchor: per-user risks that scikit-mobility's own code computed on the bundled 50-user traces
/// (datasets/mobility/scikit-mobility/README.md says how), against ours with its compatibility switch, and the documented
/// behaviour differing only where scikit-mobility's code departs from its documentation.
/// </summary>
public sealed class ScikitMobilityAnchorTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "TestData", "mobility");

    /// <summary>The bundled 50 users, and a copy with its 6 × 6 places merged into 3 × 3, where risks below 1 are common.</summary>
    private static readonly (string Traces, string Risks)[] Sets =
    [
        ("traces_tiny50.csv", Path.Combine("scikit-mobility", "traces_tiny50-risks.csv")),
        (Path.Combine("scikit-mobility", "traces_tiny50_coarse3x3.csv"), Path.Combine("scikit-mobility", "traces_tiny50_coarse3x3-risks.csv")),
    ];

    public static TheoryData<int, string> Runs()
    {
        var data = new TheoryData<int, string>();
        for (var set = 0; set < Sets.Length; set++)
        {
            foreach (var column in Anchor(set).Columns)
            {
                data.Add(set, column);
            }
        }

        return data;
    }

    [Fact]
    public void The_anchor_is_not_trivial()
    {
        // Risks below 1 in most runs of the coarse set: agreement there means more than "everyone is unique".
        var (columns, users) = Anchor(1);
        var nontrivial = Enumerable.Range(0, columns.Length).Count(c => users.Count(u => u.Risks[c] < 1) >= 5);
        Assert.True(nontrivial >= 20, $"{nontrivial} of {columns.Length} runs have 5 or more users below risk 1");
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void Every_user_s_risk_equals_scikit_mobility_s_own_output(int set, string run)
    {
        var (columns, users) = Anchor(set);
        var traces = TraceReader.Load(Path.Combine(Folder, Sets[set].Traces));
        var column = Array.IndexOf(columns, run);
        var expected = users.ToDictionary(u => u.Uid, u => u.Risks[column]);
        var skmob = MobilityAttacks.Run(traces, Options(run, AttackCompatibility.ScikitMobility)).Risks;
        var documented = MobilityAttacks.Run(traces, Options(run, AttackCompatibility.Documented)).Risks;
        Assert.Equal(50, traces.UserCount);
        var differ = 0;
        for (var u = 0; u < traces.UserCount; u++)
        {
            var want = expected[traces.UserIds[u]];
            Assert.True(Math.Abs(skmob[u] - want) <= 1e-12, $"{run}, user {traces.UserIds[u]}: scikit-mobility {want}, ours {skmob[u]}");
            differ += Math.Abs(documented[u] - want) > 1e-12 ? 1 : 0;
        }

        // Only its two departures from its documentation change anything here.
        if (run == "home-work" || run.StartsWith("location-time-hour_", StringComparison.Ordinal))
        {
            Assert.True(differ > 0, $"{run}: the documented behaviour should differ from scikit-mobility's code");
        }
        else
        {
            Assert.Equal(0, differ);
        }
    }

    private static AttackOptions Options(string run, AttackCompatibility compatibility)
    {
        var name = run.Split('_')[0];
        var k = run.Contains("_k", StringComparison.Ordinal) ? int.Parse(run[(run.LastIndexOf('k') + 1)..], CultureInfo.InvariantCulture) : 1;
        var tolerance = 0d;
        var tIndex = name.LastIndexOf("-t", StringComparison.Ordinal);
        if (tIndex > 0 && double.TryParse(name[(tIndex + 2)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var t))
        {
            tolerance = t;
            name = name[..tIndex];
        }

        var precision = TimePrecision.Hour;
        foreach (var p in new[] { "hour", "day", "month" })
        {
            if (name.EndsWith("-" + p, StringComparison.Ordinal))
            {
                precision = AttackOptions.ParseTimePrecision(p);
                name = name[..^(p.Length + 1)];
            }
        }

        return new AttackOptions { Attack = AttackOptions.ParseAttacks(name)[0], KnowledgeLength = k, Tolerance = tolerance, TimePrecision = precision, Compatibility = compatibility };
    }

    private static (string[] Columns, List<(string Uid, double[] Risks)> Users) Anchor(int set)
    {
        var lines = File.ReadAllLines(Path.Combine(Folder, Sets[set].Risks));
        var columns = lines[0].Split(',')[1..];
        var users = lines.Skip(1).Select(l => l.Split(',')).Select(f => (f[0], f[1..].Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray())).ToList();
        return (columns, users);
    }
}
