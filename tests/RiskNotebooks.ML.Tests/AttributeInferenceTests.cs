using System.Globalization;
using RiskNotebooks.Inference;

namespace RiskNotebooks.ML.Tests;

public sealed class AttributeInferenceTests
{
    private static readonly AttributeInferenceOptions AB = new() { QuasiIdentifiers = ["a", "b"], SensitiveAttributes = ["s"] };

    [Fact]
    public void A_deterministic_function_of_two_quasi_identifiers_is_fully_disclosed()
    {
        var table = GeneratedTables.Make(5_000, 11, (a, b, _) => "s" + ((a + (2 * b)) % 4).ToString(CultureInfo.InvariantCulture));
        var s = Assert.Single(AttributeInference.Analyse(table, AB).Attributes);
        Assert.InRange(s.Advantage, 0.99, 1.0);
        Assert.InRange(s.AdvantageInterval.High, 0.999, 1.0);
        Assert.All(s.ClassRecalls, c => Assert.InRange(c.Recall, 0.99, 1.0));
        Assert.All(s.Contributions, c => Assert.True(c.Drop > 0.2, $"{c.QuasiIdentifier} {c.Drop}"));
    }

    [Fact]
    public void An_attribute_independent_of_the_quasi_identifiers_gives_no_advantage()
    {
        var table = GeneratedTables.Make(5_000, 12, (_, _, r) => GeneratedTables.Draw([0.5, 0.3, 0.2], r));
        var s = Assert.Single(AttributeInference.Analyse(table, AB).Attributes);
        Assert.InRange(s.Advantage, -0.05, 0.05);
        Assert.True(s.AdvantageInterval.Contains(0), $"[{s.AdvantageInterval.Low}, {s.AdvantageInterval.High}]");
        Assert.InRange(s.Baseline, 0.47, 0.53);
    }

    [Fact]
    public void A_known_conditional_distribution_is_learned_to_within_0_02_of_the_Bayes_optimal_accuracy()
    {
        var table = GeneratedTables.Make(100_000, 13, (a, b, r) => GeneratedTables.Draw(GeneratedTables.Conditional(a, b), r));
        var bayes = GeneratedTables.BayesAccuracy();
        var s = Assert.Single(AttributeInference.Analyse(table, AB).Attributes);
        Assert.InRange(s.Success, bayes - 0.02, bayes + 0.02);
        Assert.True(s.SuccessInterval.Contains(bayes) || Math.Abs(s.Success - bayes) < 0.01, $"{s.Success} vs {bayes}");
    }

    [Fact]
    public void The_same_seed_gives_the_same_figures_whatever_the_thread_count()
    {
        var table = GeneratedTables.Make(4_000, 14, (a, b, r) => GeneratedTables.Draw(GeneratedTables.Conditional(a, b), r));
        var one = AttributeInference.Analyse(table, AB with { Threads = 1 }).Attributes[0];
        var again = AttributeInference.Analyse(table, AB with { Threads = 1 }).Attributes[0];
        var two = AttributeInference.Analyse(table, AB with { Threads = 2 }).Attributes[0];
        foreach (var other in new[] { again, two })
        {
            Assert.Equal(one.Success, other.Success);
            Assert.Equal(one.Baseline, other.Baseline);
            Assert.Equal(one.Contributions.Select(c => c.Drop), other.Contributions.Select(c => c.Drop));
            Assert.Equal(one.ClassRecalls.Select(c => c.Recall), other.ClassRecalls.Select(c => c.Recall));
        }

        var otherSeed = AttributeInference.Analyse(table, AB with { Seed = 2 }).Attributes[0];
        Assert.NotEqual(one.Contributions.Select(c => c.Drop), otherSeed.Contributions.Select(c => c.Drop));
    }

    [Fact]
    public void A_numeric_attribute_gets_r_squared_and_the_share_within_tolerance()
    {
        var table = GeneratedTables.Make(5_000, 15, (a, b, r) => ((a * 10) + b + r.NextDouble()).ToString("0.00", CultureInfo.InvariantCulture));
        var s = Assert.Single(AttributeInference.Analyse(table, AB).Attributes);
        Assert.Equal(SensitiveAttributeKind.Numeric, s.Kind);
        Assert.InRange(s.RSquared!.Value, 0.98, 1.0);
        Assert.InRange(s.Tolerance!.Value, 0.05 * 94, 0.05 * 96); // 5% of the range, about 0 to 95
        Assert.InRange(s.Success, 0.95, 1.0);
        Assert.InRange(s.Baseline, 0.05, 0.2);
        Assert.True(s.Contributions[0].Drop > s.Contributions[1].Drop);
        var interval = s.RSquaredInterval!.Value;
        Assert.InRange(s.RSquared.Value, interval.Low, interval.High);
        Assert.InRange(interval.High - interval.Low, 1e-6, 0.02);
    }

    [Fact]
    public void The_r_squared_interval_matches_a_bootstrap_of_the_same_pairs()
    {
        // Predictions with a known error: y = x + noise, prediction x. The delta method's standard error against the
        // spread of 2,000 bootstrap resamples of the same 4,000 pairs, computed here from the definition.
        var random = new Random(11);
        var n = 4_000;
        var y = new double[n];
        var yhat = new double[n];
        for (var i = 0; i < n; i++)
        {
            yhat[i] = random.NextDouble() * 10;
            y[i] = yhat[i] + ((random.NextDouble() - 0.5) * 6);
        }

        var mean = y.Average();
        double sumA = 0, sumB = 0, sumAA = 0, sumBB = 0, sumAB = 0;
        for (var i = 0; i < n; i++)
        {
            var a = (yhat[i] - y[i]) * (yhat[i] - y[i]);
            var b = (y[i] - mean) * (y[i] - mean);
            (sumA, sumB, sumAA, sumBB, sumAB) = (sumA + a, sumB + b, sumAA + (a * a), sumBB + (b * b), sumAB + (a * b));
        }

        var interval = AttributeInference.RSquaredInterval(n, sumA, sumB, sumAA, sumBB, sumAB, 0.95);
        var deltaSe = (interval.High - interval.Low) / (2 * 1.959964);

        var boot = new double[2_000];
        for (var b = 0; b < boot.Length; b++)
        {
            var pick = Enumerable.Range(0, n).Select(_ => random.Next(n)).ToArray();
            var m = pick.Average(i => y[i]);
            var sse = pick.Sum(i => (yhat[i] - y[i]) * (yhat[i] - y[i]));
            var sst = pick.Sum(i => (y[i] - m) * (y[i] - m));
            boot[b] = 1 - (sse / sst);
        }

        var bootMean = boot.Average();
        var bootSe = Math.Sqrt(boot.Sum(v => (v - bootMean) * (v - bootMean)) / (boot.Length - 1));
        Assert.InRange(deltaSe / bootSe, 0.9, 1.1);
        Assert.InRange(1 - (sumA / sumB), interval.Low, interval.High);
    }

    [Fact]
    public void Values_of_fewer_than_5_records_are_counted_not_named()
    {
        var table = GeneratedTables.Make(2_000, 16, (a, b, r) => r.Next(500) == 0 ? "rare-secret" : GeneratedTables.Draw([0.6, 0.4], r));
        var s = Assert.Single(AttributeInference.Analyse(table, AB).Attributes);
        Assert.Equal(1, s.SmallClassCount);
        Assert.InRange(s.SmallClassRecords, 1, 4);
        Assert.DoesNotContain(s.ClassRecalls, c => c.Value == "rare-secret");
        Assert.Equal(["s0", "s1"], s.ClassRecalls.Select(c => c.Value));
    }

    [Fact]
    public void A_sensitive_attribute_that_is_also_a_quasi_identifier_is_refused_by_name()
    {
        var table = GeneratedTables.Make(100, 17, (_, _, _) => "x");
        var error = Assert.Throws<InvalidOptionException>(() => AttributeInference.Analyse(table, AB with { SensitiveAttributes = ["b"] }));
        Assert.Contains("'b' is also a quasi-identifier", error.Message);
    }

    [Fact]
    public void Constant_and_identifier_like_columns_are_named_in_warnings_without_values()
    {
        var table = GeneratedTables.Make(
            500,
            18,
            (_, _, _) => "same-diagnosis",
            ("id", (i, _, _) => "person-" + i.ToString(CultureInfo.InvariantCulture)),
            ("constant", (_, _, _) => "all-alike"),
            ("t", (_, a, r) => a < 5 ? "yes" : "no"));
        var report = AttributeInference.Analyse(table, new AttributeInferenceOptions { QuasiIdentifiers = ["a", "b", "id", "constant"], SensitiveAttributes = ["s", "t"] });
        Assert.Equal(["a", "b"], report.QuasiIdentifiersUsed);
        Assert.Contains(report.Warnings, w => w.StartsWith("Quasi-identifier 'id' has a different value in every record", StringComparison.Ordinal));
        Assert.Contains(report.Warnings, w => w.StartsWith("Quasi-identifier 'constant' has one value", StringComparison.Ordinal));
        Assert.Contains(report.Warnings, w => w.StartsWith("Sensitive attribute 's' has one value", StringComparison.Ordinal));
        Assert.All(report.Warnings, w => Assert.DoesNotContain("person-", w));
        Assert.All(report.Warnings, w => Assert.DoesNotContain("all-alike", w));
        Assert.All(report.Warnings, w => Assert.DoesNotContain("same-diagnosis", w));
        Assert.Equal("t", Assert.Single(report.Attributes).Name);
        Assert.InRange(report.Attributes[0].Advantage, 0.99, 1.0);
    }

    [Fact]
    public void A_column_the_table_lacks_fails_with_the_loaders_message()
    {
        var table = GeneratedTables.Make(50, 19, (_, _, _) => "x");
        var error = Assert.Throws<UnknownColumnException>(() => AttributeInference.Analyse(table, AB with { SensitiveAttributes = ["diagnosis"] }));
        Assert.StartsWith("generated: no column named 'diagnosis'.", error.Message);
    }
}
