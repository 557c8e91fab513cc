namespace RiskNotebooks.Location;

/// <summary>How much one place (cell) helps single people out: where the risk is.</summary>
/// <param name="Cell">The place's index at the resolution of the analysis (a place of the trace set at raw resolution).</param>
/// <param name="Label">The antenna id at raw resolution with location-id input, else <see langword="null"/>.</param>
/// <param name="Latitude">The place's latitude (a grid cell's centre), or NaN without coordinates.</param>
/// <param name="Longitude">The place's longitude, or NaN.</param>
/// <param name="Visitors">Users with at least one record at the place.</param>
/// <param name="SinglesOut">
/// Users singled out (unique) by knowledge that includes this place: for unicity, users with a unique draw whose
/// identifying points (the rarest points of the draw, up to the one that made it unique) include the place; for an attack,
/// users at risk 1 whose worst knowledge instance includes it.
/// </param>
/// <param name="AtRisk">
/// For an attack, users whose risk is above the threshold and whose worst knowledge instance includes the place; for
/// unicity, the same as <paramref name="SinglesOut"/>.
/// </param>
public sealed record PlaceContribution(int Cell, string? Label, double Latitude, double Longitude, int Visitors, int SinglesOut, int AtRisk);
