namespace RiskNotebooks.Location;

/// <summary>One record of a trace, for building a <see cref="TraceSet"/> in memory (<see cref="TraceSet.FromRecords"/>).</summary>
/// <param name="User">The user's id.</param>
/// <param name="Time">When (a clock time; its <see cref="DateTime.Kind"/> is ignored).</param>
/// <param name="Latitude">Degrees north, −90 to 90.</param>
/// <param name="Longitude">Degrees east, −180 to 180.</param>
public readonly record struct TraceRecord(string User, DateTime Time, double Latitude, double Longitude);
