using System.Globalization;
using RiskNotebooks.Data;
using RiskNotebooks.Inference;

namespace RiskNotebooks.Tests.Inference;

public sealed class ReleaseLinkageTests
{
    private static AttributeInferenceOptions Options(double matchDistance = 0) => new() { QuasiIdentifiers = ["age", "sex"], SensitiveAttributes = ["dx"], MatchDistance = matchDistance };

    private static Table Make(string name, IEnumerable<(int Age, string Sex, string Dx)> rows) =>
        Table.FromRows(name, ["age", "sex", "dx"], rows.Select(r => (IReadOnlyList<string?>)[r.Age.ToString(CultureInfo.InvariantCulture), r.Sex, r.Dx]));

    [Fact]
    public void Gower_distance_scales_numbers_by_the_release_range_and_counts_categories_as_equal_or_not()
    {
        // Release ages 0..100 (range 100, 101 values: numeric). The target (30, F): to (40, F) the distance is
        // (10/100 + 0) / 2 = 0.05; to (30, M) it is (0 + 1) / 2 = 0.5. Its nearest record is (40, F), one record.
        var release = Make("release", Enumerable.Range(0, 101).Where(a => a != 30).Select(a => (a, a == 40 ? "F" : "M", a == 40 ? "X" : "Y")).Append((30, "M", "Y")));
        var target = Make("target", [(30, "F", "X")]);

        var exact = ReleaseLinkage.Measure(target, release, target, Options());
        Assert.Equal(["age"], exact.NumericQuasiIdentifiers);
        Assert.Equal(0.05, exact.MedianDistanceAttack, 12);
        Assert.Equal(0, exact.SinglingOut.Attack); // 0.05 is not a match at distance 0
        Assert.Equal(1, exact.Attributes[0].Attack); // the nearest record's X is the target's own

        var near = ReleaseLinkage.Measure(target, release, target, Options(0.05));
        Assert.Equal(1, near.SinglingOut.Attack);
    }

    [Fact]
    public void A_release_that_copies_its_records_singles_them_out_and_the_control_shows_it_is_not_the_population()
    {
        // 400 people with unique (age, sex) and a diagnosis unrelated to them; the release is the table itself; the
        // control people have other ages (no exact match) and their own diagnoses.
        var random = new Random(5);
        string Dx() => "d" + random.Next(4).ToString(CultureInfo.InvariantCulture);
        var original = Make("original", Enumerable.Range(0, 400).Select(i => (i / 2, i % 2 == 0 ? "F" : "M", Dx())).ToList());
        var control = Make("control", Enumerable.Range(0, 400).Select(i => (200 + (i / 2), i % 2 == 0 ? "F" : "M", Dx())).ToList());

        var report = ReleaseLinkage.Measure(original, original, control, Options());

        Assert.Equal(1, report.SinglingOut.Attack);
        Assert.Equal(0, report.SinglingOut.Control);
        Assert.True(report.SinglingOut.RiskLow > 0.95, $"{report.SinglingOut.RiskLow}");
        Assert.Equal(1, report.Attributes[0].Attack);
        Assert.InRange(report.Attributes[0].Control, 0.1, 0.4); // a guess among four values
        Assert.Equal(0, report.MedianDistanceAttack);
        Assert.True(report.MedianDistanceControl > 0);
    }

    [Fact]
    public void A_release_where_everyone_shares_a_pattern_singles_out_nobody_and_missing_values_carry_no_weight()
    {
        var release = Table.FromRows("release", ["age", "sex", "dx"], Enumerable.Range(0, 50).Select(_ => (IReadOnlyList<string?>)["40-49", null, "X"]));
        var original = Make("original", Enumerable.Range(0, 50).Select(i => (40 + (i % 10), "F", "X")));

        var report = ReleaseLinkage.Measure(original, release, original, Options());

        Assert.Equal(0, report.SinglingOut.Attack);
        // age differs ("40-49" is not "43") and sex is missing in the release: the distance is 1/1.
        Assert.Equal(1, report.MedianDistanceAttack);
        Assert.Equal(0, report.SinglingOut.Risk);
    }

    [Fact]
    public void Samples_at_most_the_linkage_sample_with_the_seed_and_refuses_bad_options()
    {
        var original = Make("original", Enumerable.Range(0, 300).Select(i => (i, "F", "X")));
        var a = ReleaseLinkage.Measure(original, original, original, Options() with { LinkageSample = 50 });
        var b = ReleaseLinkage.Measure(original, original, original, Options() with { LinkageSample = 50 });
        Assert.Equal(50, a.SinglingOut.AttackRecords);
        Assert.Equal(a, b with { Attributes = a.Attributes, QuasiIdentifiers = a.QuasiIdentifiers, NumericQuasiIdentifiers = a.NumericQuasiIdentifiers });
        Assert.Throws<InvalidOptionException>(() => ReleaseLinkage.Measure(original, original, original, Options(1.5)));
    }
}
