using System.Globalization;
using RiskNotebooks.Inference;

namespace RiskNotebooks.ML.Tests;

public sealed class ReleaseInferenceTests
{
    private static readonly AttributeInferenceOptions AB = new() { QuasiIdentifiers = ["a", "b"], SensitiveAttributes = ["s"] };

    private static string F(int a, int b) => "s" + ((a + (2 * b)) % 4).ToString(CultureInfo.InvariantCulture);

    [Fact]
    public void What_holds_for_everyone_is_not_counted_as_leakage()
    {
        // The population itself has s = f(a, b): the release teaches it, and it holds for the control just as well.
        var original = GeneratedTables.Make(3_000, 21, (a, b, _) => F(a, b));
        var released = GeneratedTables.Make(3_000, 22, (a, b, _) => F(a, b));
        var control = GeneratedTables.Make(3_000, 23, (a, b, _) => F(a, b));
        var s = Assert.Single(ReleaseInference.Analyse(original, released, control, AB).Attributes);
        Assert.InRange(s.Attack, 0.99, 1.0);
        Assert.InRange(s.Control, 0.99, 1.0);
        Assert.True(s.RiskInterval.Contains(0) || Math.Abs(s.Risk) < 0.02, $"{s.Risk} [{s.RiskInterval.Low}, {s.RiskInterval.High}]");
    }

    [Fact]
    public void What_holds_only_for_the_people_in_the_release_is_leakage()
    {
        // s = f(a, b) for the original records (and the release made from them); for others s is a guess.
        var original = GeneratedTables.Make(3_000, 24, (a, b, _) => F(a, b));
        var control = GeneratedTables.Make(3_000, 25, (_, _, r) => GeneratedTables.Draw([0.25, 0.25, 0.25, 0.25], r));
        var s = Assert.Single(ReleaseInference.Analyse(original, original, control, AB).Attributes);
        Assert.InRange(s.Attack, 0.99, 1.0);
        Assert.InRange(s.Control, 0.2, 0.3);
        Assert.InRange(s.Risk, 0.95, 1.0);
        Assert.True(s.RiskInterval.Low > 0.9, $"{s.RiskInterval.Low}");
    }

    [Fact]
    public void A_numeric_attribute_that_the_release_gives_away_only_for_its_own_people_is_leakage()
    {
        // s = 10a + b (+ a little noise) for the people in the release; for the control s is unrelated to a and b.
        var original = GeneratedTables.Make(3_000, 26, (a, b, r) => ((a * 10) + b + (r.NextDouble() * 0.5)).ToString("0.00", CultureInfo.InvariantCulture));
        var control = GeneratedTables.Make(3_000, 27, (_, _, r) => (r.NextDouble() * 95).ToString("0.00", CultureInfo.InvariantCulture));
        var s = Assert.Single(ReleaseInference.Analyse(original, original, control, AB).Attributes);
        Assert.Equal(SensitiveAttributeKind.Numeric, s.Kind);
        Assert.InRange(s.Tolerance!.Value, 0.05 * 94, 0.05 * 96);
        Assert.InRange(s.Attack, 0.95, 1.0);
        Assert.InRange(s.Control, 0.02, 0.25); // a ±5% window of a uniform 0..95 value: about 10%
        Assert.True(s.Risk > 0.9 && s.RiskInterval.Low > 0.85, $"{s.Risk} [{s.RiskInterval.Low}, {s.RiskInterval.High}]");

        // When the population has the same relation, the excess over the control is close to nothing.
        var everyone = GeneratedTables.Make(3_000, 28, (a, b, r) => ((a * 10) + b + (r.NextDouble() * 0.5)).ToString("0.00", CultureInfo.InvariantCulture));
        var same = Assert.Single(ReleaseInference.Analyse(original, original, everyone, AB).Attributes);
        Assert.True(Math.Abs(same.Risk) < 0.05 || same.RiskInterval.Contains(0), $"{same.Risk}");
    }
}
