using RiskNotebooks.Location;

namespace RiskNotebooks.Tests.Location;

/// <summary>
/// scikit-mobility's attacks written the way <c>skmob/privacy/attacks.py</c> computes them, for tests: every combination of
/// k rows of the user's frame, and for each, every user's frame checked by the attack's match function. Slow on purpose.
/// </summary>
internal static class SkmobReference
{
    private sealed record Row(int Place, double Lat, double Lng, long Seconds);

    internal static double[] Risks(TraceSet traces, AttackOptions o)
    {
        // scikit-mobility knows places only by their coordinates (antennas on one site are one place); the documented
        // behaviour compares what the input names: antenna ids, or coordinates.
        var compat = o.Compatibility == AttackCompatibility.ScikitMobility;
        var sites = new Dictionary<(double, double), int>();
        int Key(int place) => compat
            ? sites.TryGetValue((traces.PlaceLatitude[place], traces.PlaceLongitude[place]), out var site) ? site : sites[(traces.PlaceLatitude[place], traces.PlaceLongitude[place])] = sites.Count
            : place;
        var users = Enumerable.Range(0, traces.UserCount).Select(u => Enumerable.Range(traces.UserStart[u], traces.RecordCountOf(u))
            .Select(j => new Row(Key(traces.Places[j]), traces.PlaceLatitude[traces.Places[j]], traces.PlaceLongitude[traces.Places[j]], traces.EpochSeconds + traces.Seconds[j])).ToList()).ToList();
        return o.Attack switch
        {
            MobilityAttack.Location => Risk(users, users, o.KnowledgeLength, (v, inst) => Contains(v.Select(r => (object)r.Place), inst.Select(r => (object)r.Place))),
            MobilityAttack.LocationSequence => Risk(users, users, o.KnowledgeLength, (v, inst) => IsSubsequence(v, inst)),
            MobilityAttack.LocationTime => Risk(users, users, o.KnowledgeLength, (v, inst) =>
                Contains(v.Select(r => (object)(r.Place, Temp(r.Seconds, o.TimePrecision, compat))), inst.Select(r => (object)(r.Place, Temp(r.Seconds, o.TimePrecision, compat))))),
            MobilityAttack.UniqueLocation => FrequencyRisk(users, o, (v, inst) => inst.All(i => v.Any(r => r.Place == i.Place))),
            MobilityAttack.LocationFrequency => FrequencyRisk(users, o, (v, inst) => inst.All(i => v.Any(r => r.Place == i.Place && Within(i.Freq, r.Freq, o.Tolerance)))),
            MobilityAttack.LocationProbability => FrequencyRisk(users, o, (v, inst) => inst.All(i => v.Any(r => r.Place == i.Place && Within(i.Prob, r.Prob, o.Tolerance)))),
            MobilityAttack.LocationProportion => FrequencyRisk(users, o, (v, inst) =>
            {
                var matched = inst.Select(i => (i, r: v.FirstOrDefault(r => r.Place == i.Place))).ToList();
                if (matched.Any(m => m.r is null))
                {
                    return false;
                }

                double instMax = matched.Max(m => m.i.Freq), vMax = matched.Max(m => m.r!.Freq);
                return matched.All(m => Within(m.i.Freq / instMax, m.r!.Freq / vMax, o.Tolerance));
            }),
            MobilityAttack.HomeWork => HomeWork(users, compat),
            _ => throw new ArgumentOutOfRangeException(nameof(o)),
        };
    }

    private sealed record FreqRow(int Place, double Lat, double Lng, double Freq, double Prob);

    /// <summary>
    /// <c>frequency_vector</c> / <c>probability_vector</c>: sorted by frequency ascending, ties by lat, lng (then, for
    /// antennas on one site, which scikit-mobility cannot tell apart, by order of first appearance in the input).
    /// </summary>
    private static List<FreqRow> FrequencyVector(List<Row> rows) => rows.GroupBy(r => r.Place)
        .Select(g => new FreqRow(g.Key, g.First().Lat, g.First().Lng, g.Count(), (double)g.Count() / rows.Count))
        .OrderBy(f => f.Lat).ThenBy(f => f.Lng).ThenBy(f => f.Place).ToList()
        .OrderBy(f => f.Freq).ToList(); // stable: pandas groups by (lat, lng), then sorts by frequency

    private static double[] FrequencyRisk(List<List<Row>> users, AttackOptions o, Func<List<FreqRow>, FreqRow[], bool> match)
    {
        var vectors = users.Select(FrequencyVector).ToList();
        return Risk(vectors, vectors, o.KnowledgeLength, match);
    }

    private static double[] HomeWork(List<List<Row>> users, bool compat)
    {
        var vectors = users.Select(u => compat
            ? FrequencyVector(u)
            : FrequencyVector(u).OrderByDescending(f => f.Freq).ToList()).ToList(); // stable: ties keep lat, lng order
        return vectors.Select(u =>
        {
            var inst = u.Take(2).ToArray();
            var count = vectors.Count(v => inst.All(i => v.Take(2).Any(r => r.Place == i.Place)));
            return 1d / count;
        }).ToArray();
    }

    /// <summary><c>Attack._risk</c>: the maximum over instances of 1 / the number of matching users.</summary>
    private static double[] Risk<T>(List<List<T>> targets, List<List<T>> all, int k, Func<List<T>, T[], bool> match)
        => targets.Select(u =>
        {
            var risk = 0d;
            foreach (var instance in Combinations(u, Math.Min(k, u.Count)))
            {
                var count = all.Count(v => match(v, instance));
                risk = Math.Max(risk, 1d / count);
            }

            return risk;
        }).ToArray();

    private static IEnumerable<T[]> Combinations<T>(List<T> items, int k)
    {
        var index = Enumerable.Range(0, k).ToArray();
        while (true)
        {
            yield return index.Select(i => items[i]).ToArray();
            var p = k - 1;
            while (p >= 0 && index[p] == items.Count - k + p)
            {
                p--;
            }

            if (p < 0)
            {
                yield break;
            }

            index[p]++;
            for (var q = p + 1; q < k; q++)
            {
                index[q] = index[q - 1] + 1;
            }
        }
    }

    /// <summary>The merge-and-count match of LocationAttack and LocationTimeAttack: multiset containment.</summary>
    private static bool Contains(IEnumerable<object> trace, IEnumerable<object> instance)
    {
        var have = trace.GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        return instance.GroupBy(x => x).All(g => have.TryGetValue(g.Key, out var c) && c >= g.Count());
    }

    /// <summary>LocationSequenceAttack._match: walk the trace, advancing through the instance on each match.</summary>
    private static bool IsSubsequence(List<Row> trace, Row[] instance)
    {
        var count = 0;
        foreach (var row in trace)
        {
            if (count < instance.Length && instance[count].Place == row.Place)
            {
                count++;
            }
        }

        return count == instance.Length;
    }

    private static bool Within(double instance, double value, double tolerance)
        => instance >= value - (value * tolerance) && instance <= value + (value * tolerance);

    /// <summary><c>date_time_precision</c>: Python's str() of the fields, concatenated (compat); else a proper key.</summary>
    private static string Temp(long seconds, TimePrecision precision, bool compat)
    {
        var t = new DateTime(seconds * TimeSpan.TicksPerSecond);
        if (!compat)
        {
            return precision switch
            {
                TimePrecision.Year => t.ToString("yyyy"),
                TimePrecision.Month => t.ToString("yyyy-MM"),
                TimePrecision.Day => t.ToString("yyyy-MM-dd"),
                TimePrecision.Hour => t.ToString("yyyy-MM-dd HH"),
                TimePrecision.Minute => t.ToString("yyyy-MM-dd HH:mm"),
                _ => t.ToString("yyyy-MM-dd HH:mm:ss"),
            };
        }

        string S(int x) => x.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return precision switch
        {
            TimePrecision.Year => S(t.Year),
            TimePrecision.Month => S(t.Year) + S(t.Month),
            TimePrecision.Day => S(t.Year) + S(t.Month) + S(t.Day),
            TimePrecision.Hour => S(t.Year) + S(t.Month) + S(t.Day) + S(t.Month),
            TimePrecision.Minute => S(t.Year) + S(t.Month) + S(t.Day) + S(t.Month) + S(t.Minute),
            _ => S(t.Year) + S(t.Month) + S(t.Day) + S(t.Month) + S(t.Minute) + S(t.Second),
        };
    }
}
