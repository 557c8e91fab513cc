using RiskNotebooks.Data;
using RiskNotebooks.Location;
using RiskNotebooks.Registry;
using RiskNotebooks.Registry.Attributes;
using RiskNotebooks.Registry.Suda;
using RiskNotebooks.Tests.Location;
using RiskNotebooks.Treatment;

namespace RiskNotebooks.Tests;

/// <summary>The long runs stop at once with a cancelled token, and report progress up to their total.</summary>
public sealed class ProgressAndCancellationTests
{
    private static readonly string[][] Flat = [["1", "*"], ["2", "*"], ["3", "*"], ["4", "*"]];

    private static Table Registry()
    {
        var random = new Random(11);
        var rows = Enumerable.Range(0, 400)
            .Select(_ => (IReadOnlyList<string?>)[.. Enumerable.Range(0, 5).Select(_ => random.Next(1, 5).ToString(System.Globalization.CultureInfo.InvariantCulture))])
            .ToList();
        return Table.FromRows("registry.csv", ["a", "b", "c", "d", "e"], rows);
    }

    private static AnonymizationSettings Settings() => new()
    {
        QuasiIdentifiers = ["a", "b", "c"],
        Hierarchies = new Dictionary<string, Hierarchy>
        {
            ["a"] = Hierarchy.FromRows("a", "a", Flat),
            ["b"] = Hierarchy.FromRows("b", "b", Flat),
            ["c"] = Hierarchy.FromRows("c", "c", Flat),
        },
        Targets = [new KAnonymity(2)],
        SuppressionLimit = 0.1,
    };

    private static TraceSet Traces100() => Traces.Random(3, 100, 12, 20, 48);

    public static TheoryData<string> Runs() => ["suda", "subsets", "reid", "unicity", "attacks", "location", "search"];

    private static void Run(string name, CancellationToken cancellationToken, IProgress<AnalysisProgress>? progress)
    {
        string[] keys = ["a", "b", "c", "d", "e"];
        switch (name)
        {
            case "suda": SudaAnalysis.Run(Registry(), keys, null, cancellationToken, progress); break;
            case "subsets": AttributeRiskAnalysis.Run(Registry(), keys, null, cancellationToken, progress); break;
            case "reid": ReidentificationAnalysis.Run(Registry(), new ReidentificationOptions { QuasiIdentifiers = keys, AnalyzeSubsets = true, Suda = new() }, cancellationToken, progress); break;
            case "unicity": Unicity.Measure(Traces100(), new UnicityOptions { Points = [1, 2, 3] }, cancellationToken, progress); break;
            case "attacks": MobilityAttacks.Run(Traces100(), [new AttackOptions { KnowledgeLength = 2 }, new AttackOptions { Attack = MobilityAttack.HomeWork }], cancellationToken, progress); break;
            case "location": LocationRiskAnalysis.Run(Traces100(), new LocationRiskOptions { Grid = true }, cancellationToken, progress); break;
            case "search": OptimalSearch.Run(Registry(), Settings(), cancellationToken, progress); break;
            default: throw new ArgumentOutOfRangeException(nameof(name));
        }
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void A_cancelled_token_stops_the_run_with_OperationCanceledException(string name)
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Run(name, cancel.Token, null));
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void Progress_rises_to_the_total_of_every_phase_and_names_no_value(string name)
    {
        var reports = new Recorder();

        Run(name, CancellationToken.None, reports);

        Assert.NotEmpty(reports.All);
        foreach (var phase in reports.All.GroupBy(r => r.Phase))
        {
            var done = phase.Select(r => r.Done).ToArray();
            Assert.True(done.Zip(done.Skip(1)).All(p => p.First <= p.Second), $"{phase.Key}: progress went back");
            Assert.Equal(phase.Last().Total, done[^1]);
            Assert.DoesNotMatch("[0-9]", phase.Key);
        }

        Assert.True(reports.All.Count <= 101 * reports.All.Select(r => r.Phase).Distinct().Count(), "at most one report per percent and phase");
    }

    [Fact]
    public void Progress_leaves_the_figures_unchanged()
    {
        string[] keys = ["a", "b", "c", "d", "e"];
        var without = AttributeRiskAnalysis.Run(Registry(), keys);
        var with = AttributeRiskAnalysis.Run(Registry(), keys, null, CancellationToken.None, new Recorder());

        Assert.Equal(without.Select(r => (r.Distinction, r.Separation, r.SampleUniques)), with.Select(r => (r.Distinction, r.Separation, r.SampleUniques)));
    }

    /// <summary>Records reports synchronously, on whatever thread makes them (unlike Progress&lt;T&gt;, which posts them).</summary>
    private sealed class Recorder : IProgress<AnalysisProgress>
    {
        private readonly Lock gate = new();

        public List<AnalysisProgress> All { get; } = [];

        public void Report(AnalysisProgress value)
        {
            lock (gate)
            {
                All.Add(value);
            }
        }
    }
}
