using Plotly.NET;
using Plotly.NET.CSharp;
using RiskNotebooks.ML;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace RiskNotebooks.Reporting.Charts;

/// <summary>Heatmaps of attribute inference. Aggregates only: no record; values of fewer than 5 records are not named.</summary>
public static class InferenceCharts
{
    /// <summary>Quasi-identifiers × sensitive attributes: how much the attack loses when a quasi-identifier is shuffled.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The chart, or <see langword="null"/> without a measured attribute.</returns>
    public static RiskChart? Contributions(AttributeInferenceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Attributes.Count == 0)
        {
            return null;
        }

        var qis = report.QuasiIdentifiersUsed;
        var z = report.Attributes.Select(a => a.Contributions.Select(c => Math.Max(0, c.Drop)).ToArray()).ToArray();
        GenericChart chart = CSharpChart.Heatmap<double, string, string, string>(
            zData: z,
            X: new Optional<IEnumerable<string>>(qis, true),
            Y: new Optional<IEnumerable<string>>(report.Attributes.Select(a => a.Name), true),
            ColorScale: new Optional<StyleParam.Colorscale>(StyleParam.Colorscale.NewCustom(Scale()), true),
            ReverseYAxis: new Optional<bool>(true, true));
        return new RiskChart(
            "infer-contributions",
            "What each quasi-identifier contributes to the attack",
            "Permutation importance: the drop in the attack's accuracy (R² for a numeric attribute) when one quasi-identifier's values are shuffled among held-out records. Dark cells are the quasi-identifiers to generalise or suppress first.",
            chart,
            adjust: figure => Cells(figure, "%{y} from %{x}: accuracy drops by %{z:.3f}<extra></extra>", "%{z:.2f}", 1));
    }

    /// <summary>Sensitive attributes × values: the share of records with each value that the attack recovers (recall).</summary>
    /// <param name="report">The report.</param>
    /// <returns>The chart, or <see langword="null"/> without a categorical attribute.</returns>
    public static RiskChart? Recall(AttributeInferenceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var attributes = report.Attributes.Where(a => a.Kind == SensitiveAttributeKind.Categorical && a.ClassRecalls.Count > 0).ToList();
        if (attributes.Count == 0)
        {
            return null;
        }

        // Columns are ranks (most common value first); the hover names the value, which has at least 5 records.
        const int Shown = 20;
        var width = Math.Min(Shown, attributes.Max(a => a.ClassRecalls.Count));
        var z = attributes.Select(a => Enumerable.Range(0, width).Select(i => i < a.ClassRecalls.Count ? a.ClassRecalls[i].Recall : double.NaN).ToArray()).ToArray();
        var text = attributes.Select(a => Enumerable.Range(0, width).Select(i => i < a.ClassRecalls.Count ? $"{a.ClassRecalls[i].Value} ({a.ClassRecalls[i].Records:N0} records)" : string.Empty).ToArray()).ToArray();
        GenericChart chart = CSharpChart.Heatmap<double, string, string, string>(
            zData: z,
            X: new Optional<IEnumerable<string>>(Enumerable.Range(1, width).Select(i => i == 1 ? "most common" : $"#{i}"), true),
            Y: new Optional<IEnumerable<string>>(attributes.Select(a => a.Name), true),
            ColorScale: new Optional<StyleParam.Colorscale>(StyleParam.Colorscale.NewCustom(Scale()), true),
            ReverseYAxis: new Optional<bool>(true, true));
        var note = attributes.Sum(a => a.SmallClassCount) is var small and > 0 ? $" {small:N0} values with < 5 records are not shown." : string.Empty;
        return new RiskChart(
            "infer-recall",
            "Which values the attack recovers",
            $"Each cell is the share of the records with a value that the attack predicts correctly (recall), values from the most common; a rare value recovered well is the worst case (an attacker learns it for the few people who have it). At most {Shown} values per attribute.{note}",
            chart,
            adjust: figure =>
            {
                Cells(figure, "%{y}: %{text}: %{z:.1%} recovered<extra></extra>", "%{z:.0%}", 1);
                foreach (var trace in figure["data"]!.AsArray())
                {
                    trace!["text"] = System.Text.Json.JsonSerializer.SerializeToNode(text);
                }
            });
    }

    private static void Cells(System.Text.Json.Nodes.JsonObject figure, string hover, string cell, double max)
    {
        foreach (var trace in figure["data"]!.AsArray())
        {
            if (trace is System.Text.Json.Nodes.JsonObject t)
            {
                t["zmin"] = 0;
                t["zmax"] = max;
                t["hovertemplate"] = hover;
                t["texttemplate"] = cell;
                t["xgap"] = 2;
                t["ygap"] = 2;
            }
        }
    }

    private static IEnumerable<Tuple<double, Color>> Scale() =>
    [
        Tuple.Create(0d, Color.fromHex("#f7fbff")),
        Tuple.Create(0.05, Color.fromHex("#fff3c4")),
        Tuple.Create(0.2, Color.fromHex("#fdd49e")),
        Tuple.Create(0.5, Color.fromHex("#fc8d59")),
        Tuple.Create(0.8, Color.fromHex("#d7301f")),
        Tuple.Create(1d, Color.fromHex("#7f0000")),
    ];
}
