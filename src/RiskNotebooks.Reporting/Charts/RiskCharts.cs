using System.Globalization;
using Plotly.NET;
using RiskNotebooks.Registry;
using RiskNotebooks.Registry.Attributes;
using CSharpChart = Plotly.NET.CSharp.Chart;
using Plotly.NET.CSharp;

namespace RiskNotebooks.Reporting.Charts;

/// <summary>Heatmaps and charts of where re-identification risk sits. Aggregates only: no record and no class value.</summary>
public static class RiskCharts
{
    /// <summary>
    /// QI × QI: the share of records that each pair of quasi-identifiers makes unique (the diagonal: each one alone).
    /// </summary>
    /// <param name="pairs">Attribute risks of every subset of size 1 and 2 (see <see cref="AttributeRiskAnalysis"/>).</param>
    /// <param name="quasiIdentifiers">The quasi-identifiers, in the order of the axes.</param>
    /// <param name="records">n.</param>
    /// <param name="title">A title instead of the usual one (for example to tell before from after a treatment).</param>
    /// <returns>The chart.</returns>
    public static RiskChart QuasiIdentifierPairs(IReadOnlyList<AttributeRisk> pairs, IReadOnlyList<string> quasiIdentifiers, long records, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(quasiIdentifiers);
        var z = PairMatrix(pairs, quasiIdentifiers, records);
        GenericChart chart = CSharpChart.Heatmap<double, string, string, string>(
                zData: z,
                X: new Optional<IEnumerable<string>>(quasiIdentifiers, true),
                Y: new Optional<IEnumerable<string>>(quasiIdentifiers, true),
                ColorScale: new Optional<StyleParam.Colorscale>(StyleParam.Colorscale.NewCustom(ShareScale()), true),
                ReverseYAxis: new Optional<bool>(true, true));
        return new RiskChart(
            "qi-pairs",
            title ?? "Share of records made unique by each pair of quasi-identifiers",
            "Each cell is the share of records that are unique on that pair of quasi-identifiers alone (the diagonal: on one attribute). The colour scale runs from 0% to 100% of records; dark cells are the pairs an attacker would use first.",
            chart,
            adjust: figure => Percentages(figure, pinned: true));
    }

    /// <summary>The QI-pair heatmaps before and after a treatment, side by side in one figure, on the same colour scale.</summary>
    /// <param name="before">Attribute risks of every QI and pair, before.</param>
    /// <param name="after">The same, after.</param>
    /// <param name="quasiIdentifiers">The quasi-identifiers, in the order of the axes.</param>
    /// <param name="records">n (the same before and after: suppressed records stay, starred).</param>
    /// <param name="treatment">What was done, for the right-hand title (such as the levels).</param>
    /// <returns>The chart.</returns>
    public static RiskChart QuasiIdentifierPairsBeforeAfter(IReadOnlyList<AttributeRisk> before, IReadOnlyList<AttributeRisk> after, IReadOnlyList<string> quasiIdentifiers, long records, string treatment)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(quasiIdentifiers);
        GenericChart Map(IReadOnlyList<AttributeRisk> pairs) => CSharpChart.Heatmap<double, string, string, string>(
            zData: PairMatrix(pairs, quasiIdentifiers, records),
            X: new Optional<IEnumerable<string>>(quasiIdentifiers, true),
            Y: new Optional<IEnumerable<string>>(quasiIdentifiers, true),
            ColorScale: new Optional<StyleParam.Colorscale>(StyleParam.Colorscale.NewCustom(ShareScale()), true),
            ReverseYAxis: new Optional<bool>(true, true));
        GenericChart chart = CSharpChart.Grid([Map(before), Map(after)], 1, 2, SubPlotTitles: new Optional<IEnumerable<string>>(["before", "after " + treatment], true), XGap: new Optional<double>(0.22, true));
        return new RiskChart(
            "qi-pairs-before-after",
            "Share of records made unique by each pair of quasi-identifiers, before and after",
            "Left: the table as it is; right: after the treatment (suppressed records, all *, count as one class). Each cell is the share of records unique on that pair alone (the diagonal: on one attribute), on the same scale from 0% to 100%.",
            chart,
            adjust: figure =>
            {
                Percentages(figure, pinned: true);
                var traces = figure["data"]!.AsArray();
                if (traces.Count == 2 && traces[1] is System.Text.Json.Nodes.JsonObject second)
                {
                    second["showscale"] = false;
                }
            },
            layout: l =>
            {
                foreach (var axis in new[] { "yaxis", "yaxis2" })
                {
                    if (l[axis] is System.Text.Json.Nodes.JsonObject y)
                    {
                        y["autorange"] = "reversed";
                    }
                }
            });
    }

    private static double[][] PairMatrix(IReadOnlyList<AttributeRisk> pairs, IReadOnlyList<string> quasiIdentifiers, long records)
    {
        var index = quasiIdentifiers.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        var q = quasiIdentifiers.Count;
        var z = new double[q][];
        for (var i = 0; i < q; i++)
        {
            z[i] = new double[q];
        }

        foreach (var risk in pairs.Where(p => p.Attributes.Count <= 2))
        {
            var a = index[risk.Attributes[0]];
            var b = risk.Attributes.Count == 2 ? index[risk.Attributes[1]] : a;
            var share = records == 0 ? 0d : (double)risk.SampleUniques / records;
            z[a][b] = share;
            z[b][a] = share;
        }

        return z;
    }

    /// <summary>QI subsets: how many subsets of each size reach each band of distinction (classes per record).</summary>
    /// <param name="risks">Attribute risks of the subsets.</param>
    /// <returns>The chart.</returns>
    public static RiskChart Subsets(IReadOnlyList<AttributeRisk> risks)
    {
        ArgumentNullException.ThrowIfNull(risks);
        var maxSize = risks.Count == 0 ? 1 : risks.Max(r => r.Attributes.Count);

        // Bands finer at the low end: most small combinations of a registry's attributes have a low distinction.
        double[] edges = [0, 0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1.000001];
        var bandCount = edges.Length - 1;
        var z = new double[bandCount][];
        for (var b = 0; b < bandCount; b++)
        {
            z[b] = new double[maxSize];
        }

        foreach (var risk in risks)
        {
            var band = 0;
            while (band < bandCount - 1 && risk.Distinction >= edges[band + 1])
            {
                band++;
            }

            z[band][risk.Attributes.Count - 1]++;
        }

        var sizes = Enumerable.Range(1, maxSize).Select(s => s.ToString(CultureInfo.InvariantCulture)).ToArray();
        var bands = Enumerable.Range(0, bandCount).Select(b => $"{Pct(edges[b])}-{Pct(Math.Min(1, edges[b + 1]))}").ToArray();
        GenericChart chart = CSharpChart.Heatmap<double, string, string, string>(
                zData: z,
                X: new Optional<IEnumerable<string>>(sizes, true),
                Y: new Optional<IEnumerable<string>>(bands, true),
                ColorScale: new Optional<StyleParam.Colorscale>(StyleParam.Colorscale.NewCustom(Scale()), true));
        return new RiskChart(
            "subsets",
            "Quasi-identifier subsets by size and distinction",
            "Each cell counts the subsets of a given size whose distinction (equivalence classes per record) falls in a band; subsets high on the chart make most records unique. Small subsets that are already high are the weakest link.",
            chart,
            "number of attributes in the subset",
            "distinction (classes per record)");
    }

    /// <summary>Records by class-size band, coloured by whether their prosecutor risk exceeds the threshold.</summary>
    /// <param name="histogram">The class-size histogram.</param>
    /// <param name="threshold">The risk threshold (records with 1/f_c strictly greater are at risk).</param>
    /// <returns>The chart.</returns>
    public static RiskChart Classes(ClassSizeHistogram histogram, double threshold)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        (int Low, int High, string Label)[] bands = [(1, 1, "1"), (2, 2, "2"), (3, 4, "3-4"), (5, 9, "5-9"), (10, 19, "10-19"), (20, 99, "20-99"), (100, int.MaxValue, "100+")];
        var labels = bands.Select(b => b.Label).ToArray();
        var atRisk = new double[bands.Length];
        var safe = new double[bands.Length];
        for (var i = 0; i < histogram.Sizes.Count; i++)
        {
            var size = histogram.Sizes[i];
            var b = Array.FindIndex(bands, x => size >= x.Low && size <= x.High);
            var records = (double)size * histogram.Counts[i] / Math.Max(1, histogram.RecordCount);
            if (1d / size > threshold)
            {
                atRisk[b] += records;
            }
            else
            {
                safe[b] += records;
            }
        }

        var t = threshold.ToString("0.###", CultureInfo.InvariantCulture);
        GenericChart chart = CSharpChart.Combine(
            [
                CSharpChart.Column<double, string, string>(values: atRisk, Keys: new Optional<IEnumerable<string>>(labels, true), Name: new Optional<string>($"risk > {t}", true), MarkerColor: new Optional<Color>(Color.fromHex("#c0392b"), true)),
                CSharpChart.Column<double, string, string>(values: safe, Keys: new Optional<IEnumerable<string>>(labels, true), Name: new Optional<string>($"risk <= {t}", true), MarkerColor: new Optional<Color>(Color.fromHex("#2e86c1"), true)),
            ]);
        return new RiskChart(
            "classes",
            "Share of records by equivalence-class size",
            $"Each bar is the share of records in classes of that size; red records have a prosecutor risk above {t} (1 / class size).",
            chart,
            "class size (records sharing the quasi-identifier values)",
            "share of records",
            stacked: true,
            adjust: figure => figure["layout"]!["yaxis"]!["tickformat"] = ".0%");
    }

    private static string Pct(double share) => share.ToString("0.#%", CultureInfo.InvariantCulture);

    /// <summary>Shows a heatmap's values as percentages and, when pinned, on a fixed 0-100% colour scale.</summary>
    private static void Percentages(System.Text.Json.Nodes.JsonObject figure, bool pinned)
    {
        foreach (var trace in figure["data"]!.AsArray())
        {
            if (trace is System.Text.Json.Nodes.JsonObject t)
            {
                if (pinned)
                {
                    t["zmin"] = 0;
                    t["zmax"] = 1;
                }

                t["colorbar"] = new System.Text.Json.Nodes.JsonObject { ["tickformat"] = ".0%" };
                t["hovertemplate"] = "%{y} + %{x}: %{z:.2%} of records unique<extra></extra>";
                t["texttemplate"] = "%{z:.1%}";
                t["xgap"] = 2;
                t["ygap"] = 2;
            }
        }
    }

    /// <summary>
    /// A fixed scale for shares of records, steep at the low end: a pair that singles out 2% of the records already shows,
    /// and 50% is dark, whatever else is in the chart.
    /// </summary>
    private static IEnumerable<Tuple<double, Color>> ShareScale() =>
    [
        Tuple.Create(0d, Color.fromHex("#f7fbff")),
        Tuple.Create(0.01, Color.fromHex("#fff3c4")),
        Tuple.Create(0.05, Color.fromHex("#fdd49e")),
        Tuple.Create(0.2, Color.fromHex("#fc8d59")),
        Tuple.Create(0.5, Color.fromHex("#d7301f")),
        Tuple.Create(1d, Color.fromHex("#7f0000")),
    ];

    private static IEnumerable<Tuple<double, Color>> Scale() =>
    [
        Tuple.Create(0d, Color.fromHex("#f7fbff")),
        Tuple.Create(0.25, Color.fromHex("#fdd49e")),
        Tuple.Create(0.5, Color.fromHex("#fc8d59")),
        Tuple.Create(0.75, Color.fromHex("#d7301f")),
        Tuple.Create(1d, Color.fromHex("#7f0000")),
    ];
}
