using System.Globalization;

namespace RiskNotebooks.Location;

/// <summary>
/// How precisely a trace says where: the raw place (antenna or coordinates as given), a square grid of N metres, or
/// antennas merged into cells of M km². Immutable; equal when they cut space the same way.
/// </summary>
/// <remarks>
/// <para>
/// Grids are square cells of an equirectangular projection at the trace set's reference latitude
/// (<see cref="TraceSet.ReferenceLatitude"/>), anchored at latitude and longitude 0, so that a grid whose side is a whole
/// multiple of another's is a union of its cells: coarsening from 500 m to 1 km or 2 km merges places and never splits them.
/// <c>Cells(M)</c> is the grid whose cells have an area of M km² (side √M km): antennas in one cell become one place, as in
/// de Montjoye et al.'s aggregation of antennas. A place is in the cell that holds its coordinates; a cell's position (for
/// maps) is its centre.
/// </para>
/// <para>Text forms (<see cref="Parse"/>, <see cref="ToString"/>): <c>raw</c>, <c>500m</c>, <c>2km</c>, <c>2.5km</c>,
/// <c>4km2</c> (or <c>4km²</c>).</para>
/// </remarks>
public sealed class SpatialResolution : IEquatable<SpatialResolution>
{
    private readonly string text;

    private SpatialResolution(double side, string text)
    {
        CellSide = side;
        this.text = text;
    }

    /// <summary>The places as loaded: one place per antenna id or per distinct coordinate pair.</summary>
    public static SpatialResolution Raw { get; } = new(0d, "raw");

    /// <summary>Whether this is <see cref="Raw"/>.</summary>
    public bool IsRaw => CellSide == 0d;

    /// <summary>The side of a grid cell in metres (0 for <see cref="Raw"/>).</summary>
    public double CellSide { get; }

    /// <summary>The area of a grid cell in km² (0 for <see cref="Raw"/>).</summary>
    public double CellArea => CellSide * CellSide / 1e6;

    /// <summary>A square grid.</summary>
    /// <param name="metres">The side of a cell, from 1 m to 1,000 km.</param>
    /// <returns>The resolution.</returns>
    public static SpatialResolution Grid(double metres)
    {
        if (double.IsNaN(metres) || metres < 1d || metres > 1e6)
        {
            throw new ArgumentOutOfRangeException(nameof(metres), metres, "a grid cell's side must be from 1 m to 1,000 km.");
        }

        var text = metres >= 1000d && metres % 100d == 0d
            ? (metres / 1000d).ToString("0.#", CultureInfo.InvariantCulture) + "km"
            : metres.ToString("0.###", CultureInfo.InvariantCulture) + "m";
        return new SpatialResolution(metres, text);
    }

    /// <summary>Antennas merged into square cells of a given area.</summary>
    /// <param name="squareKilometres">The area of a cell in km², from 0.000001 to 1,000,000.</param>
    /// <returns>The resolution.</returns>
    public static SpatialResolution Cells(double squareKilometres)
    {
        if (double.IsNaN(squareKilometres) || squareKilometres < 1e-6 || squareKilometres > 1e6)
        {
            throw new ArgumentOutOfRangeException(nameof(squareKilometres), squareKilometres, "A cell's area must be from 1 m² to 1,000,000 km².");
        }

        return new SpatialResolution(Math.Sqrt(squareKilometres) * 1000d, squareKilometres.ToString("0.###", CultureInfo.InvariantCulture) + "km2");
    }

    /// <summary>Parses a text form: <c>raw</c>, <c>500m</c>, <c>2km</c>, <c>4km2</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="optionName">The option it came from, for the message.</param>
    /// <returns>The resolution.</returns>
    /// <exception cref="InvalidOptionException">The text is not a spatial resolution.</exception>
    public static SpatialResolution Parse(string text, string optionName = "Spatial")
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim().ToLowerInvariant();
        try
        {
            if (t is "raw" or "antenna" or "antennas")
            {
                return Raw;
            }

            if ((t.EndsWith("km2", StringComparison.Ordinal) || t.EndsWith("km²", StringComparison.Ordinal)) && TryNumber(t[..^3], out var area))
            {
                return Cells(area);
            }

            if (t.EndsWith("km", StringComparison.Ordinal) && TryNumber(t[..^2], out var km))
            {
                return Grid(km * 1000d);
            }

            if (t.EndsWith('m') && TryNumber(t[..^1], out var m))
            {
                return Grid(m);
            }
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new InvalidOptionException(optionName, e.Message.Split(" (Parameter", StringSplitOptions.None)[0]);
        }

        throw new InvalidOptionException(optionName, "not a spatial resolution: use raw, a grid such as 500m or 2km, or cells of an area such as 4km2.");
    }

    /// <summary>Parses a comma-separated list of resolutions.</summary>
    /// <param name="text">The list, e.g. <c>raw,1km,4km2</c>.</param>
    /// <param name="optionName">The option it came from.</param>
    /// <returns>The resolutions, in order.</returns>
    public static IReadOnlyList<SpatialResolution> ParseList(string text, string optionName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var list = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(t => Parse(t, optionName)).ToArray();
        return list.Length > 0 ? list : throw new InvalidOptionException(optionName, "give at least one resolution.");
    }

    /// <inheritdoc/>
    public bool Equals(SpatialResolution? other) => other is not null && other.CellSide == CellSide;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SpatialResolution);

    /// <inheritdoc/>
    public override int GetHashCode() => CellSide.GetHashCode();

    /// <summary>The text form, e.g. <c>raw</c>, <c>500m</c>, <c>2km</c>, <c>4km2</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => text;

    private static bool TryNumber(string text, out double value)
        => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
