using System.Globalization;
using RiskNotebooks.Location;
using RiskNotebooks.Reporting.Json;

namespace RiskNotebooks.Cli;

/// <summary>The readable summary of a <see cref="LocationRiskReport"/>: aggregates only.</summary>
internal static class LocationTable
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    internal static void Write(LocationRiskReport r, TextWriter o)
    {
        var u = r.Unicity;
        o.WriteLine($"Location risk of {Path.GetFileName(r.Source)}");
        o.WriteLine($"  users {Count(r.UserCount)}   records {Count(r.RecordCount)}   places {Count(r.PlaceCount)}   {r.Start.ToString("yyyy-MM-dd", Invariant)} to {r.End.ToString("yyyy-MM-dd", Invariant)}");
        o.WriteLine($"  resolution {r.Options.Spatial} x {r.Options.Temporal}: {Count(u.DistinctPoints)} distinct points; points per user min {Count(u.MinPointsPerUser)}, median {Count(u.MedianPointsPerUser)}, max {Count(u.MaxPointsPerUser)}");
        o.WriteLine();
        var how = u.Options.Mode == UnicityMode.Exact
            ? $"exact (every p-subset; users above {Count(u.Options.ExactLimit)} subsets sampled, {Count(u.DrawsPerUser)} draws)"
            : $"sampled, {Count(u.DrawsPerUser)} {(u.DrawsPerUser == 1 ? "draw" : "draws")} per user, seed {u.Options.Seed.ToString(Invariant)}";
        o.WriteLine($"  unicity (de Montjoye et al. 2013): share of users singled out by p points of their trace; {how}");
        o.WriteLine($"     p    unicity   {u.Options.ConfidenceLevel.ToString("0%", Invariant)} interval          users   too short");
        foreach (var x in u.Results)
        {
            o.WriteLine($"  {x.Points,4}   {Percent(x.Unicity),8}   [{Percent(x.Low)}, {Percent(x.High)}]  {Count(x.EligibleUsers),10}  {Count(x.TooShortUsers),10}");
        }

        if (r.Grid is { } g)
        {
            o.WriteLine();
            o.WriteLine($"  unicity with {g.Points} points by resolution (rows: space, columns: time)");
            o.WriteLine("  " + new string(' ', 10) + string.Concat(g.Temporal.Select(t => $"{t,10}")));
            for (var s = 0; s < g.Spatial.Count; s++)
            {
                o.WriteLine($"  {g.Spatial[s],-10}" + string.Concat(Enumerable.Range(0, g.Temporal.Count).Select(t => $"{Percent(g[s, t].Unicity),10}")));
            }
        }

        if (r.TopLocations.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("  top-N locations (Zang and Bolot 2011): share of users unique by their N most visited places");
            foreach (var t in r.TopLocations)
            {
                o.WriteLine($"    N = {t.N}   {Percent(t.Uniqueness),8}   ({Count(t.UniqueUsers)} of {Count(t.EligibleUsers)} users; {Count(t.TooFewPlacesUsers)} users have fewer places)");
            }
        }

        if (r.Attacks.Count > 0)
        {
            var compat = r.Attacks[0].Options.Compatibility == AttackCompatibility.ScikitMobility
                ? "scikit-mobility's actual numbers (--compat skmob)"
                : "documented behaviour";
            var threshold = r.Attacks[0].Options.Threshold.ToString("0.###", Invariant);
            o.WriteLine();
            o.WriteLine($"  attacks (scikit-mobility, {compat}): risk = 1 / users compatible with the most revealing knowledge");
            o.WriteLine($"    attack                          mean risk    unique   at risk (> {threshold})    time");
            foreach (var a in r.Attacks)
            {
                o.WriteLine($"    {a.Label,-30} {Percent(a.MeanRisk),10} {Percent(a.UniqueShare),9} {Percent(a.AtRiskShare),18} {a.Elapsed.TotalSeconds.ToString("0.00", Invariant),7} s");
            }
        }

        var places = r.PlaceContributions.Where(p => p.Visitors >= LocationJson.MinimumVisitors)
            .OrderByDescending(p => p.SinglesOut).ThenByDescending(p => p.AtRisk).ThenBy(p => p.Cell).Take(5).ToList();
        if (places.Count > 0 && places[0].SinglesOut + places[0].AtRisk > 0)
        {
            o.WriteLine();
            o.WriteLine($"  where the risk is ({r.PlaceContributionsBasis}): places that single out most users (places with {LocationJson.MinimumVisitors}+ visitors)");
            foreach (var p in places)
            {
                var where = double.IsNaN(p.Latitude) ? p.Label ?? $"place {p.Cell}" : $"{p.Latitude.ToString("0.0000", Invariant)} N {p.Longitude.ToString("0.0000", Invariant)} E";
                o.WriteLine($"    {where,-26} visitors {Count(p.Visitors),6}   singles out {Count(p.SinglesOut),6}   at risk {Count(p.AtRisk),6}");
            }
        }

        o.WriteLine();
        o.WriteLine($"  {r.Elapsed.TotalSeconds.ToString("0.00", Invariant)} s. Aggregates only: per-user results with --records FILE.");
    }

    private static string Count(long value) => value.ToString("N0", Invariant);

    private static string Percent(double share) => double.IsNaN(share) ? "n/a" : share.ToString("0.0%", Invariant);
}
