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

    /// <summary>
    /// A random trace set read from CSV with antenna ids: antennas 2i and 2i + 1 share a site (the same coordinates), and
    /// times are drawn from a few instants spread over a year, including ones whose scikit-mobility keys collide
    /// (2023-01-11 and 2023-11-01 give the same day key; its minute key leaves the hour out).
    /// </summary>
    internal static TraceSet RandomWithAntennas(int seed, int users, int antennas, int maxRecords, int instants)
    {
        var random = new Random(seed);
        var times = new List<DateTime> { new(2023, 1, 11, 10, 5, 0), new(2023, 11, 1, 10, 5, 0), new(2023, 11, 1, 14, 5, 30), new(2023, 11, 1, 14, 5, 0) };
        while (times.Count < instants)
        {
            times.Add(new DateTime(2023, 1, 1).AddDays(random.Next(365)).AddHours(random.Next(24)).AddMinutes(random.Next(60)));
        }

        var table = new System.Text.StringBuilder("antenna_id,lat,lng\n");
        for (var a = 0; a < antennas; a++)
        {
            table.Append(System.Globalization.CultureInfo.InvariantCulture, $"A{a},{45 + (a / 2 / 100d)},9\n");
        }

        var csv = new System.Text.StringBuilder("uid,datetime,antenna_id\n");
        for (var u = 0; u < users; u++)
        {
            var count = 1 + random.Next(maxRecords);
            for (var r = 0; r < count; r++)
            {
                csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"u{u},{times[random.Next(times.Count)]:yyyy-MM-dd HH:mm:ss},A{random.Next(antennas)}\n");
            }
        }

        return TraceReader.LoadFromText($"random-antennas-{seed}.csv", csv.ToString(), new TraceLoadOptions { Antennas = AntennaTable.LoadFromText("antennas.csv", table.ToString()) });
    }
}
