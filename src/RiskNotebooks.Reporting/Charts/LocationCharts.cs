using System.Globalization;
using System.Text.Json.Nodes;
using Plotly.NET;
using Plotly.NET.CSharp;
using RiskNotebooks.Location;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace RiskNotebooks.Reporting.Charts;

/// <summary>Charts of location risk: unicity by number of points and by resolution, and a map of where the risk is.</summary>
/// <remarks>Aggregates only. The map is a heatmap on latitude and longitude with no basemap: nothing is fetched.</remarks>
public static class LocationCharts
{
    /// <summary>Unicity against the number of points p, with its confidence interval.</summary>
    /// <param name="unicity">The unicity report.</param>
    /// <returns>The chart.</returns>
    public static RiskChart UnicityByPoints(UnicityReport unicity)
    {
        ArgumentNullException.ThrowIfNull(unicity);
        var results = unicity.Results.Where(r => !double.IsNaN(r.Unicity)).ToArray();
        var p = results.Select(r => r.Points).ToArray();
        GenericChart chart = CSharpChart.Combine(
        [
            CSharpChart.Line<int, double, string>(p, results.Select(r => r.High), Name: Some("upper bound"), LineColor: Some(Color.fromHex("#99aabb")), LineDash: Some(StyleParam.DrawingStyle.Dash)),
            CSharpChart.Line<int, double, string>(p, results.Select(r => r.Unicity), ShowMarkers: Some(true), Name: Some("unicity"), LineColor: Some(Color.fromHex("#c0392b"))),
            CSharpChart.Line<int, double, string>(p, results.Select(r => r.Low), Name: Some("lower bound"), LineColor: Some(Color.fromHex("#99aabb")), LineDash: Some(StyleParam.DrawingStyle.Dash)),
        ]);
        var level = unicity.Options.ConfidenceLevel.ToString("0%", CultureInfo.InvariantCulture);
        return new RiskChart(
            "unicity-points",
            $"Unicity by number of points ({unicity.Spatial} places, {unicity.Temporal} time)",
            $"The share of users whose trace is the only one holding p points drawn at random from it (de Montjoye et al. 2013), with its {level} confidence interval. Four hourly antenna-level points single out 95% of 1.5 million people in their study.",
            chart,
            "points known to the attacker (p)",
            "share of users singled out",
            layout: l =>
            {
                l["yaxis"]!["range"] = new JsonArray(0, 1.02);
                l["yaxis"]!["tickformat"] = ".0%";
                l["xaxis"]!["dtick"] = 1;
            });
    }

    /// <summary>Unicity at p points by spatial (rows) and temporal (columns) resolution.</summary>
    /// <param name="grid">The grid report.</param>
    /// <returns>The chart.</returns>
    public static RiskChart UnicityByResolution(UnicityGridReport grid)
    {
        ArgumentNullException.ThrowIfNull(grid);
        var z = grid.ToArray();
        var x = grid.Temporal.Select(t => t.ToString()).ToArray();
        var y = grid.Spatial.Select(s => s.ToString()).ToArray();
        var text = z.Select(row => row.Select(v => double.IsNaN(v) ? "n/a" : v.ToString("0.0%", CultureInfo.InvariantCulture)).ToArray()).ToArray();
        GenericChart chart = CSharpChart.Heatmap<double, string, string, string>(
            zData: z,
            X: Some<IEnumerable<string>>(x),
            Y: Some<IEnumerable<string>>(y),
            ColorScale: Some(StyleParam.Colorscale.NewCustom(Scale())),
            ReverseYAxis: Some(true));
        return new RiskChart(
            "unicity-grid",
            $"Unicity with {grid.Points} points by resolution",
            "Each cell is the share of users singled out by p random points when places are merged into larger cells (rows) and times into longer windows (columns). Coarsening buys little until both are coarse: unicity falls slowly, roughly as a power of both resolutions.",
            chart,
            "time resolution",
            "space resolution",
            layout: l => l["annotations"] = Annotations(x, y, text, z),
            adjust: f =>
            {
                // One scale for every grid: 0% to 100%, so that two data sets' grids can be compared by colour.
                if (f["data"]?[0] is JsonObject trace)
                {
                    trace["zmin"] = 0;
                    trace["zmax"] = 1;
                    trace["colorbar"] = new JsonObject { ["tickformat"] = ".0%" };
                }
            });
    }

    /// <summary>
    /// A map of where the risk is: places binned on latitude and longitude, each bin coloured by how many users the
    /// places in it single out; bins with fewer visitors than <paramref name="minimumVisitors"/> are left blank.
    /// </summary>
    /// <remarks>The map's extent (its axes and its bins) comes from the places in shown bins only, so a blanked place does
    /// not reveal where it is by stretching the map. When no bin can be shown, the map is empty and has no axes.</remarks>
    /// <param name="places">The places' contributions (with coordinates).</param>
    /// <param name="basis">What the contributions come from (e.g. "unicity with 4 points"), for the title.</param>
    /// <param name="minimumVisitors">Bins with fewer visitors (summed over their places) are not shown (default 5).</param>
    /// <param name="columns">Bins across longitude (default 40); rows follow the aspect of the area.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">The places have no coordinates.</exception>
    public static RiskChart PlaceRiskMap(IReadOnlyList<PlaceContribution> places, string basis, int minimumVisitors = 5, int columns = 40)
    {
        ArgumentNullException.ThrowIfNull(places);
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 2);
        var located = places.Where(p => !double.IsNaN(p.Latitude) && !double.IsNaN(p.Longitude)).ToArray();
        if (located.Length == 0)
        {
            throw new ArgumentException("The places have no coordinates: a map needs latitude and longitude (give an antenna table).", nameof(places));
        }

        // The extent must come from the areas shown, never from a blanked one: a lone far-away place with one visitor would
        // otherwise stretch the axes (and size the bins) to where it is. Bin, keep only the places in bins that are shown,
        // and bin those again until every place kept lies in a shown bin; the set only shrinks, so this ends.
        var kept = located;
        var grid = MapGrid.Of(kept, columns);
        while (true)
        {
            var inShown = kept.Where(p => grid.Visitors(p) >= minimumVisitors).ToArray();
            if (inShown.Length == kept.Length || inShown.Length == 0)
            {
                kept = inShown;
                break;
            }

            kept = inShown;
            grid = MapGrid.Of(kept, columns);
        }

        if (kept.Length == 0)
        {
            return EmptyPlaceRiskMap(basis, minimumVisitors);
        }

        var (minLat, minLon, latStep, lonStep, rows, scale) = (grid.MinLatitude, grid.MinLongitude, grid.LatitudeStep, grid.LongitudeStep, grid.Rows, grid.LongitudeScale);
        columns = grid.Columns;
        var z = new double[rows][];
        var hidden = new bool[rows][];
        for (var r = 0; r < rows; r++)
        {
            z[r] = new double[columns];
            hidden[r] = new bool[columns];
            for (var c = 0; c < columns; c++)
            {
                hidden[r][c] = grid.VisitorsAt(r, c) < minimumVisitors;
                z[r][c] = hidden[r][c] ? 0 : grid.SinglesOutAt(r, c);
            }
        }

        var x = Enumerable.Range(0, columns).Select(c => Math.Round(minLon + ((c + 0.5) * lonStep), 5)).ToArray();
        var y = Enumerable.Range(0, rows).Select(r => Math.Round(minLat + ((r + 0.5) * latStep), 5)).ToArray();
        GenericChart chart = CSharpChart.Heatmap<double, double, double, string>(
            zData: z,
            X: Some<IEnumerable<double>>(x),
            Y: Some<IEnumerable<double>>(y),
            ColorScale: Some(StyleParam.Colorscale.NewCustom(Scale())));
        return new RiskChart(
            "place-risk-map",
            $"Where the risk is: users singled out through each area ({basis})",
            $"Places binned on latitude and longitude (no basemap); darker areas hold the places that single out most users. Areas with fewer than {minimumVisitors} visitors are left blank.",
            chart,
            "longitude",
            "latitude",
            layout: l =>
            {
                l["yaxis"]!["scaleanchor"] = "x";
                l["yaxis"]!["scaleratio"] = 1 / scale;
                l["plot_bgcolor"] = "#ffffff";
            },
            adjust: f =>
            {
                // Blank (null: a gap in plotly.js) where there is no place or too few visitors to show.
                if (f["data"]?[0]?["z"] is JsonArray zRows)
                {
                    for (var r = 0; r < zRows.Count; r++)
                    {
                        for (var c = 0; c < columns; c++)
                        {
                            if (hidden[r][c])
                            {
                                zRows[r]![c] = null;
                            }
                        }
                    }
                }
            });
    }

    /// <summary>The map when no area has enough visitors to be shown: no axes, so no coordinate is revealed.</summary>
    private static RiskChart EmptyPlaceRiskMap(string basis, int minimumVisitors)
    {
        GenericChart chart = CSharpChart.Heatmap<double, double, double, string>(
            zData: [[0d]],
            X: Some<IEnumerable<double>>([0d]),
            Y: Some<IEnumerable<double>>([0d]),
            ColorScale: Some(StyleParam.Colorscale.NewCustom(Scale())));
        return new RiskChart(
            "place-risk-map",
            $"Where the risk is: users singled out through each area ({basis})",
            $"No area has {minimumVisitors} or more visitors, so no area is shown.",
            chart,
            "longitude",
            "latitude",
            layout: l =>
            {
                l["xaxis"]!["visible"] = false;
                l["yaxis"]!["visible"] = false;
                l["plot_bgcolor"] = "#ffffff";
            },
            adjust: f =>
            {
                if (f["data"]?[0] is JsonObject trace)
                {
                    trace["z"] = new JsonArray(new JsonArray((JsonNode?)null));
                    trace["showscale"] = false;
                }
            });
    }

    /// <summary>Places binned on latitude and longitude into square cells on the ground, aligned to an antenna lattice.</summary>
    private sealed class MapGrid
    {
        private double[,] singled = new double[0, 0];
        private double[,] visitors = new double[0, 0];

        internal double MinLatitude { get; private init; }

        internal double MinLongitude { get; private init; }

        internal double LatitudeStep { get; private init; }

        internal double LongitudeStep { get; private init; }

        internal int Rows { get; private init; }

        internal int Columns { get; private init; }

        /// <summary>cos(mid-latitude): degrees of longitude per degree of latitude on the ground.</summary>
        internal double LongitudeScale { get; private init; }

        internal static MapGrid Of(PlaceContribution[] located, int columnsWanted)
        {
            double minLat = located.Min(p => p.Latitude), maxLat = located.Max(p => p.Latitude);
            double minLon = located.Min(p => p.Longitude), maxLon = located.Max(p => p.Longitude);
            var scale = Math.Cos(double.DegreesToRadians((minLat + maxLat) / 2));
            var lonStep = Math.Max(1e-6, (maxLon - minLon) / columnsWanted);
            var latStep = lonStep * scale; // square cells on the ground
            (minLon, lonStep) = Align(located.Select(p => p.Longitude), minLon, lonStep);
            (minLat, latStep) = Align(located.Select(p => p.Latitude), minLat, latStep);
            var columns = Math.Clamp((int)Math.Floor((maxLon - minLon) / lonStep) + 1, 1, 400);
            var rows = Math.Clamp((int)Math.Floor((maxLat - minLat) / latStep) + 1, 1, 400);
            latStep = Math.Max(latStep, (maxLat - minLat) / rows * 1.000001);
            lonStep = Math.Max(lonStep, (maxLon - minLon) / columns * 1.000001);
            var grid = new MapGrid
            {
                MinLatitude = minLat,
                MinLongitude = minLon,
                LatitudeStep = latStep,
                LongitudeStep = lonStep,
                Rows = rows,
                Columns = columns,
                LongitudeScale = scale,
            };
            grid.singled = new double[rows, columns];
            grid.visitors = new double[rows, columns];
            foreach (var p in located)
            {
                var (r, c) = grid.CellOf(p);
                grid.singled[r, c] += p.SinglesOut;
                grid.visitors[r, c] += p.Visitors;
            }

            return grid;
        }

        internal double VisitorsAt(int row, int column) => visitors[row, column];

        internal double SinglesOutAt(int row, int column) => singled[row, column];

        /// <summary>The visitors of the bin a place falls in.</summary>
        internal double Visitors(PlaceContribution place)
        {
            var (r, c) = CellOf(place);
            return visitors[r, c];
        }

        private (int Row, int Column) CellOf(PlaceContribution p)
            => (Math.Min(Rows - 1, (int)((p.Latitude - MinLatitude) / LatitudeStep)), Math.Min(Columns - 1, (int)((p.Longitude - MinLongitude) / LongitudeStep)));
    }

    /// <summary>
    /// Antennas often sit on a regular lattice; bins a non-whole number of lattice steps wide then hold one or two rows of
    /// antennas in turn and the map shows stripes that are not in the data. When the coordinates lie on a lattice, the bin
    /// is made a whole number of its steps and starts half a step before the first, so every bin holds as many.
    /// </summary>
    private static (double Origin, double Step) Align(IEnumerable<double> values, double min, double step)
    {
        var distinct = values.Distinct().Order().ToArray();
        if (distinct.Length < 3)
        {
            return (min, step);
        }

        var lattice = double.MaxValue;
        for (var i = 1; i < distinct.Length; i++)
        {
            lattice = Math.Min(lattice, distinct[i] - distinct[i - 1]);
        }

        for (var i = 1; i < distinct.Length; i++)
        {
            var multiple = (distinct[i] - distinct[i - 1]) / lattice;
            if (Math.Abs(multiple - Math.Round(multiple)) > 0.01)
            {
                return (min, step); // not a lattice
            }
        }

        return (min - (lattice / 2), Math.Max(1, Math.Round(step / lattice)) * lattice);
    }

    private static JsonArray Annotations(IReadOnlyList<string> x, IReadOnlyList<string> y, string[][] text, double[][] z)
    {
        var annotations = new JsonArray();
        for (var r = 0; r < y.Count; r++)
        {
            for (var c = 0; c < x.Count; c++)
            {
                annotations.Add(new JsonObject
                {
                    ["x"] = x[c],
                    ["y"] = y[r],
                    ["text"] = text[r][c],
                    ["showarrow"] = false,
                    ["font"] = new JsonObject { ["size"] = 11, ["color"] = z[r][c] > 0.6 ? "#ffffff" : "#333333" }, // readable on dark cells
                });
            }
        }

        return annotations;
    }

    private static Optional<T> Some<T>(T value) => new(value, true);

    private static IEnumerable<Tuple<double, Color>> Scale() =>
    [
        Tuple.Create(0d, Color.fromHex("#f7fbff")),
        Tuple.Create(0.25, Color.fromHex("#fdd49e")),
        Tuple.Create(0.5, Color.fromHex("#fc8d59")),
        Tuple.Create(0.75, Color.fromHex("#d7301f")),
        Tuple.Create(1d, Color.fromHex("#7f0000")),
    ];
}
