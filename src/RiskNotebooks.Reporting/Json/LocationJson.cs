using System.Text.Json;
using System.Text.Json.Serialization;
using RiskNotebooks.Location;

namespace RiskNotebooks.Reporting.Json;

/// <summary>The JSON form of a <see cref="LocationRiskReport"/>: aggregates only, camelCase, shares in [0, 1].</summary>
public static class LocationJson
{
    /// <summary>Places with fewer visitors are not listed (small cells are suppressed).</summary>
    public const int MinimumVisitors = 5;

    /// <summary>How many places are listed, those that single out most users first.</summary>
    internal const int PlacesListed = 10;

    /// <summary>Writes the JSON of a location risk report, indented, followed by a line break.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(LocationRiskReport report, TextWriter output)
        => output.WriteLine(JsonSerializer.Serialize(From(report), LocationJsonContext.Default.Document));

    internal static Document From(LocationRiskReport r)
    {
        var u = r.Unicity;
        return new Document(
            Path.GetFileName(r.Source),
            r.UserCount,
            r.RecordCount,
            r.PlaceCount,
            r.Start,
            r.End,
            r.Options.Spatial.ToString(),
            r.Options.Temporal.ToString(),
            new PointsPerUser(u.MinPointsPerUser, u.MedianPointsPerUser, u.MaxPointsPerUser, u.DistinctPoints),
            new UnicityJson(
                u.Options.Mode.ToString().ToLowerInvariant(),
                u.Options.Seed,
                u.DrawsPerUser,
                u.Options.ConfidenceLevel,
                u.Results.Select(x => new UnicityPoint(x.Points, Share(x.Unicity), Share(x.Low), Share(x.High), x.EligibleUsers, x.TooShortUsers, x.Draws, x.UniqueDraws, x.ExactUsers, x.SampledUsers)).ToArray()),
            r.Grid is { } g
                ? new GridJson(
                    g.Points,
                    g.Spatial.Select(s => s.ToString()).ToArray(),
                    g.Temporal.Select(t => t.ToString()).ToArray(),
                    Matrix(g, c => c.Unicity),
                    Matrix(g, c => c.Low),
                    Matrix(g, c => c.High))
                : null,
            r.TopLocations.Select(t => new TopJson(t.N, Share(t.Uniqueness), t.UniqueUsers, t.EligibleUsers, t.TooFewPlacesUsers)).ToArray(),
            r.Attacks.Select(a => new AttackJson(
                a.Name,
                a.Options.UsesKnowledgeLength ? a.Options.KnowledgeLength : null,
                a.Attack == MobilityAttack.LocationTime ? a.Options.TimePrecision.ToString().ToLowerInvariant() : null,
                a.Attack is MobilityAttack.LocationFrequency or MobilityAttack.LocationProbability or MobilityAttack.LocationProportion ? a.Options.Tolerance : null,
                a.Options.Compatibility == AttackCompatibility.ScikitMobility ? "skmob" : "documented",
                a.MeanRisk,
                a.MedianRisk,
                a.UniqueUsers,
                a.UniqueShare,
                a.AtRiskUsers,
                a.AtRiskShare,
                a.Options.Threshold,
                a.CompatibleUsersHistogram.Select(h => new Band(h.Key, h.Value)).ToArray(),
                Math.Round(a.Elapsed.TotalSeconds, 3))).ToArray(),
            new PlacesJson(
                r.PlaceContributionsBasis,
                MinimumVisitors,
                r.PlaceContributions.Where(p => p.Visitors >= MinimumVisitors)
                    .OrderByDescending(p => p.SinglesOut).ThenByDescending(p => p.AtRisk).ThenBy(p => p.Cell)
                    .Take(PlacesListed)
                    .Select(p => new PlaceJson(p.Label, Coordinate(p.Latitude), Coordinate(p.Longitude), p.Visitors, p.SinglesOut, p.AtRisk)).ToArray()),
            Math.Round(r.Elapsed.TotalSeconds, 3));
    }

    private static double? Share(double value) => double.IsNaN(value) ? null : value;

    private static double? Coordinate(double value) => double.IsNaN(value) ? null : Math.Round(value, 6);

    private static double?[][] Matrix(UnicityGridReport grid, Func<UnicityAtPoints, double> value)
        => Enumerable.Range(0, grid.Spatial.Count).Select(s => Enumerable.Range(0, grid.Temporal.Count).Select(t => Share(value(grid[s, t]))).ToArray()).ToArray();

    internal sealed record Document(
        string Source,
        int Users,
        int Records,
        int Places,
        DateTime Start,
        DateTime End,
        string Spatial,
        string Temporal,
        PointsPerUser PointsPerUser,
        UnicityJson Unicity,
        GridJson? Grid,
        IReadOnlyList<TopJson> TopLocations,
        IReadOnlyList<AttackJson> Attacks,
        PlacesJson PlaceContributions,
        double Seconds);

    internal sealed record PointsPerUser(int Min, int Median, int Max, int DistinctPoints);

    internal sealed record UnicityJson(string Mode, long Seed, int DrawsPerUser, double ConfidenceLevel, IReadOnlyList<UnicityPoint> Results);

    internal sealed record UnicityPoint(int Points, double? Unicity, double? Low, double? High, int EligibleUsers, int TooShortUsers, long Draws, long UniqueDraws, int ExactUsers, int SampledUsers);

    internal sealed record GridJson(int Points, IReadOnlyList<string> Spatial, IReadOnlyList<string> Temporal, double?[][] Unicity, double?[][] Low, double?[][] High);

    internal sealed record TopJson(int N, double? Uniqueness, int UniqueUsers, int EligibleUsers, int TooFewPlacesUsers);

    internal sealed record AttackJson(string Attack, int? K, string? TimePrecision, double? Tolerance, string Compatibility, double MeanRisk, double MedianRisk, int UniqueUsers, double UniqueShare, int AtRiskUsers, double AtRiskShare, double Threshold, IReadOnlyList<Band> CompatibleUsersHistogram, double Seconds);

    internal sealed record Band(string CompatibleUsers, int Users);

    internal sealed record PlacesJson(string Basis, int MinimumVisitors, IReadOnlyList<PlaceJson> Top);

    internal sealed record PlaceJson(string? Label, double? Latitude, double? Longitude, int Visitors, int SinglesOut, int AtRisk);
}

/// <summary>The serializer of <see cref="LocationJson"/>'s document, generated at build time (no reflection at run time: see <see cref="ReidJsonContext"/>).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(LocationJson.Document))]
internal sealed partial class LocationJsonContext : JsonSerializerContext;
