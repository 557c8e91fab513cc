using System.Globalization;
using RiskNotebooks.Registry;

namespace RiskNotebooks.Cli;

/// <summary>The readable summary of a <see cref="ReidentificationReport"/>: aggregates only.</summary>
internal static class ReidTable
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    internal static void Write(ReidentificationReport r, TextWriter o)
    {
        o.WriteLine($"Re-identification risk of {Path.GetFileName(r.Source)}");
        o.WriteLine($"  records             {Count(r.RecordCount)}");
        o.WriteLine($"  quasi-identifiers   {string.Join(", ", r.QuasiIdentifiers)}");
        o.WriteLine($"  equivalence classes {Count(r.ClassCount)}   smallest (k) {Count(r.MinClassSize)}   largest {Count(r.MaxClassSize)}   average {r.AverageClassSize.ToString("0.00", Invariant)}");
        o.WriteLine();
        o.WriteLine("  class size        classes      records   share of records");
        foreach (var (label, classes, records) in Bands(r.Histogram))
        {
            o.WriteLine($"  {label,-12} {Count(classes),12} {Count(records),12}   {Percent(records / (double)Math.Max(1, r.RecordCount)),8}");
        }

        o.WriteLine();
        o.WriteLine($"  attacker      highest    lowest   average   at highest   at risk (> {r.Threshold.ToString("0.###", Invariant)})");
        Row(o, "prosecutor", r.Prosecutor);
        Row(o, r.HasPopulationTable ? "journalist" : "journalist*", r.Journalist);
        o.WriteLine($"  {"marketer",-12} {string.Empty,8} {string.Empty,9} {Percent(r.Marketer.AverageRisk),9}");
        if (!r.HasPopulationTable)
        {
            o.WriteLine("  * no population table (--population-table): journalist risk equals prosecutor risk.");
        }

        o.WriteLine();
        o.WriteLine($"  sample uniqueness   {Percent(r.SampleUniqueness)} of records are unique on the quasi-identifiers");
        var u = r.PopulationUniqueness;
        var assumed = u.IsPopulationAssumed ? " (assumed: ARX's default 1% sample; give --population or --sampling-fraction)" : string.Empty;
        o.WriteLine($"  population uniqueness, N = {Count(u.PopulationSize)}, f = {u.SamplingFraction.ToString("0.####", Invariant)}{assumed}");
        o.WriteLine($"    Zayatz {Estimate(u.Zayatz)}   Pitman {Estimate(u.Pitman)}   SNB {Estimate(u.Snb)}");
        var chosen = u.DankarModel == PopulationUniquenessModel.None
            ? "no sample uniques, so every model gives 0"
            : $"{u.DankarModel}: {Estimate(u.Dankar)}";
        o.WriteLine($"    Dankar's decision rule: {chosen}");

        var ir = r.IndividualRisk;
        var f = ir.Frequencies;
        o.WriteLine();
        var basis = f.HasWeights ? "with sampling weights (Benedetti-Franconi approximation)" : "without weights: 1/fk";
        o.WriteLine($"  individual risk (sdcMicro), {basis}; missing keys match as wildcards, alpha = {f.Alpha.ToString("0.###", Invariant)}");
        o.WriteLine($"    expected re-identifications {ir.ExpectedReidentifications.ToString("N2", Invariant)}   mean risk {Percent(ir.MeanRisk)}");
        if (ir.HouseholdExpectedReidentifications is { } household)
        {
            o.WriteLine($"    household risk: expected re-identifications {household.ToString("N2", Invariant)}   mean {Percent(ir.HouseholdMeanRisk!.Value)}");
        }

        o.WriteLine($"    records violating 2-anonymity {Count(f.ViolationsOfKAnonymity(2))}, 3-anonymity {Count(f.ViolationsOfKAnonymity(3))}, 5-anonymity {Count(f.ViolationsOfKAnonymity(5))}");

        if (r.Diversity is { } diversity)
        {
            o.WriteLine();
            o.WriteLine($"  sensitive attributes (l-diversity: smallest over classes / average; t-closeness: largest / average)");
            foreach (var a in diversity.Attributes)
            {
                var c = a.RecursiveC.ToString("0.###", Invariant);
                o.WriteLine($"    {a.Name}: distinct l {LValue(a.Distinct.Minimum)} / {LValue(a.Distinct.Average)}   entropy l {LValue(a.Entropy.Minimum)} / {LValue(a.Entropy.Average)}   recursive ({c},l) {LValue(a.Recursive.Minimum)}");
                o.WriteLine($"      records in classes with distinct l < {a.Distinct.RequiredL}: {Percent(a.Distinct.ShareBelowRequiredL)}   t-closeness ({a.TCloseness.GroundDistance.ToString().ToLowerInvariant()} distance) {a.TCloseness.Maximum.ToString("0.000", Invariant)} / {a.TCloseness.Average.ToString("0.000", Invariant)}");
            }
        }

        if (r.Suda is { } suda)
        {
            o.WriteLine();
            o.WriteLine($"  SUDA (sdcMicro's suda2, DIS fraction {suda.Options.DisFraction.ToString("0.####", Invariant)}): {Count(suda.ScoredRecordCount)} records have minimal sample uniques ({Count(suda.MsuCount)} MSUs; by size {string.Join(", ", suda.MsuCountsBySize.Select(c => Count(c)))})");
            o.WriteLine($"    contribution to the total score: {string.Join(", ", suda.Contributions.OrderByDescending(c => c.Percent).Select(c => $"{c.Key} {c.Percent.ToString("0.0", Invariant)}%"))}");
            o.WriteLine($"    DIS-SUDA scores: {string.Join(", ", suda.DisBands.Select(b => $"{b.Interval}: {Count(b.RecordCount)}"))}");
        }

        if (r.AttributeRisks is { } risks)
        {
            const int Shown = 25;
            o.WriteLine();
            var ordered = risks.Count <= Shown ? risks : risks.OrderByDescending(a => a.SampleUniques).ThenBy(a => a.Attributes.Count).Take(Shown).ToList();
            o.WriteLine(risks.Count <= Shown
                ? $"  quasi-identifier combinations ({risks.Count})"
                : $"  quasi-identifier combinations: the {Shown} with the most sample uniques of {risks.Count} (all of them with --format json)");
            o.WriteLine("    distinction  separation   uniques  attributes");
            foreach (var a in ordered)
            {
                o.WriteLine($"    {Percent(a.Distinction),11} {Percent(a.Separation),11} {Count(a.SampleUniques),9}  {string.Join(", ", a.Attributes)}");
            }
        }
    }

    internal static void Row(TextWriter o, string name, SampleRisk s)
        => o.WriteLine($"  {name,-12} {Percent(s.HighestRisk),8} {Percent(s.LowestRisk),9} {Percent(s.AverageRisk),9} {Percent(s.RecordsAtHighestRisk),12} {Percent(s.RecordsAtRisk),12}");

    internal static IEnumerable<(string Label, long Classes, long Records)> Bands(ClassSizeHistogram h)
    {
        (int Low, int High, string Label)[] bands = [(1, 1, "1 (unique)"), (2, 2, "2"), (3, 4, "3-4"), (5, 9, "5-9"), (10, 19, "10-19"), (20, 99, "20-99"), (100, int.MaxValue, "100+")];
        foreach (var (low, high, label) in bands)
        {
            long classes = 0, records = 0;
            for (var i = 0; i < h.Sizes.Count; i++)
            {
                if (h.Sizes[i] >= low && h.Sizes[i] <= high)
                {
                    classes += h.Counts[i];
                    records += h.Counts[i] * h.Sizes[i];
                }
            }

            yield return (label, classes, records);
        }
    }

    private static string LValue(double l) => l.ToString("0.##", Invariant);

    internal static string Estimate(double? share) => share is { } s ? Percent(s) : "did not converge";

    internal static string Count(long value) => value.ToString("N0", Invariant);

    internal static string Percent(double share) => share.ToString("0.00%", Invariant);
}
