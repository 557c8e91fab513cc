using System.Text.Json.Nodes;
using Plotly.NET;
using Plotly.NET.CSharp;
using RiskNotebooks.Commands;
using RiskNotebooks.Treatment;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace RiskNotebooks.Reporting.Charts;

/// <summary>Charts of risk treatment: the frontier of every evaluated transformation, and the levels of the chosen one.</summary>
public static class TreatmentCharts
{
    /// <summary>The most points drawn per series; beyond it the transformations on the frontier and an even sample of the rest are drawn.</summary>
    public const int MaximumPoints = 4000;

    /// <summary>Every evaluated transformation's highest prosecutor risk against its information loss, those that meet the targets apart, the optimum marked.</summary>
    /// <param name="result">The search.</param>
    /// <returns>The chart.</returns>
    public static RiskChart Frontier(AnonymizationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var metric = result.Settings.Metric;
        var meets = Thin(result.Evaluated.Where(e => e.MeetsTargets).ToList(), metric);
        var fails = Thin(result.Evaluated.Where(e => !e.MeetsTargets).ToList(), metric);
        var series = new List<GenericChart>
        {
            CSharpChart.Point<double, double, string>(fails.Select(e => e.Score(metric)), fails.Select(e => e.HighestProsecutorRisk), Name: Some("breaks the targets"), MarkerColor: Some(Color.fromHex("#c7ccd6")), MultiText: Some<IEnumerable<string>>(fails.Select(e => e.Transformation.ToString()))),
            CSharpChart.Point<double, double, string>(meets.Select(e => e.Score(metric)), meets.Select(e => e.HighestProsecutorRisk), Name: Some("meets the targets"), MarkerColor: Some(Color.fromHex("#2b8cbe")), MultiText: Some<IEnumerable<string>>(meets.Select(e => e.Transformation.ToString()))),
        };
        if (result.Optimum is { } o)
        {
            series.Add(CSharpChart.Point<double, double, string>([o.Score(metric)], [o.HighestProsecutorRisk], Name: Some("optimum"), MarkerColor: Some(Color.fromHex("#d7301f")), MultiText: Some<IEnumerable<string>>([o.Transformation.ToString()])));
        }

        var name = AnonymizeRequest.MetricName(metric);
        return new RiskChart(
            "treatment-frontier",
            "Every transformation: risk against information loss",
            $"Each point is one transformation of the lattice (levels in the hover), after suppressing the classes that break the targets within the limit: its highest prosecutor risk (1 / smallest released class) against its information loss ({name}). The optimum is the leftmost point among those that meet the targets; points down and to the left dominate.",
            CSharpChart.Combine(series),
            $"information loss ({name})",
            "highest prosecutor risk",
            adjust: figure =>
            {
                foreach (var trace in figure["data"]!.AsArray())
                {
                    if (trace is JsonObject t)
                    {
                        t["hovertemplate"] = "%{text}<br>loss %{x:.4f}, risk %{y:.3f}<extra></extra>";
                        t["mode"] = "markers";
                    }
                }
            });
    }

    /// <summary>Quasi-identifiers × levels: the level the transformation uses, as a share of each hierarchy's height.</summary>
    /// <param name="evaluation">The transformation's evaluation.</param>
    /// <param name="heights">The number of levels of each hierarchy, in quasi-identifier order.</param>
    /// <returns>The chart.</returns>
    public static RiskChart Levels(TransformationEvaluation evaluation, IReadOnlyList<int> heights)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(heights);
        var t = evaluation.Transformation;
        var maxHeight = heights.Max();
        var z = t.QuasiIdentifiers.Select((q, i) => Enumerable.Range(0, maxHeight).Select(l => l >= heights[i] ? double.NaN : l <= t.Levels[i] ? 1d : 0d).ToArray()).ToArray();
        GenericChart chart = CSharpChart.Heatmap<double, string, string, string>(
            zData: z,
            X: Some<IEnumerable<string>>(Enumerable.Range(0, maxHeight).Select(l => l == 0 ? "level 0 (as is)" : $"level {l}")),
            Y: Some<IEnumerable<string>>(t.QuasiIdentifiers),
            ColorScale: Some(StyleParam.Colorscale.NewCustom([Tuple.Create(0d, Color.fromHex("#f7fbff")), Tuple.Create(1d, Color.fromHex("#2b8cbe"))])),
            ReverseYAxis: Some(true),
            ShowScale: Some(false));
        return new RiskChart(
            "treatment-levels",
            "How far each quasi-identifier is generalised",
            "Rows are quasi-identifiers, columns the levels of their hierarchies (the last is *); filled cells are the levels the transformation climbs. Empty cells lie beyond a hierarchy's height.",
            chart,
            adjust: figure =>
            {
                foreach (var trace in figure["data"]!.AsArray())
                {
                    if (trace is JsonObject h)
                    {
                        h["xgap"] = 2;
                        h["ygap"] = 2;
                        h["zmin"] = 0;
                        h["zmax"] = 1;
                        h["hovertemplate"] = "%{y}: %{x}<extra></extra>";
                    }
                }
            });
    }

    private static Optional<T> Some<T>(T value) => new(value, true);

    /// <summary>At most <see cref="MaximumPoints"/>: every Pareto-optimal point (loss, risk) and an even sample of the others.</summary>
    private static List<TransformationEvaluation> Thin(List<TransformationEvaluation> points, InformationLossMetric metric)
    {
        if (points.Count <= MaximumPoints)
        {
            return points;
        }

        var sorted = points.OrderBy(e => e.Score(metric)).ThenBy(e => e.HighestProsecutorRisk).ToList();
        var keep = new List<TransformationEvaluation>();
        var best = double.PositiveInfinity;
        foreach (var e in sorted)
        {
            if (e.HighestProsecutorRisk < best)
            {
                keep.Add(e);
                best = e.HighestProsecutorRisk;
            }
        }

        var step = Math.Max(1, sorted.Count / Math.Max(1, MaximumPoints - keep.Count));
        for (var i = 0; i < sorted.Count && keep.Count < MaximumPoints; i += step)
        {
            keep.Add(sorted[i]);
        }

        return keep;
    }
}
