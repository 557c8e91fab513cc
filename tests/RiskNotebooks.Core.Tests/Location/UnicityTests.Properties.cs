using RiskNotebooks.Location;

namespace RiskNotebooks.Tests.Location;

public sealed class UnicityPropertyTests
{
    [Fact]
    public void Exact_mode_counts_every_subset_as_brute_force_does()
    {
        for (var seed = 1; seed <= 6; seed++)
        {
            var traces = Traces.Random(seed, 25, 6, 9, 12);
            var report = Unicity.Measure(traces, new UnicityOptions { Mode = UnicityMode.Exact, Points = [1, 2, 3, 4] });
            var index = PointIndex.Build(traces, SpatialResolution.Raw, TemporalResolution.Hour, default);
            foreach (var result in report.Results)
            {
                Assert.Equal(BruteForce(index, result.Points), result.Unicity, 12);
                Assert.Equal(result.Unicity, result.Low);
                Assert.Equal(result.EligibleUsers, result.ExactUsers);
            }
        }
    }

    [Fact]
    public void Exact_unicity_lies_in_the_sampled_confidence_interval_at_least_95_percent_of_the_time()
    {
        var traces = Traces.Random(11, 80, 10, 12, 24);
        var exact = Unicity.Measure(traces, new UnicityOptions { Mode = UnicityMode.Exact, Points = [2, 3] });
        int inside = 0, runs = 0;
        for (var seed = 0; seed < 200; seed++)
        {
            var sampled = Unicity.Measure(traces, new UnicityOptions { Seed = seed, DrawsPerUser = 5, Points = [2, 3] });
            foreach (var p in new[] { 2, 3 })
            {
                var s = sampled.At(p);
                var e = exact.At(p).Unicity;
                Assert.True(s.Low <= s.Unicity && s.Unicity <= s.High);
                inside += s.Low <= e && e <= s.High ? 1 : 0;
                runs++;
            }
        }

        // The interval is conservative: its coverage is at least 95%. Binomial noise over 400 runs is about 1.1%.
        Assert.True(inside >= 0.92 * runs, $"{inside} of {runs}");
    }

    [Fact]
    public void Exact_mode_samples_users_above_the_limit_and_says_so()
    {
        var traces = Traces.Random(3, 30, 8, 14, 30);
        var report = Unicity.Measure(traces, new UnicityOptions { Mode = UnicityMode.Exact, Points = [3], ExactLimit = 20, DrawsPerUser = 10 });
        var r = report.At(3);
        Assert.True(r.SampledUsers > 0 && r.ExactUsers > 0);
        Assert.Equal(r.EligibleUsers, r.SampledUsers + r.ExactUsers);
        Assert.Equal(10L * r.SampledUsers, r.Draws);
        Assert.True(r.Low < r.High);
    }

    /// <summary>
    /// Coarsening never makes the same knowledge more identifying: if the images of a user's points at a coarser
    /// resolution (a grid that merges the finer one's cells, windows that merge the finer windows) single the user out,
    /// the points themselves do. Checked for every subset of up to 3 records of every user, on random trace sets.
    /// </summary>
    [Fact]
    public void Coarsening_never_singles_out_a_user_that_the_finer_resolution_does_not()
    {
        // Two chains, each step coarser in space, time or both (a day is not coarser than 4-hour windows of the day).
        (SpatialResolution, TemporalResolution)[] common =
        [
            (SpatialResolution.Raw, TemporalResolution.Minute),
            (SpatialResolution.Raw, TemporalResolution.Hour),
            (SpatialResolution.Grid(1000), TemporalResolution.Hour),
            (SpatialResolution.Grid(2000), TemporalResolution.Hours(4)),
        ];
        (SpatialResolution, TemporalResolution)[][] ladders =
        [
            [.. common, (SpatialResolution.Cells(16), TemporalResolution.Day), (SpatialResolution.Grid(8000), TemporalResolution.Week), (SpatialResolution.Grid(8000), TemporalResolution.None)],
            [.. common, (SpatialResolution.Grid(4000), TemporalResolution.HoursOfDay(4)), (SpatialResolution.Grid(4000), TemporalResolution.HoursOfDay(12)), (SpatialResolution.Grid(16000), TemporalResolution.None)],
        ];
        for (var seed = 1; seed <= 5; seed++)
        {
            var traces = Traces.Random(seed, 30, 20, 6, 24 * 3);
            foreach (var ladder in ladders)
            {
            var indexes = ladder.Select(r => PointIndex.Build(traces, r.Item1, r.Item2, default)).ToArray();
            for (var u = 0; u < traces.UserCount; u++)
            {
                var records = Enumerable.Range(traces.UserStart[u], traces.RecordCountOf(u)).ToArray();
                foreach (var subset in Subsets(records, 3))
                {
                    var uniqueBefore = true;
                    foreach (var index in indexes)
                    {
                        var keys = subset.Select(r => index.KeyOf(traces, r)).Distinct().ToArray();
                        var unique = Unicity.CountHolders(index, keys) == 1;
                        Assert.True(uniqueBefore || !unique, $"seed {seed}, user {u}: unique at {index.Cells.Resolution}/{index.Temporal} but not at the finer resolution");
                        uniqueBefore = unique;
                    }
                }
            }
            }
        }
    }

    /// <summary>
    /// Unicity draws p distinct points of the trace at the resolution (de Montjoye et al.), so merging a user's
    /// non-identifying points can raise that user's share of identifying draws: the measure itself is not monotone, only
    /// the knowledge is (see the test above). This example pins the definition.
    /// </summary>
    [Fact]
    public void Coarsening_can_raise_unicity_when_it_merges_a_users_shared_points()
    {
        // a: x1, x2 (both shared with b) and y (a's own). At 4-hour windows x1 and x2 become one point.
        var traces = Traces.Of(("a", [(8, 1), (9, 1), (20, 2)]), ("b", [(8, 1), (9, 1)]));
        var hourly = Unicity.Measure(traces, new UnicityOptions { Mode = UnicityMode.Exact, Points = [1] });
        var fourHours = Unicity.Measure(traces, new UnicityOptions { Mode = UnicityMode.Exact, Points = [1], Temporal = TemporalResolution.Hours(4) });
        Assert.Equal((1d / 3d) / 2d, hourly.At(1).Unicity, 12);
        Assert.Equal((1d / 2d) / 2d, fourHours.At(1).Unicity, 12);
    }

    [Fact]
    public void Unicity_falls_along_both_axes_of_a_grid_on_the_bundled_traces()
    {
        var traces = TraceReader.Load(Path.Combine(AppContext.BaseDirectory, "TestData", "mobility", "traces_100.csv"));
        double[] Row(SpatialResolution s) => new[] { TemporalResolution.Hour, TemporalResolution.Hours(4), TemporalResolution.Day }
            .Select(t => Unicity.Measure(traces, new UnicityOptions { Spatial = s, Temporal = t, Points = [2] }).At(2).Unicity).ToArray();
        var raw = Row(SpatialResolution.Raw);
        var coarse = Row(SpatialResolution.Grid(4000));
        Assert.True(raw[0] >= raw[1] && raw[1] >= raw[2], string.Join(", ", raw));
        Assert.True(coarse[0] >= coarse[1] && coarse[1] >= coarse[2], string.Join(", ", coarse));
        Assert.All(raw.Zip(coarse), pair => Assert.True(pair.First >= pair.Second));
        Assert.True(raw[0] > 0.9);
    }

    private static double BruteForce(PointIndex index, int p)
    {
        double sum = 0;
        var eligible = 0;
        for (var u = 0; u < index.UserCount; u++)
        {
            var points = index.PointsOf(u).ToArray();
            if (points.Length < p)
            {
                continue;
            }

            eligible++;
            var subsets = Subsets(points, p).Where(s => s.Length == p).ToList();
            var unique = subsets.Count(s => Enumerable.Range(0, index.UserCount).Count(v => s.All(x => index.PointsOf(v).Contains(x))) == 1);
            sum += (double)unique / subsets.Count;
        }

        return eligible == 0 ? double.NaN : sum / eligible;
    }

    /// <summary>Every non-empty subset of at most <paramref name="max"/> items.</summary>
    private static IEnumerable<int[]> Subsets(int[] items, int max)
    {
        IEnumerable<int[]> Grow(int start, int[] prefix)
        {
            for (var i = start; i < items.Length; i++)
            {
                var next = prefix.Append(items[i]).ToArray();
                yield return next;
                if (next.Length < max)
                {
                    foreach (var s in Grow(i + 1, next))
                    {
                        yield return s;
                    }
                }
            }
        }

        return Grow(0, []);
    }
}
