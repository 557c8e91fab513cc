using RiskNotebooks.Location;

namespace RiskNotebooks.Tests.Location;

/// <summary>Tiny hand-built trace sets: places are numbered points on a line of latitude, times are hours after a Monday.</summary>
internal static class Traces
{
    internal static readonly DateTime Monday = new(2023, 3, 6);

    /// <summary>Place i sits at latitude 45 + i/100 (about 1.1 km apart), longitude 9.</summary>
    internal static TraceRecord At(string user, int hour, int place)
        => new(user, Monday.AddHours(hour), 45d + (place / 100d), 9d);

    internal static TraceSet Of(params TraceRecord[] records) => TraceSet.FromRecords("hand-built", records);

    /// <summary>Users given as lists of (hour, place) points.</summary>
    internal static TraceSet Of(params (string User, (int Hour, int Place)[] Points)[] users)
        => TraceSet.FromRecords("hand-built", users.SelectMany(u => u.Points.Select(p => At(u.User, p.Hour, p.Place))));

    /// <summary>A random trace set: users with a few records at a few places over a few days.</summary>
    internal static TraceSet Random(int seed, int users, int places, int maxRecords, int hours)
    {
        var random = new Random(seed);
        var records = new List<TraceRecord>();
        for (var u = 0; u < users; u++)
        {
            var count = 1 + random.Next(maxRecords);
            for (var r = 0; r < count; r++)
            {
                records.Add(At($"u{u}", random.Next(hours), random.Next(places)));
            }
        }

        return TraceSet.FromRecords($"random-{seed}", records);
    }
}
