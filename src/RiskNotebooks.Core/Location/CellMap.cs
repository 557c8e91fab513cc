namespace RiskNotebooks.Location;

/// <summary>The places of a trace set at a spatial resolution: which cell each place falls in, and where the cells are.</summary>
internal sealed class CellMap
{
    private CellMap(SpatialResolution resolution, int[] cellOfPlace, double[] latitude, double[] longitude, string?[]? labels)
    {
        Resolution = resolution;
        CellOfPlace = cellOfPlace;
        Latitude = latitude;
        Longitude = longitude;
        Labels = labels;
    }

    internal SpatialResolution Resolution { get; }

    /// <summary>For each place of the trace set, its cell.</summary>
    internal int[] CellOfPlace { get; }

    internal int CellCount => Latitude.Length;

    /// <summary>A cell's position: the place's own coordinates at raw resolution, else the centre of the grid cell.</summary>
    internal double[] Latitude { get; }

    internal double[] Longitude { get; }

    /// <summary>Antenna ids at raw resolution (null for coordinates and grids).</summary>
    internal string?[]? Labels { get; }

    internal static CellMap Build(TraceSet traces, SpatialResolution resolution)
    {
        if (resolution.IsRaw)
        {
            var identity = new int[traces.PlaceCount];
            for (var i = 0; i < identity.Length; i++)
            {
                identity[i] = i;
            }

            return new CellMap(resolution, identity, traces.PlaceLatitude, traces.PlaceLongitude, traces.PlaceIds);
        }

        if (!traces.HasCoordinates)
        {
            throw new InvalidOptionException("Spatial", "a grid needs the places' coordinates: the traces give location ids without an antenna table (Antennas).", "Antennas");
        }

        var side = resolution.CellSide;
        var reference = traces.ReferenceLatitude;
        var cells = new Dictionary<(long X, long Y), int>();
        var cellOfPlace = new int[traces.PlaceCount];
        var latitude = new List<double>();
        var longitude = new List<double>();
        for (var p = 0; p < cellOfPlace.Length; p++)
        {
            var x = Index(Coordinates.X(traces.PlaceLongitude[p], reference), side);
            var y = Index(Coordinates.Y(traces.PlaceLatitude[p]), side);
            if (!cells.TryGetValue((x, y), out var cell))
            {
                cell = latitude.Count;
                cells.Add((x, y), cell);
                latitude.Add(Coordinates.Latitude((y + 0.5) * side));
                longitude.Add(Coordinates.Longitude((x + 0.5) * side, reference));
            }

            cellOfPlace[p] = cell;
        }

        return new CellMap(resolution, cellOfPlace, [.. latitude], [.. longitude], null);
    }

    /// <summary>
    /// Places merged by their exact coordinates, as scikit-mobility compares places (it groups records by latitude and
    /// longitude): antennas on one site become one place, labelled by its antenna ids joined with '+'.
    /// </summary>
    internal static CellMap BuildBySite(TraceSet traces)
    {
        if (!traces.HasCoordinates)
        {
            return Build(traces, SpatialResolution.Raw);
        }

        var sites = new Dictionary<(double Latitude, double Longitude), int>();
        var cellOfPlace = new int[traces.PlaceCount];
        var latitude = new List<double>();
        var longitude = new List<double>();
        var labels = new List<string?>();
        for (var p = 0; p < cellOfPlace.Length; p++)
        {
            var site = (traces.PlaceLatitude[p], traces.PlaceLongitude[p]);
            if (!sites.TryGetValue(site, out var cell))
            {
                cell = latitude.Count;
                sites.Add(site, cell);
                latitude.Add(site.Item1);
                longitude.Add(site.Item2);
                labels.Add(traces.PlaceIds?[p]);
            }
            else if (traces.PlaceIds?[p] is { } id)
            {
                labels[cell] = labels[cell] + "+" + id; // every antenna of the site
            }

            cellOfPlace[p] = cell;
        }

        return new CellMap(SpatialResolution.Raw, cellOfPlace, [.. latitude], [.. longitude], traces.PlaceIds is null ? null : [.. labels]);
    }

    /// <summary>
    /// The grid index of a coordinate in metres. For a whole number of metres the position is first cut to whole metres, so
    /// that a grid whose side is a multiple of another's merges its cells exactly (no rounding at a shared edge).
    /// </summary>
    private static long Index(double metres, double side)
    {
        if (side == Math.Floor(side))
        {
            return Math.DivRem((long)Math.Floor(metres), (long)side) is var (q, r) && r < 0 ? q - 1 : q;
        }

        return (long)Math.Floor(metres / side);
    }
}
