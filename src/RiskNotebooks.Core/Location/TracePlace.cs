namespace RiskNotebooks.Location;

/// <summary>A place of a <see cref="TraceSet"/>: an antenna (cell) or a distinct coordinate pair.</summary>
/// <param name="Id">The antenna id as the input wrote it, or <see langword="null"/> when places are coordinates.</param>
/// <param name="Latitude">Degrees north, or NaN when the input gave antenna ids without an antenna table.</param>
/// <param name="Longitude">Degrees east, or NaN likewise.</param>
public readonly record struct TracePlace(string? Id, double Latitude, double Longitude);
