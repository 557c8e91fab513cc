using System.Globalization;
using RiskNotebooks.Registry;

namespace RiskNotebooks.Cli;

/// <summary>The readable summary of a <see cref="ClassSizeRiskReport"/>: the class-size measures a database computed.</summary>
internal static class ClassSizeTable
{
    internal static void Write(ClassSizeRiskReport r, string computedIn, TextWriter o)
    {
        var h = r.Histogram;
        o.WriteLine($"Re-identification risk of {r.Source} (classes counted in {computedIn}; only the class-size histogram left it)");
        o.WriteLine($"  records             {ReidTable.Count(r.RecordCount)}");
        o.WriteLine($"  quasi-identifiers   {string.Join(", ", r.QuasiIdentifiers)}");
        var average = r.ClassCount == 0 ? 0d : (double)r.RecordCount / r.ClassCount;
        o.WriteLine($"  equivalence classes {ReidTable.Count(r.ClassCount)}   smallest (k) {ReidTable.Count(r.MinClassSize)}   largest {ReidTable.Count(h.IsEmpty ? 0 : h.MaxClassSize)}   average {average.ToString("0.00", CultureInfo.InvariantCulture)}");
        o.WriteLine();
        o.WriteLine("  class size        classes      records   share of records");
        foreach (var (label, classes, records) in ReidTable.Bands(h))
        {
            o.WriteLine($"  {label,-12} {ReidTable.Count(classes),12} {ReidTable.Count(records),12}   {ReidTable.Percent(records / (double)Math.Max(1, r.RecordCount)),8}");
        }

        o.WriteLine();
        o.WriteLine($"  attacker      highest    lowest   average   at highest   at risk (> {r.Threshold.ToString("0.###", CultureInfo.InvariantCulture)})");
        ReidTable.Row(o, "prosecutor", r.Prosecutor);
        ReidTable.Row(o, r.HasPopulationTable ? "journalist" : "journalist*", r.Journalist);
        o.WriteLine($"  {"marketer",-12} {string.Empty,8} {string.Empty,9} {ReidTable.Percent(r.Marketer.AverageRisk),9}");
        if (!r.HasPopulationTable)
        {
            o.WriteLine("  * no population table (--population-table): journalist risk equals prosecutor risk.");
        }

        o.WriteLine();
        o.WriteLine($"  sample uniqueness   {ReidTable.Percent(r.SampleUniqueness)} of records are unique on the quasi-identifiers");
        var u = r.PopulationUniqueness;
        var assumed = u.IsPopulationAssumed ? " (assumed: ARX's default 1% sample; give --population or --sampling-fraction)" : string.Empty;
        o.WriteLine($"  population uniqueness, N = {ReidTable.Count(u.PopulationSize)}, f = {u.SamplingFraction.ToString("0.####", CultureInfo.InvariantCulture)}{assumed}");
        o.WriteLine($"    Zayatz {ReidTable.Estimate(u.Zayatz)}   Pitman {ReidTable.Estimate(u.Pitman)}   SNB {ReidTable.Estimate(u.Snb)}");
        o.WriteLine($"    Dankar's decision rule: {(u.DankarModel == PopulationUniquenessModel.None ? "no sample uniques, so every model gives 0" : $"{u.DankarModel}: {ReidTable.Estimate(u.Dankar)}")}");
        if (r.AttributeRisks is { } attributes)
        {
            o.WriteLine();
            o.WriteLine("  quasi-identifier subsets: distinction, separation, sample uniques (most distinguishing first, at most 10)");
            foreach (var a in attributes.OrderByDescending(a => a.Distinction).Take(10))
            {
                o.WriteLine($"    {string.Join(", ", a.Attributes),-60} {ReidTable.Percent(a.Distinction),8} {ReidTable.Percent(a.Separation),8} {ReidTable.Count(a.SampleUniques),10}");
            }
        }

        o.WriteLine();
        o.WriteLine("  individual risk, SUDA and l-diversity need the records: measure a file without --db for them.");
    }
}
