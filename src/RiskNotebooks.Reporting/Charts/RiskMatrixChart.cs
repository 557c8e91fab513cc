using System.Text.Json.Nodes;
using Plotly.NET;
using Plotly.NET.CSharp;
using RiskNotebooks.Assessment;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace RiskNotebooks.Reporting.Charts;

/// <summary>
/// The 4 × 4 risk matrix (harm × likelihood) as a heatmap of its zones, with a marker for each asset's initial and residual
/// cell and an arrow from one to the other.
/// </summary>
public static class RiskMatrixChart
{
    private static readonly string[] Levels = RiskLevels.All.Select(l => l.Name()).ToArray();

    /// <summary>Draws a risk matrix.</summary>
    /// <param name="matrix">The matrix of an evaluated assessment.</param>
    /// <returns>The chart.</returns>
    public static RiskChart Create(RiskMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var z = RiskLevels.All.Select(harm => RiskLevels.All.Select(likelihood => (double)(int)new RiskCell(harm, likelihood).Zone).ToArray()).ToArray();
        GenericChart chart = CSharpChart.Heatmap<double, string, string, string>(
            zData: z,
            X: new Optional<IEnumerable<string>>(Levels, true),
            Y: new Optional<IEnumerable<string>>(Levels, true),
            ColorScale: new Optional<StyleParam.Colorscale>(StyleParam.Colorscale.NewCustom(Zones()), true),
            ShowScale: new Optional<bool>(false, true));
        return new RiskChart(
            "risk-matrix",
            "Risk matrix: harm × likelihood",
            "Zones after the CNIL method: green acceptable, yellow reduce the likelihood, orange avoid or reduce, red avoid absolutely. "
                + "Circles are initial risks (controls in place), diamonds residual risks (with planned controls and measures); arrows show what the planned measures change.",
            chart,
            "likelihood",
            "harm",
            adjust: figure => AddMarkers(figure, matrix));
    }

    private static void AddMarkers(JsonObject figure, RiskMatrix matrix)
    {
        var data = figure["data"]!.AsArray();
        foreach (var trace in data.OfType<JsonObject>())
        {
            trace["zmin"] = 1;
            trace["zmax"] = 4;
            trace["hoverinfo"] = "skip";
            trace["xgap"] = 3;
            trace["ygap"] = 3;
        }

        // Several assets may share a cell: spread their markers a little so each stays visible.
        var seen = new Dictionary<(RiskCell, RiskStage), int>();
        (double X, double Y) Position(RiskMarker marker)
        {
            var key = (marker.Cell, marker.Stage);
            var n = seen.GetValueOrDefault(key);
            seen[key] = n + 1;
            var offset = (marker.Stage == RiskStage.Initial ? -0.18 : 0.18) + (0.12 * n);
            return ((int)marker.Cell.Likelihood - 1 + offset, (int)marker.Cell.Harm - 1 + (0.1 * n));
        }

        foreach (var stage in new[] { RiskStage.Initial, RiskStage.Residual })
        {
            var markers = matrix.Markers.Where(m => m.Stage == stage).ToArray();
            if (markers.Length == 0)
            {
                continue;
            }

            var points = markers.Select(Position).ToArray();
            data.Add(new JsonObject
            {
                ["type"] = "scatter",
                ["mode"] = "markers+text",
                ["name"] = stage == RiskStage.Initial ? "initial" : "residual",
                ["x"] = new JsonArray(points.Select(p => (JsonNode)p.X).ToArray()),
                ["y"] = new JsonArray(points.Select(p => (JsonNode)p.Y).ToArray()),
                ["xaxis"] = "x2",
                ["yaxis"] = "y2",
                ["text"] = new JsonArray(markers.Select(m => (JsonNode)(m.AssetId ?? "all assets")).ToArray()),
                ["textposition"] = "bottom center",
                ["marker"] = new JsonObject
                {
                    ["size"] = 16,
                    ["symbol"] = stage == RiskStage.Initial ? "circle" : "diamond",
                    ["color"] = stage == RiskStage.Initial ? "#1b2631" : "#ffffff",
                    ["line"] = new JsonObject { ["color"] = "#1b2631", ["width"] = 2 },
                },
                ["hovertext"] = new JsonArray(markers.Select(m => (JsonNode)$"{m.Label}: {m.Cell}").ToArray()),
                ["hoverinfo"] = "text",
            });
        }

        var layout = figure["layout"]!.AsObject();
        // A numeric overlay axis pair aligned with the categorical heatmap, so markers can sit between cell centres.
        layout["xaxis2"] = new JsonObject { ["overlaying"] = "x", ["range"] = new JsonArray(-0.5, 3.5), ["visible"] = false };
        layout["yaxis2"] = new JsonObject { ["overlaying"] = "y", ["range"] = new JsonArray(-0.5, 3.5), ["visible"] = false };
        layout["legend"] = new JsonObject { ["orientation"] = "h", ["y"] = -0.2 };
        var annotations = new JsonArray();
        foreach (var arrow in matrix.Arrows.Where(a => a.Moves))
        {
            annotations.Add(new JsonObject
            {
                ["xref"] = "x2",
                ["yref"] = "y2",
                ["axref"] = "x2",
                ["ayref"] = "y2",
                ["x"] = (int)arrow.To.Likelihood - 1 + 0.18,
                ["y"] = (int)arrow.To.Harm - 1,
                ["ax"] = (int)arrow.From.Likelihood - 1 - 0.18,
                ["ay"] = (int)arrow.From.Harm - 1,
                ["showarrow"] = true,
                ["arrowhead"] = 3,
                ["arrowsize"] = 1.4,
                ["arrowwidth"] = 2,
                ["arrowcolor"] = "#1b2631",
                ["text"] = string.Empty,
                ["hovertext"] = $"{arrow.Label}: {string.Join("; ", arrow.Measures)}",
            });
        }

        layout["annotations"] = annotations;
    }

    private static IEnumerable<Tuple<double, Color>> Zones() =>
    [
        Tuple.Create(0d, Color.fromHex("#58d68d")),
        Tuple.Create(0.3333, Color.fromHex("#f7dc6f")),
        Tuple.Create(0.6667, Color.fromHex("#f0b27a")),
        Tuple.Create(1d, Color.fromHex("#ec7063")),
    ];
}
