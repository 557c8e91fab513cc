using RiskNotebooks.Data;
using RiskNotebooks.Registry;

namespace RiskNotebooks.Tests.Registry;

/// <summary>Properties that must hold for any table: checked on seeded random tables.</summary>
public sealed class SampleRiskPropertyTests
{
    public static TheoryData<int> Seeds => new() { 1, 2, 3, 42, 2024 };

    private static (string[] Names, List<IReadOnlyList<string?>> Rows) RandomRows(int seed)
    {
        var random = new Random(seed);
        var rows = new List<IReadOnlyList<string?>>();
        var count = random.Next(1, 400);
        for (var i = 0; i < count; i++)
        {
            rows.Add([random.Next(3).ToString(), random.Next(5).ToString(), random.Next(4) == 0 ? null : random.Next(7).ToString()]);
        }

        return (["a", "b", "c"], rows);
    }

    private static ReidentificationReport Run(string[] names, IEnumerable<IReadOnlyList<string?>> rows)
        => ReidentificationAnalysis.Run(Table.FromRows("p", names, rows), new ReidentificationOptions { QuasiIdentifiers = names, Population = PopulationModel.OfSamplingFraction(0.05) });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Row_order_does_not_matter(int seed)
    {
        var (names, rows) = RandomRows(seed);
        var shuffled = rows.ToArray();
        new Random(seed + 1).Shuffle(shuffled);
        var a = Run(names, rows);
        var b = Run(names, shuffled);
        Assert.Equal(a.Histogram.Entries, b.Histogram.Entries);
        Assert.Equal(a.Prosecutor.AverageRisk, b.Prosecutor.AverageRisk);
        Assert.Equal(a.Prosecutor.RecordsAtRisk, b.Prosecutor.RecordsAtRisk);
        Assert.Equal(a.SampleUniqueness, b.SampleUniqueness);
        Assert.Equal(a.PopulationUniqueness.Dankar, b.PopulationUniqueness.Dankar);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Duplicating_every_row_halves_average_prosecutor_risk(int seed)
    {
        var (names, rows) = RandomRows(seed);
        var a = Run(names, rows);
        var b = Run(names, rows.Concat(rows));
        Assert.Equal(a.Prosecutor.AverageRisk / 2d, b.Prosecutor.AverageRisk, 12);
        Assert.Equal(a.Prosecutor.HighestRisk / 2d, b.Prosecutor.HighestRisk, 12);
        Assert.Equal(0d, b.SampleUniqueness);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void All_shares_lie_in_zero_one(int seed)
    {
        var (names, rows) = RandomRows(seed);
        var r = Run(names, rows);
        foreach (var share in new double?[]
        {
            r.Prosecutor.HighestRisk, r.Prosecutor.LowestRisk, r.Prosecutor.AverageRisk, r.Prosecutor.RecordsAtRisk, r.Prosecutor.RecordsAtHighestRisk,
            r.Marketer.AverageRisk, r.SampleUniqueness, r.PopulationUniqueness.Zayatz, r.PopulationUniqueness.Pitman, r.PopulationUniqueness.Snb, r.PopulationUniqueness.Dankar,
        })
        {
            if (share is { } s)
            {
                Assert.InRange(s, 0d, 1d);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Adding_a_quasi_identifier_never_lowers_sample_uniqueness(int seed)
    {
        var (names, rows) = RandomRows(seed);
        var table = Table.FromRows("p", names, rows);
        var fewer = ReidentificationAnalysis.Run(table, new ReidentificationOptions { QuasiIdentifiers = ["a", "b"] });
        var more = ReidentificationAnalysis.Run(table, new ReidentificationOptions { QuasiIdentifiers = ["a", "b", "c"] });
        Assert.True(more.SampleUniqueness >= fewer.SampleUniqueness);
        Assert.True(more.Prosecutor.AverageRisk >= fewer.Prosecutor.AverageRisk);
    }
}
