using BenchmarkDotNet.Attributes;
using RiskNotebooks.Data;
using RiskNotebooks.Synthetic.Registry;
using RiskNotebooks.Registry;
using RiskNotebooks.Registry.Attributes;
using RiskNotebooks.Reporting.Charts;
using RiskNotebooks.Reporting.Html;

namespace RiskNotebooks.Benchmarks;

/// <summary>
/// What the notebook's magic commands do on a loaded 1,000,000-row registry: #!reid (all measures, the card, the class chart
/// and the QI-pair heatmap) and the chart of all subsets of 8 quasi-identifiers. Targets: a magic command within 1 s after
/// load; charts for 8 QIs within 0.5 s.
/// </summary>
[MemoryDiagnoser]
public class NotebookBenchmarks
{
    private static readonly string[] EightQuasiIdentifiers = ["birth_date", "sex", "postcode", "municipality", "county", "country_of_birth", "education", "admission_date"];
    private Table table = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(Path.GetTempPath(), "risknb-bench-registry-1000000.csv");
        if (!File.Exists(path))
        {
            using var writer = new StreamWriter(path);
            SyntheticRegistryGenerator.Write(writer, 1_000_000, 20240101);
        }

        table = CsvTableReader.Load(path);
    }

    /// <summary>#!reid with three quasi-identifiers: measures, card, class chart, pair heatmap.</summary>
    [Benchmark]
    public int ReidMagic()
    {
        string[] qis = ["sex", "county", "education"];
        var report = ReidentificationAnalysis.Run(table, new ReidentificationOptions { QuasiIdentifiers = qis, WeightColumn = "weight", SensitiveAttributes = ["diagnosis"] });
        var html = ReidentificationCard.ToHtml(report).Length;
        html += RiskCharts.Classes(report.Histogram, report.Threshold).ToHtmlFragment().Length;
        var pairs = AttributeRiskAnalysis.Run(table, qis, 2);
        return html + RiskCharts.QuasiIdentifierPairs(pairs, qis, table.RowCount).ToHtmlFragment().Length;
    }

    /// <summary>The pair heatmap of 8 quasi-identifiers.</summary>
    [Benchmark]
    public int PairHeatmapOf8() => RiskCharts.QuasiIdentifierPairs(AttributeRiskAnalysis.Run(table, EightQuasiIdentifiers, 2), EightQuasiIdentifiers, table.RowCount).ToHtmlFragment().Length;

    /// <summary>The subset heatmap of all 255 subsets of 8 quasi-identifiers.</summary>
    [Benchmark]
    public int SubsetHeatmapOf8() => RiskCharts.Subsets(AttributeRiskAnalysis.Run(table, EightQuasiIdentifiers)).ToHtmlFragment().Length;
}
