using RiskNotebooks.Assessment;

namespace RiskNotebooks.Tests.Assessment;

public sealed class RiskCellTests
{
    /// <summary>√(harm × likelihood) rounded, for every cell (rows harm 1–4, columns likelihood 1–4).</summary>
    private static readonly int[,] Levels =
    {
        { 1, 1, 2, 2 },
        { 1, 2, 2, 3 },
        { 2, 2, 3, 3 },
        { 2, 3, 3, 4 },
    };

    [Fact]
    public void The_risk_level_of_every_cell_is_the_rounded_geometric_mean()
    {
        foreach (var cell in RiskCell.All)
        {
            Assert.Equal(Levels[(int)cell.Harm - 1, (int)cell.Likelihood - 1], (int)cell.Level);
        }
    }

    [Theory]
    [InlineData(RiskLevel.Negligible, RiskLevel.Negligible, RiskZone.Acceptable)]
    [InlineData(RiskLevel.Limited, RiskLevel.Limited, RiskZone.Acceptable)]
    [InlineData(RiskLevel.Limited, RiskLevel.Significant, RiskZone.ReduceLikelihood)]
    [InlineData(RiskLevel.Negligible, RiskLevel.Maximum, RiskZone.ReduceLikelihood)]
    [InlineData(RiskLevel.Significant, RiskLevel.Limited, RiskZone.AvoidOrReduce)]
    [InlineData(RiskLevel.Maximum, RiskLevel.Negligible, RiskZone.AvoidOrReduce)]
    [InlineData(RiskLevel.Significant, RiskLevel.Significant, RiskZone.AvoidAbsolutely)]
    [InlineData(RiskLevel.Maximum, RiskLevel.Maximum, RiskZone.AvoidAbsolutely)]
    public void Zones_follow_the_cnil_rule_high_meaning_significant_or_maximum(RiskLevel harm, RiskLevel likelihood, RiskZone zone)
    {
        var cell = new RiskCell(harm, likelihood);
        Assert.Equal(zone, cell.Zone);
        Assert.False(string.IsNullOrWhiteSpace(cell.Advice));
    }

    [Fact]
    public void The_matrix_has_sixteen_distinct_cells_and_each_zone_has_four()
    {
        Assert.Equal(16, RiskCell.All.Distinct().Count());
        Assert.All(Enum.GetValues<RiskZone>(), z => Assert.Equal(4, RiskCell.All.Count(c => c.Zone == z)));
    }

    [Fact]
    public void Cells_are_equal_when_harm_and_likelihood_are()
    {
        Assert.Equal(new RiskCell(RiskLevel.Limited, RiskLevel.Maximum), new RiskCell(RiskLevel.Limited, RiskLevel.Maximum));
        Assert.NotEqual(new RiskCell(RiskLevel.Limited, RiskLevel.Maximum), new RiskCell(RiskLevel.Maximum, RiskLevel.Limited));
    }

    [Fact]
    public void The_level_and_zone_never_fall_when_harm_or_likelihood_rises()
    {
        foreach (var cell in RiskCell.All)
        {
            foreach (var higher in RiskCell.All.Where(c => c.Harm >= cell.Harm && c.Likelihood >= cell.Likelihood))
            {
                Assert.True(higher.Level >= cell.Level);
                Assert.True(Severity(higher.Zone) >= Severity(cell.Zone));
            }
        }

        // Zones 2 and 3 are not ordered against each other; each is above 1 and below 4.
        static int Severity(RiskZone zone) => zone switch { RiskZone.Acceptable => 0, RiskZone.AvoidAbsolutely => 2, _ => 1 };
    }

    [Fact]
    public void Levels_outside_1_to_4_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RiskCell((RiskLevel)0, RiskLevel.Limited));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RiskCell(RiskLevel.Limited, (RiskLevel)5));
    }

    [Theory]
    [InlineData(RiskLevel.Negligible, "negligible", 1)]
    [InlineData(RiskLevel.Limited, "limited", 2)]
    [InlineData(RiskLevel.Significant, "significant", 3)]
    [InlineData(RiskLevel.Maximum, "maximum", 4)]
    public void Levels_have_a_name_and_a_number(RiskLevel level, string name, int number)
    {
        Assert.Equal(name, level.Name());
        Assert.Equal(number, level.Number());
        Assert.Equal(level, RiskLevels.TryParse(name.ToUpperInvariant()));
    }

    [Fact]
    public void The_pia_tools_important_is_read_as_significant()
        => Assert.Equal(RiskLevel.Significant, RiskLevels.TryParse("important"));
}
