using System.Globalization;
using System.Text.Json.Nodes;
using Plotly.NET;
using Plotly.NET.CSharp;
using RiskNotebooks.Genomics;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace RiskNotebooks.Reporting.Charts;

/// <summary>Charts of genotype identifiability. Aggregates only: figures of the panel, no sample.</summary>
public static class GenomeCharts
{
    /// <summary>
    /// The probability that a person is unique in the population against the number of sites an attacker knows: with
    /// sites like the panel's average, and with its most informative sites first.
    /// </summary>
    /// <param name="report">The genotype report (needs informative sites).</param>
    /// <returns>The chart, or <see langword="null"/> when the panel has no informative site.</returns>
    public static RiskChart? UniquenessBySites(GenotypeRiskReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.MeanLog10SiteMatch is not { } mean)
        {
            return null;
        }

        var last = (int)Math.Clamp(Math.Max(2 * report.TypicalSitesForTarget!.Value, (report.FewestSitesForTarget ?? 0) + 10), 10, GenotypeRiskReport.MaximumCurve);
        var n = Enumerable.Range(1, last).ToArray();
        var typical = n.Select(k => report.ProbabilityUniqueAt(k * mean)).ToArray();
        var best = report.MostInformativeLog10Match.Take(last).Select(report.ProbabilityUniqueAt).ToArray();
        GenericChart chart = CSharpChart.Combine(
        [
            CSharpChart.Line<int, double, string>(n, typical, Name: Some("sites like the average"), LineColor: Some(Color.fromHex("#c0392b"))),
            CSharpChart.Line<int, double, string>(n.Take(best.Length), best, Name: Some("most informative sites first"), LineColor: Some(Color.fromHex("#7f8c8d")), LineDash: Some(StyleParam.DrawingStyle.Dash)),
        ]);
        var population = report.Options.Population.ToString("N0", CultureInfo.InvariantCulture);
        return new RiskChart(
            "genome-uniqueness",
            $"Unique among {population} people, by number of sites known",
            $"The probability that nobody else in a population of {population} shares a person's genotypes at n independent sites (Hardy-Weinberg, product rule), with sites like this panel's average and with its most informative sites first. Lin, Owen & Altman (2004): as few as 75 independent SNPs single a person out.",
            chart,
            "sites known to the attacker (n)",
            "probability of being unique",
            layout: l => l["yaxis"]!["range"] = new JsonArray(0, 1.02));
    }

    private static Optional<T> Some<T>(T value) => new(value, true);
}
