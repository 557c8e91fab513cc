using RiskNotebooks.Data;
using RiskNotebooks.Registry.Individual;

namespace RiskNotebooks.Tests.Registry.Individual;

public sealed class IndividualRiskTests
{
    /// <summary>Benedetti-Franconi "approx", written out from the published formula.</summary>
    private static double Approx(double fk, double Fk)
    {
        if (fk == Fk)
        {
            return 1 / fk;
        }

        var p = fk / Fk;
        return fk switch
        {
            1 => p / (1 - p) * Math.Log(1 / p),
            2 => (p / (1 - p)) - (Math.Pow(p / (1 - p), 2) * Math.Log(1 / p)),
            _ => p / (fk - (1 - p)),
        };
    }

    [Fact]
    public void Francdat_individual_risk_follows_the_approximation()
    {
        var risk = IndividualRisk.Compute(SdcFixtures.Load("francdat.csv"), SdcFixtures.FrancdatKeys, "w");
        double[] fk = [2, 2, 2, 1, 1, 1, 1, 2];
        double[] Fk = [110, 84.5, 84.5, 17, 541, 8, 5, 110];
        for (var r = 0; r < 8; r++)
        {
            Assert.Equal(Approx(fk[r], Fk[r]), risk.Risk[r], 12);
        }

        Assert.Equal(Enumerable.Range(0, 8).Sum(r => Approx(fk[r], Fk[r])), risk.ExpectedReidentifications, 12);
        Assert.Equal(risk.ExpectedReidentifications / 8, risk.MeanRisk, 12);
    }

    [Fact]
    public void A_unique_with_weight_five_has_risk_by_hand()
    {
        // fk = 1, Fk = 5: p = 0.2, r = 0.25 · ln 5 = 0.4023594781...
        var table = Table.FromRows("t", ["a", "w"], [["x", "5"], ["y", "1"]]);
        var risk = IndividualRisk.Compute(table, ["a"], "w");
        Assert.Equal(0.25 * Math.Log(5), risk.Risk[0], 12);
        Assert.Equal(1d, risk.Risk[1]); // fk = Fk = 1
    }

    [Fact]
    public void Without_weights_risk_is_one_over_fk()
    {
        var risk = IndividualRisk.Compute(SdcFixtures.Load("francdat_na.csv"), SdcFixtures.FrancdatKeys);
        Tolerance.AssertClose([1 / 3d, 1 / 2d, 1 / 4d, 1 / 3d, 1 / 3d, 1 / 2d, 1 / 2d, 1 / 3d], risk.Risk.ToArray());
    }

    [Fact]
    public void Household_risk_combines_the_members()
    {
        // Two households: {0, 1} and {2}; record 3 has no household id.
        var table = Table.FromRows("t", ["a", "h"], [["x", "1"], ["y", "1"], ["y", "2"], ["z", "NA"]]);
        var risk = IndividualRisk.Compute(table, ["a"], householdColumn: "h");
        // r = 1, 1/2, 1/2, 1
        Assert.Equal(1d, risk.HouseholdRisk[0]);
        Assert.Equal(1d, risk.HouseholdRisk[1]);
        Tolerance.AssertClose(0.5, risk.HouseholdRisk[2]);
        Assert.True(double.IsNaN(risk.HouseholdRisk[3]));
        Assert.Equal(2.5, risk.HouseholdExpectedReidentifications!.Value, 12);
        Assert.Equal(3d, risk.ExpectedReidentifications, 12);
    }

    [Fact]
    public void Testdata_household_risk_is_one_minus_the_product_over_members()
    {
        var table = SdcFixtures.Load("testdata.csv");
        var risk = IndividualRisk.Compute(table, SdcFixtures.TestdataKeys, "sampling_weight", "ori_hid");
        var ids = table["ori_hid"];
        var byHousehold = Enumerable.Range(0, table.RowCount).GroupBy(r => ids.GetValue(r));
        foreach (var household in byHousehold)
        {
            var expected = 1 - household.Aggregate(1d, (acc, r) => acc * (1 - risk.Risk[r]));
            foreach (var r in household)
            {
                Assert.Equal(expected, risk.HouseholdRisk[r], 12);
            }
        }
    }

    [Fact]
    public void Testdata_risk_per_record_follows_fk_and_Fk()
    {
        var risk = IndividualRisk.Compute(SdcFixtures.Load("testdata.csv"), SdcFixtures.TestdataKeys, "sampling_weight");
        for (var r = 0; r < risk.Risk.Length; r++)
        {
            Assert.Equal(Approx(risk.Frequencies.Fk[r], risk.Frequencies.WeightedFk[r]), risk.Risk[r], 12);
            Assert.Equal(risk.Frequencies.Fk[r] * 100, risk.Frequencies.WeightedFk[r], 9); // every weight is 100
        }
    }
}
