using System.CommandLine;
using RiskNotebooks.Data;
using RiskNotebooks.Location;
using RiskNotebooks.Reporting.Json;

namespace RiskNotebooks.Cli;

/// <summary><c>risknb location</c>: unicity, scikit-mobility's attacks and top-N uniqueness of mobile location traces.</summary>
internal static class LocationCommand
{
    internal const string DemoFileName = "traces_100.csv";

    internal static Command Create(TextWriter output)
    {
        var file = new Argument<string?>("FILE")
        {
            Description = "A CSV of traces: user id, time, and lat/lng or a location id (one record per row). Without it, the bundled synthetic traces of 100 users.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var antennas = new Option<string?>("--antennas") { Description = "An antenna table (id, lat, lng) for traces that give location ids." };
        var userColumn = new Option<string?>("--user-column") { Description = "The user id column (detected: uid, user_id, user, ...)." };
        var timeColumn = new Option<string?>("--time-column") { Description = "The time column (detected: datetime, timestamp, time, ...)." };
        var latColumn = new Option<string?>("--lat-column") { Description = "The latitude column (detected: lat, latitude)." };
        var lonColumn = new Option<string?>("--lon-column") { Description = "The longitude column (detected: lng, lon, longitude)." };
        var locationColumn = new Option<string?>("--location-column") { Description = "The location (antenna, cell) id column; reads places by id." };
        var delimiter = new Option<string?>("--delimiter") { Description = "Field delimiter (',', ';', '|' or 'tab'); detected when not given." };
        var spatial = new Option<string>("--spatial") { Description = "Where: raw (places as given), a grid (500m, 2km) or cells of an area (4km2).", DefaultValueFactory = _ => "raw" };
        var temporal = new Option<string>("--temporal") { Description = "When: minute, 15min, hour, 4h, day, week, hour-of-day, 4h-of-day or none.", DefaultValueFactory = _ => "hour" };
        var points = new Option<string>("--points") { Description = "Numbers of points p for unicity: 4, 1..5 or 1,2,4.", DefaultValueFactory = _ => "1..4" };
        var draws = new Option<int?>("--draws") { Description = "Random draws per user (default: enough for 100,000 draws, at most 100 per user)." };
        var seed = new Option<long>("--seed") { Description = "Seed of the draws: the same seed gives the same result.", DefaultValueFactory = _ => UnicityOptions.DefaultSeed };
        var exact = new Option<bool>("--exact") { Description = "Unicity over every p-subset of each user's points (users above --exact-limit subsets are sampled)." };
        var exactLimit = new Option<long>("--exact-limit") { Description = "Exact mode: the most p-subsets enumerated for one user.", DefaultValueFactory = _ => 1_000_000 };
        var grid = new Option<bool>("--grid") { Description = "Also unicity over a grid of spatial × temporal resolutions." };
        var gridSpatial = new Option<string?>("--grid-spatial") { Description = "The grid's spatial resolutions (default raw,1km,2km,4km,8km)." };
        var gridTemporal = new Option<string?>("--grid-temporal") { Description = "The grid's temporal resolutions (default hour,2h,4h,6h,12h,day)." };
        var gridPoints = new Option<int>("--grid-points") { Description = "p on the grid.", DefaultValueFactory = _ => 4 };
        var attack = new Option<string?>("--attack") { Description = "scikit-mobility attacks: all, or any of location, location-sequence, location-time, unique-location, location-frequency, location-probability, location-proportion, home-work." };
        var k = new Option<string>("--k") { Description = "Background knowledge length k of the attacks: 2, 1..4 or 1,3.", DefaultValueFactory = _ => "2" };
        var precision = new Option<string>("--time-precision") { Description = "location-time: year, month, day, hour, minute or second.", DefaultValueFactory = _ => "hour" };
        var tolerance = new Option<double>("--tolerance") { Description = "Frequency, probability and proportion attacks: relative tolerance in [0, 1].", DefaultValueFactory = _ => 0d };
        var compat = new Option<string>("--compat") { Description = "none (documented behaviour) or skmob (reproduce scikit-mobility's actual numbers).", DefaultValueFactory = _ => "none" };
        var topN = new Option<string>("--top-n") { Description = "Top-N locations uniqueness for these N (none to skip).", DefaultValueFactory = _ => "1..3" };
        var threshold = new Option<double>("--threshold") { Description = "Attack risk above which a user is at risk.", DefaultValueFactory = _ => 0.2 };
        var records = new Option<string?>("--records") { Description = "Write per-user results (user id, points, unique shares, risks) to this CSV. Per-user output: share with care." };
        var format = new Option<string>("--format") { Description = "Output format: table (readable) or json (for pipelines).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var report = ReportFile.Create();

        var command = new Command("location", "Mobile location traces: unicity (de Montjoye), scikit-mobility's attacks, top-N uniqueness, and the places that single people out.")
        {
            file, antennas, userColumn, timeColumn, latColumn, lonColumn, locationColumn, delimiter, spatial, temporal, points, draws, seed, exact, exactLimit,
            grid, gridSpatial, gridTemporal, gridPoints, attack, k, precision, tolerance, compat, topN, threshold, records, report, format,
        };

        command.SetAction(parse =>
        {
            var path = parse.GetValue(file) ?? LocateDemo();
            using var files = new CommandFiles();
            files.Input(path, "FILE");
            var antennaPath = files.Input(parse.GetValue(antennas), "--antennas");
            var reportPath = files.Report(parse.GetValue(report));
            var recordsPath = files.Output(parse.GetValue(records), "--records", "per-user results");
            var delimiterChar = parse.GetValue(delimiter) is { } d ? CsvLoadOptions.ParseDelimiter(d) : (char?)null;
            var antennaTable = antennaPath is null ? null : AntennaTable.Load(antennaPath);
            var unicity = new UnicityOptions
            {
                Spatial = SpatialResolution.Parse(parse.GetValue(spatial)!, "--spatial"),
                Temporal = TemporalResolution.Parse(parse.GetValue(temporal)!, "--temporal"),
                Points = UnicityOptions.ParseRange(parse.GetValue(points)!, "--points"),
                DrawsPerUser = parse.GetValue(draws),
                Seed = parse.GetValue(seed),
                Mode = parse.GetValue(exact) ? UnicityMode.Exact : UnicityMode.Sampled,
                ExactLimit = parse.GetValue(exactLimit),
            };
            var compatibility = AttackOptions.ParseCompatibility(parse.GetValue(compat)!);
            var attacks = new List<AttackOptions>();
            if (parse.GetValue(attack) is { } names)
            {
                var lengths = UnicityOptions.ParseRange(parse.GetValue(k)!, "--k");
                var timePrecision = AttackOptions.ParseTimePrecision(parse.GetValue(precision)!);
                foreach (var name in AttackOptions.ParseAttacks(names))
                {
                    foreach (var length in name == MobilityAttack.HomeWork ? [lengths[0]] : lengths)
                    {
                        attacks.Add(new AttackOptions
                        {
                            Attack = name,
                            KnowledgeLength = length,
                            TimePrecision = timePrecision,
                            Tolerance = parse.GetValue(tolerance),
                            Compatibility = compatibility,
                            Threshold = parse.GetValue(threshold),
                        });
                    }
                }
            }
            else if (compatibility != AttackCompatibility.Documented)
            {
                throw new InvalidOptionException("--compat", "only applies with --attack.");
            }

            var options = new LocationRiskOptions
            {
                Unicity = unicity,
                Grid = parse.GetValue(grid),
                GridSpatial = parse.GetValue(gridSpatial) is { } gs ? SpatialResolution.ParseList(gs, "--grid-spatial") : UnicityGrid.DefaultSpatial,
                GridTemporal = parse.GetValue(gridTemporal) is { } gt ? TemporalResolution.ParseList(gt, "--grid-temporal") : UnicityGrid.DefaultTemporal,
                GridPoints = parse.GetValue(gridPoints),
                Attacks = attacks,
                TopN = parse.GetValue(topN) is "none" or "0" ? [] : UnicityOptions.ParseRange(parse.GetValue(topN)!, "--top-n"),
            };
            options.Validate(); // before loading: a long load should not end in a usage error
            var loadOptions = new TraceLoadOptions
            {
                UserColumn = parse.GetValue(userColumn),
                TimeColumn = parse.GetValue(timeColumn),
                LatitudeColumn = parse.GetValue(latColumn),
                LongitudeColumn = parse.GetValue(lonColumn),
                LocationColumn = parse.GetValue(locationColumn),
                Antennas = antennaTable,
                Delimiter = delimiterChar,
            };
            var traces = TraceReader.Load(path, loadOptions);
            var result = LocationRiskAnalysis.Run(traces, options);
            if (recordsPath is not null)
            {
                LocationRecordsCsv.Write(files.Staged, recordsPath, result);
            }

            ReportFile.Write(files, reportPath, () => RiskNotebooks.Reporting.Export.HtmlReport.For(result));
            files.Commit(parse.InvocationConfiguration.Error);
            if (parse.GetValue(format) == "json")
            {
                LocationJson.Write(result, output);
            }
            else
            {
                LocationTable.Write(result, output);
            }

            return ExitCodes.Ok;
        });

        return command;
    }

    /// <summary>The bundled traces: beside the program (copied at build).</summary>
    private static string LocateDemo()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "datasets", DemoFileName);
        return File.Exists(beside)
            ? beside
            : throw new InvalidOptionException("FILE", $"no file given and the bundled traces are not installed beside the program ({beside}).");
    }
}
