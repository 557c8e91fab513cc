using System.Globalization;
using System.Text;
using RiskNotebooks.Location;

namespace RiskNotebooks.Synthetic.Location;

/// <summary>
/// Makes synthetic CDR-like mobile phone traces: every user has a home, most a workplace, and other places found by
/// exploration and preferential return; each record is a call or message at a time that follows a daily rhythm, located at
/// the antenna serving the place where the user is at that time. No real person's data.
/// </summary>
/// <remarks>
/// <para>
/// The region is a square grid of antennas (about 560 m × 590 m apart, starting at 45.4025 N, 9.05375 E, as the bundled
/// traces). Homes are drawn from a population density with one city centre and four towns; workplaces from a more central
/// density. A weekday of an employed user is home → work (leaving between 07:00 and 09:30) → sometimes lunch out → home
/// or an evening place; other days are home with one to three outings. Outings follow the exploration and preferential
/// return model of Song, Koren, Wang and Barabási (<i>Modelling the scaling properties of human mobility</i>, Nature
/// Physics 2010): a new place with probability ρS^−γ (ρ = 0.6, γ = 0.21, S places known so far) at a power-law jump from
/// home (exponent 1.75), else a known place in proportion to its visits. Record times follow the hourly activity of
/// phone use (few at night, most 09:00–20:00); 8% of records are served by a neighbouring antenna.
/// </para>
/// <para>
/// Deterministic: every user's records depend only on (seed, user), through a counter-based generator, and all tables
/// are integers, so the same options give the same traces and the same bytes whatever the number of threads.
/// </para>
/// </remarks>
public static class SyntheticTraceGenerator
{
    private const int LatitudeBase = 45_402_500;   // micro-degrees
    private const int LatitudeStep = 5_000;
    private const int LongitudeBase = 9_053_750;
    private const int LongitudeStep = 7_500;
    private const int SecondsPerDay = 86_400;

    /// <summary>Generates the traces in memory (no file): 8 bytes per record.</summary>
    /// <param name="options">The options.</param>
    /// <param name="cancellationToken">Stops a long run.</param>
    /// <returns>The traces; places are the antennas (every antenna of the grid, in row-major order), user ids 1..N.</returns>
    public static TraceSet Generate(SyntheticTraceOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var model = new Model(options);
        var users = options.Users;
        var start = new int[users + 1];
        long total = 0;
        for (var u = 0; u < users; u++)
        {
            total += model.RecordCount(u);
            if (total > Array.MaxLength)
            {
                throw new InvalidOptionException("--users", "too many records for one trace set in memory (more than 2 billion).");
            }

            start[u + 1] = (int)total;
        }

        var seconds = new int[total];
        var places = new int[total];
        ParallelRanges.For(users, cancellationToken, (from, to) =>
        {
            var scratch = new User(model);
            for (var u = from; u < to; u++)
            {
                scratch.Generate(u, seconds.AsSpan(start[u], start[u + 1] - start[u]), places.AsSpan(start[u], start[u + 1] - start[u]));
            }
        });

        var side = model.Side;
        var latitude = new double[side * side];
        var longitude = new double[side * side];
        for (var a = 0; a < latitude.Length; a++)
        {
            latitude[a] = (LatitudeBase + (a / side * LatitudeStep)) / 1e6;
            longitude[a] = (LongitudeBase + (a % side * LongitudeStep)) / 1e6;
        }

        var ids = new string[users];
        for (var u = 0; u < users; u++)
        {
            ids[u] = (u + 1).ToString(CultureInfo.InvariantCulture);
        }

        var epoch = (long)options.Start.DayNumber * SecondsPerDay;
        return new TraceSet($"synthetic traces (users {users}, seed {options.Seed})", ids, start, seconds, places, epoch, latitude, longitude, null);
    }

    /// <summary>Writes the traces as CSV, <c>uid,datetime,lat,lng</c> (or <c>uid,datetime,antenna_id</c>), user by user.</summary>
    /// <param name="writer">The destination; neither flushed nor closed.</param>
    /// <param name="options">The options.</param>
    /// <param name="antennaIds">Write antenna ids instead of coordinates (see <see cref="WriteAntennas"/>).</param>
    /// <param name="cancellationToken">Stops a long run.</param>
    public static void Write(TextWriter writer, SyntheticTraceOptions options, bool antennaIds = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var model = new Model(options);
        writer.Write(antennaIds ? "uid,datetime,antenna_id\n" : "uid,datetime,lat,lng\n");
        const int Batch = 4096;
        var texts = new string[Batch];
        for (var first = 0; first < options.Users; first += Batch)
        {
            var count = Math.Min(Batch, options.Users - first);
            Parallel.For(0, count, new ParallelOptions { CancellationToken = cancellationToken }, () => new User(model), (i, _, user) =>
            {
                texts[i] = user.Text(first + i, options.Start, antennaIds);
                return user;
            }, _ => { });
            for (var i = 0; i < count; i++)
            {
                writer.Write(texts[i]);
            }
        }
    }

    /// <summary>Writes the antenna table: <c>antenna_id,row,col,lat,lng</c>.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="options">The options (only the grid size matters).</param>
    public static void WriteAntennas(TextWriter writer, SyntheticTraceOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        var side = options.GridSide;
        var line = new StringBuilder("antenna_id,row,col,lat,lng\n");
        for (var a = 0; a < side * side; a++)
        {
            line.Append(CultureInfo.InvariantCulture, $"{a},{a / side},{a % side},");
            AppendMicro(line, LatitudeBase + (a / side * LatitudeStep));
            line.Append(',');
            AppendMicro(line, LongitudeBase + (a % side * LongitudeStep));
            line.Append('\n');
        }

        writer.Write(line.ToString());
    }

    private static void AppendMicro(StringBuilder text, int micro)
        => text.Append(CultureInfo.InvariantCulture, $"{micro / 1_000_000}.{micro % 1_000_000:D6}");

    /// <summary>The shared tables: densities, rhythms, jump lengths.</summary>
    private sealed class Model
    {
        // Exploration probability ρS^−γ in per-mille for S = 1..64 (ρ = 0.6, γ = 0.21); S = 0 always explores.
        internal static readonly int[] ExplorePerMille =
        [
            600, 519, 476, 448, 428, 412, 399, 388, 378, 370, 363, 356, 350, 345, 340, 335, 331, 327, 323, 320, 317, 314,
            311, 308, 305, 303, 300, 298, 296, 294, 292, 290, 288, 286, 284, 283, 281, 280, 278, 277, 275, 274, 272, 271,
            270, 269, 267, 266, 265, 264, 263, 262, 261, 260, 259, 258, 257, 256, 255, 254, 253, 252, 251, 251,
        ];

        // Jump lengths d = 1..60 antennas, weights ∝ d^−1.75 (millionths).
        private static readonly int[] JumpWeights =
        [
            1000000, 297302, 146230, 88388, 59814, 43475, 33195, 26278, 21383, 17783, 15051, 12925, 11236, 9869, 8747, 7812,
            7026, 6357, 5783, 5287, 4854, 4475, 4140, 3843, 3578, 3340, 3127, 2934, 2759, 2600, 2455, 2323, 2201, 2089, 1986,
            1890, 1802, 1719, 1643, 1572, 1505, 1443, 1385, 1330, 1279, 1231, 1185, 1142, 1102, 1064, 1027, 993, 961, 930,
            900, 872, 846, 820, 796, 773,
        ];

        // Records by hour of day: weekdays (the shape of phone activity), weekends (later mornings, later nights).
        private static readonly int[] WeekdayHours = [226, 118, 63, 48, 51, 79, 224, 676, 1163, 1352, 1367, 1366, 1381, 1326, 1369, 1371, 1327, 1294, 1360, 1373, 1164, 886, 641, 471];
        private static readonly int[] WeekendHours = [420, 260, 140, 80, 50, 50, 90, 250, 560, 900, 1150, 1300, 1350, 1300, 1280, 1300, 1320, 1330, 1350, 1330, 1200, 1000, 800, 600];

        // Towns: row and column as a share of the grid (per-mille), weight, spread (per-mille of the grid side).
        private static readonly (int Row, int Col, int Weight, int Spread)[] Towns =
            [(500, 500, 100, 100), (250, 300, 35, 60), (750, 700, 30, 60), (300, 780, 20, 50), (800, 200, 15, 50)];

        internal Model(SyntheticTraceOptions options)
        {
            Options = options;
            Side = options.GridSide;
            Home = Cumulative(Density(Side, spreadFactor: 1, centreBoost: 1));
            Work = Cumulative(Density(Side, spreadFactor: 2, centreBoost: 3));
            Jumps = Cumulative(JumpWeights);
            Weekday = Cumulative(WeekdayHours);
            Weekend = Cumulative(WeekendHours);
            StartDayOfWeek = (int)options.Start.DayOfWeek;
        }

        internal SyntheticTraceOptions Options { get; }

        internal int Side { get; }

        internal long[] Home { get; }

        internal long[] Work { get; }

        internal long[] Jumps { get; }

        internal long[] Weekday { get; }

        internal long[] Weekend { get; }

        internal int StartDayOfWeek { get; }

        internal int RecordCount(int user)
        {
            var random = SeededRandom.For(Options.Seed, 2, user);
            return Options.MinRecords + random.Next(Options.MaxRecords - Options.MinRecords + 1);
        }

        internal static int Sample(long[] cumulative, ref SeededRandom random)
        {
            var x = (long)(random.NextUInt64() % (ulong)cumulative[^1]);
            var index = Array.BinarySearch(cumulative, x + 1);
            return index >= 0 ? index : ~index;
        }

        /// <summary>Weights per antenna: a rural floor plus each town's kernel W·s²/(s² + d²), in integers.</summary>
        private static long[] Density(int side, int spreadFactor, int centreBoost)
        {
            var weights = new long[side * side];
            for (var r = 0; r < side; r++)
            {
                for (var c = 0; c < side; c++)
                {
                    long w = 10;
                    for (var t = 0; t < Towns.Length; t++)
                    {
                        var (tr, tc, weight, spread) = Towns[t];
                        long s = Math.Max(1, side * spread / 1000 / spreadFactor);
                        long dr = r - (side * tr / 1000);
                        long dc = c - (side * tc / 1000);
                        var boost = t == 0 ? centreBoost : 1;
                        w += weight * boost * 1000 * s * s / ((s * s) + (dr * dr) + (dc * dc));
                    }

                    weights[(r * side) + c] = w;
                }
            }

            return weights;
        }

        private static long[] Cumulative(IReadOnlyList<long> weights)
        {
            var cumulative = new long[weights.Count];
            long sum = 0;
            for (var i = 0; i < weights.Count; i++)
            {
                sum += weights[i];
                cumulative[i] = sum;
            }

            return cumulative;
        }

        private static long[] Cumulative(IReadOnlyList<int> weights) => Cumulative(weights.Select(w => (long)w).ToArray());
    }

    /// <summary>One worker's scratch space for generating a user: places known, the day plans, the record times.</summary>
    private sealed class User
    {
        private readonly Model model;
        private readonly List<int> otherPlaces = [];
        private readonly List<int> otherVisits = [];
        private readonly List<int> segmentStart = [];
        private readonly List<int> segmentPlace = [];
        private readonly int[] dayFirstSegment;
        private int[] times = new int[1024];
        private int[] places = new int[1024];
        private SeededRandom random;
        private int home;
        private int work;
        private int knownTotal;
        private int dayStart;

        internal User(Model model)
        {
            this.model = model;
            dayFirstSegment = new int[model.Options.Days + 1];
        }

        internal void Generate(int user, Span<int> seconds, Span<int> antennas)
        {
            random = SeededRandom.For(model.Options.Seed, 1, user);
            home = Model.Sample(model.Home, ref random);
            work = random.Next(100) < 72 ? Model.Sample(model.Work, ref random) : -1;
            otherPlaces.Clear();
            otherVisits.Clear();
            knownTotal = 0;
            PlanDays();

            var n = seconds.Length;
            var days = model.Options.Days;
            for (var i = 0; i < n; i++)
            {
                var day = random.Next(days);
                var weekend = IsWeekend(day);
                var hour = Model.Sample(weekend ? model.Weekend : model.Weekday, ref random);
                seconds[i] = (day * SecondsPerDay) + (hour * 3600) + random.Next(3600);
            }

            seconds.Sort();
            for (var i = 0; i < n; i++)
            {
                var day = seconds[i] / SecondsPerDay;
                var time = seconds[i] % SecondsPerDay;
                var segment = dayFirstSegment[day];
                while (segment + 1 < dayFirstSegment[day + 1] && segmentStart[segment + 1] <= time)
                {
                    segment++;
                }

                var place = segmentPlace[segment];
                antennas[i] = random.Next(100) < 8 ? Neighbour(place, 1) : place;
            }
        }

        internal string Text(int user, DateOnly start, bool antennaIds)
        {
            var n = model.RecordCount(user);
            if (times.Length < n)
            {
                times = new int[n * 2];
                places = new int[n * 2];
            }

            Generate(user, times.AsSpan(0, n), places.AsSpan(0, n));
            var text = new StringBuilder(n * 44);
            var id = (user + 1).ToString(CultureInfo.InvariantCulture);
            var side = model.Side;
            for (var i = 0; i < n; i++)
            {
                var date = start.AddDays(times[i] / SecondsPerDay);
                var time = times[i] % SecondsPerDay;
                text.Append(id).Append(',');
                text.Append(CultureInfo.InvariantCulture, $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2} {time / 3600:D2}:{time / 60 % 60:D2}:{time % 60:D2},");
                if (antennaIds)
                {
                    text.Append(places[i]);
                }
                else
                {
                    AppendMicro(text, LatitudeBase + (places[i] / side * LatitudeStep));
                    text.Append(',');
                    AppendMicro(text, LongitudeBase + (places[i] % side * LongitudeStep));
                }

                text.Append('\n');
            }

            return text.ToString();
        }

        private bool IsWeekend(int day) => (model.StartDayOfWeek + day) % 7 is 0 or 6;

        /// <summary>Each day as segments (start second, place): where the user is from then until the next segment.</summary>
        private void PlanDays()
        {
            segmentStart.Clear();
            segmentPlace.Clear();
            for (var day = 0; day < model.Options.Days; day++)
            {
                dayFirstSegment[day] = dayStart = segmentStart.Count;
                Stay(0, home);
                if (work >= 0 && !IsWeekend(day) && random.Next(100) < 92)
                {
                    var leave = (7 * 3600) + (random.Next(150) * 60);
                    Stay(leave, work);
                    if (random.Next(100) < 25)
                    {
                        var lunch = (12 * 3600) + (random.Next(60) * 60);
                        Stay(lunch, Other(work));
                        Stay(lunch + (40 * 60) + (random.Next(40) * 60), work);
                    }

                    var back = (16 * 3600) + (random.Next(210) * 60);
                    if (random.Next(100) < 40)
                    {
                        Stay(back, Other(home));
                        back += (60 + random.Next(180)) * 60;
                    }

                    Stay(back, home);
                }
                else
                {
                    var t = (9 * 3600) + (random.Next(180) * 60);
                    var trips = 1 + random.Next(3);
                    for (var trip = 0; trip < trips && t < 21 * 3600; trip++)
                    {
                        Stay(t, Other(home));
                        t += (60 + random.Next(180)) * 60;
                        Stay(t, home);
                        t += (30 + random.Next(150)) * 60;
                    }
                }
            }

            dayFirstSegment[model.Options.Days] = segmentStart.Count;
        }

        private void Stay(int start, int place)
        {
            // Segments of a day start at strictly increasing seconds, all before midnight.
            start = Math.Min(start, SecondsPerDay - 1);
            var count = segmentStart.Count;
            if (count > dayStart && segmentStart[count - 1] >= start)
            {
                if (segmentStart[count - 1] >= SecondsPerDay - 1)
                {
                    segmentPlace[count - 1] = place;
                    return;
                }

                start = segmentStart[count - 1] + 1;
            }

            segmentStart.Add(start);
            segmentPlace.Add(place);
        }

        /// <summary>An outing: explore a new place (power-law jump from an anchor) or return to a known one by its visits.</summary>
        private int Other(int anchor)
        {
            var known = otherPlaces.Count;
            var explore = known == 0 || random.Next(1000) < Model.ExplorePerMille[Math.Min(known, 64) - 1];
            if (explore)
            {
                var place = Neighbour(anchor, 1 + Model.Sample(model.Jumps, ref random));
                var existing = otherPlaces.IndexOf(place);
                if (existing < 0 && place != home && place != work)
                {
                    otherPlaces.Add(place);
                    otherVisits.Add(1);
                    knownTotal++;
                    return place;
                }

                if (existing >= 0)
                {
                    otherVisits[existing]++;
                    knownTotal++;
                }

                return place;
            }

            var pick = random.Next(knownTotal);
            for (var i = 0; i < known; i++)
            {
                pick -= otherVisits[i];
                if (pick < 0)
                {
                    otherVisits[i]++;
                    knownTotal++;
                    return otherPlaces[i];
                }
            }

            return otherPlaces[^1];
        }

        /// <summary>A random antenna on the square ring at distance d (clamped to the grid).</summary>
        private int Neighbour(int antenna, int d)
        {
            var side = model.Side;
            var i = random.Next(8 * d);
            int dr, dc;
            var leg = i / (2 * d);
            var step = (i % (2 * d)) - d;
            (dr, dc) = leg switch
            {
                0 => (-d, step),
                1 => (step, d),
                2 => (d, -step),
                _ => (-step, -d),
            };
            var r = Math.Clamp((antenna / side) + dr, 0, side - 1);
            var c = Math.Clamp((antenna % side) + dc, 0, side - 1);
            return (r * side) + c;
        }
    }
}
