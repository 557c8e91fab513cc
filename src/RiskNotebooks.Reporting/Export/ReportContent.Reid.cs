using RiskNotebooks.Data;
using RiskNotebooks.Registry;
using RiskNotebooks.Registry.Attributes;
using static RiskNotebooks.Reporting.Export.ReportBuilder;

namespace RiskNotebooks.Reporting.Export;

/// <summary>What each result kind's Word and Markdown report holds: the card's figures as tables, heatmaps as shaded cells, under DPIA headings.</summary>
internal static partial class ReportContent
{
    /// <summary>The bands of class sizes a report shows (records in classes of each band).</summary>
    private static readonly (int From, int To)[] SizeBands = [(1, 1), (2, 2), (3, 4), (5, 9), (10, 19), (20, 49), (50, int.MaxValue)];

    internal static ReportDocument For(ReidentificationReport r, IReadOnlyList<AttributeRisk>? pairs, MinimumCellSize minimum)
    {
        var b = new ReportBuilder("Re-identification risk", "reid", r.Source, minimum);
        b.H1(ReportBuilder.Description);
        b.Paragraph($"A table of records ({b.Source}) measured for re-identification: how many records share their combination of quasi-identifiers (equivalence classes), and the risk each attacker model gives.");
        b.Figures(
        [
            ("input", b.Source),
            ("records", b.People(r.RecordCount)),
            ("quasi-identifiers", string.Join(", ", r.QuasiIdentifiers)),
            ("equivalence classes", Count(r.ClassCount)),
            ("population size (N)", Count(r.PopulationUniqueness.PopulationSize) + (r.PopulationUniqueness.IsPopulationAssumed ? " (assumed: a 1% sample)" : string.Empty)),
            ("risk threshold", Number(r.Threshold, "0.###")),
        ]);

        b.H1(ReportBuilder.Risks);
        b.Paragraph($"{Percent(r.Prosecutor.RecordsAtRisk)} of records are at risk (prosecutor risk above {Number(r.Threshold, "0.###")}); {Percent(r.SampleUniqueness)} are unique in the sample on the quasi-identifiers; the smallest class has {(r.MinClassSize >= minimum.Value ? Count(r.MinClassSize) : "fewer than " + Count(minimum.Value))} records.");
        b.Table(
            ["attacker", "highest risk", "lowest risk", "average risk", "records at highest", "records at risk"],
            [
                Attacker("prosecutor", r.Prosecutor),
                Attacker(r.HasPopulationTable ? "journalist" : "journalist (= prosecutor: no population table)", r.Journalist),
                ["marketer", string.Empty, string.Empty, Percent(r.Marketer.AverageRisk), string.Empty, string.Empty],
            ],
            "Risk by attacker model (shares of records).");

        var rows = new List<IReadOnlyList<ReportCell>>();
        foreach (var (from, to) in SizeBands)
        {
            var records = r.Histogram.Entries.Where(e => e.Key >= from && e.Key <= to).Sum(e => e.Key * e.Value);
            var band = from == to ? Count(from) : to == int.MaxValue ? $"{Count(from)} or more" : $"{Count(from)}-{Count(to)}";
            var share = r.RecordCount == 0 ? 0 : (double)records / r.RecordCount;
            rows.Add([band, b.People(records), new ReportCell(b.ShareOf(records, r.RecordCount), ShareShade(minimum.Suppresses(records) ? 0 : share))]);
        }

        b.Table(["class size", "records", "share of records"], rows, "Records by the size of their equivalence class (a class of size 1 is a unique record).");
        var f = r.IndividualRisk.Frequencies;
        b.Table(
            ["k", "records violating k-anonymity"],
            new[] { 2, 3, 5 }.Select(k => (IReadOnlyList<ReportCell>)[Count(k), b.People(f.ViolationsOfKAnonymity(k))]),
            "Records in classes smaller than k (sdcMicro's count: a missing value matches any value).");

        var u = r.PopulationUniqueness;
        b.Paragraph($"Population uniqueness (N = {Count(u.PopulationSize)}): Zayatz {Percent(u.Zayatz)}, Pitman {Percent(u.Pitman)}, SNB {Percent(u.Snb)}; Dankar's rule: {(u.DankarModel == PopulationUniquenessModel.None ? "no sample uniques, 0" : $"{u.DankarModel} {Percent(u.Dankar)}")}.");
        b.Paragraph($"Individual risk (sdcMicro): expected re-identifications {Number(r.IndividualRisk.ExpectedReidentifications, "N1")}, mean risk {Percent(r.IndividualRisk.MeanRisk)}.");

        pairs ??= r.AttributeRisks?.Where(a => a.Attributes.Count <= 2).ToArray();
        if (pairs is not null && pairs.Any(p => p.Attributes.Count == 2))
        {
            var qis = r.QuasiIdentifiers;
            var share = new Dictionary<(string, string), double>();
            foreach (var p in pairs.Where(p => p.Attributes.Count <= 2))
            {
                var a = p.Attributes[0];
                var c = p.Attributes.Count == 2 ? p.Attributes[1] : a;
                var s = r.RecordCount == 0 ? 0 : (double)p.SampleUniques / r.RecordCount;
                share[(a, c)] = s;
                share[(c, a)] = s;
            }

            b.Table(
                ["", .. qis],
                qis.Select(row => (IReadOnlyList<ReportCell>)[row, .. qis.Select(col => share.TryGetValue((row, col), out var s) ? new ReportCell(Percent(s), ShareShade(s)) : new ReportCell(string.Empty))]),
                "Heatmap: share of records unique on each pair of quasi-identifiers (the diagonal: on one alone); darker cells are the pairs an attacker would use first.");
        }

        if (r.Diversity is { } diversity)
        {
            b.Table(
                ["sensitive attribute", "distinct l (min)", "entropy l (min)", "recursive l (min)", "t-closeness (max)"],
                diversity.Attributes.Select(a => (IReadOnlyList<ReportCell>)[a.Name, Number(a.Distinct.Minimum), Number(a.Entropy.Minimum), Number(a.Recursive.Minimum), Number(a.TCloseness.Maximum, "0.000")]),
                "What a class discloses about each sensitive attribute.");
        }

        b.Chart("Records by class size");
        b.H1(ReportBuilder.Measures);
        b.Paragraph("This measurement states the risk of the data as they are. Generalising or suppressing the quasi-identifiers with the darkest cells above lowers it; weigh it with the harm and the safeguards in an assessment (risknb report ASSESSMENT) for the residual risk.");
        b.H1(ReportBuilder.Residual);
        b.Paragraph("Not assessed here: the residual risk is the assessment's (harm × likelihood with the planned controls and measures).");
        b.About(hasCharts: true);
        return b.Build();

        IReadOnlyList<ReportCell> Attacker(string name, SampleRisk s)
            => [name, Percent(s.HighestRisk), Percent(s.LowestRisk), Percent(s.AverageRisk), Percent(s.RecordsAtHighestRisk), Percent(s.RecordsAtRisk)];
    }
}
