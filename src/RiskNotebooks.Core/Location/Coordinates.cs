namespace RiskNotebooks.Location;

/// <summary>Checks and projections of WGS84 coordinates.</summary>
internal static class Coordinates
{
    /// <summary>The mean Earth radius in metres (IUGG), for the equirectangular projection of grids.</summary>
    internal const double EarthRadius = 6_371_008.8;

    internal static bool IsLatitude(double value) => value is >= -90d and <= 90d;

    internal static bool IsLongitude(double value) => value is >= -180d and <= 180d;

    /// <summary>Metres east of longitude 0 at the reference latitude (equirectangular).</summary>
    internal static double X(double longitude, double referenceLatitude)
        => EarthRadius * double.DegreesToRadians(longitude) * Math.Cos(double.DegreesToRadians(referenceLatitude));

    /// <summary>Metres north of the equator (equirectangular).</summary>
    internal static double Y(double latitude) => EarthRadius * double.DegreesToRadians(latitude);

    internal static double Longitude(double x, double referenceLatitude)
        => double.RadiansToDegrees(x / (EarthRadius * Math.Cos(double.DegreesToRadians(referenceLatitude))));

    internal static double Latitude(double y) => double.RadiansToDegrees(y / EarthRadius);
}
