using System.Runtime.CompilerServices;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;
using RiskNotebooks.Interactive.Commands;
using RiskNotebooks.Location;
using RiskNotebooks.Reporting.Charts;

namespace RiskNotebooks.Interactive;

/// <summary><c>#!risk-location</c>: location risk of mobile traces (unicity, attacks, top-N) with a card and heatmaps.</summary>
internal static partial class MagicCommands
{
    /// <summary>The traces loaded last in each session, so that the next cell can change only the resolution.</summary>
    private static readonly ConditionalWeakTable<NotebookSession, TraceSet> LastTraces = [];

    internal static void RegisterLocation(Kernel kernel, NotebookSession session)
    {
        kernel.AddDirective<RiskLocationCommand>(
            Directive("#!risk-location", "Location risk of mobile traces: unicity by number of points (de Montjoye), optionally over a grid of resolutions, scikit-mobility's attacks, top-N uniqueness, and a map of where the risk is.",
                Parameter("--path", "The trace file (user id, time, lat/lng or location id); default: the traces loaded last.", allowImplicitName: true),
                Parameter("--antennas", "An antenna table (id, lat, lng) for traces with location ids."),
                Parameter("--spatial", "raw (default), a grid (500m, 2km) or cells of an area (4km2).").AddCompletions(() => ["raw", "500m", "1km", "2km", "4km", "4km2"]),
                Parameter("--temporal", "hour (default), minute, 15min, 4h, day, week, hour-of-day, 4h-of-day or none.").AddCompletions(() => ["hour", "minute", "4h", "day", "week", "hour-of-day", "none"]),
                Parameter("--points", "Numbers of points p: 4, 1..5 or 1,2,4 (default 1..4)."),
                Parameter("--draws", "Random draws per user (default: enough for 100,000 draws, at most 100 per user).", typeHint: "number"),
                Parameter("--seed", "The seed of the draws.", typeHint: "number"),
                Parameter("--exact", "Every p-subset of each user's points instead of random draws.", flag: true),
                Parameter("--grid", "Also unicity over a grid of spatial x temporal resolutions.", flag: true),
                Parameter("--grid-spatial", "The grid's spatial resolutions (default raw,1km,2km,4km,8km)."),
                Parameter("--grid-temporal", "The grid's temporal resolutions (default hour,2h,4h,6h,12h,day)."),
                Parameter("--grid-points", "p on the grid (default 4).", typeHint: "number"),
                Parameter("--attack", "scikit-mobility attacks: all, or e.g. location,home-work.").AddCompletions(() => ["all", .. AttackOptions.All.Select(AttackOptions.NameOf)]),
                Parameter("--k", "Background knowledge length(s) of the attacks: 2, 1..4 (default 2)."),
                Parameter("--time-precision", "location-time: year, month, day, hour (default), minute or second.").AddCompletions(() => ["year", "month", "day", "hour", "minute", "second"]),
                Parameter("--tolerance", "Frequency, probability and proportion attacks: tolerance in [0, 1].", typeHint: "number"),
                Parameter("--compat", "none (documented behaviour) or skmob (scikit-mobility's actual numbers).").AddCompletions(() => ["none", "skmob"]),
                Parameter("--top-n", "Top-N locations uniqueness for these N (default 1..3; none to skip)."),
                Parameter("--threshold", "Attack risk above which a user is at risk (default 0.2).", typeHint: "number"),
                Parameter("--name", "A C# variable to publish the report as (none by default).")),
            (command, context) => Run(command, context, () => Location(command, context, session)));
    }

    private static void Location(RiskLocationCommand command, KernelInvocationContext context, NotebookSession session)
    {
        var compatibility = AttackOptions.ParseCompatibility(command.Compat ?? "none");
        var attacks = new List<AttackOptions>();
        if (command.Attack is { } names)
        {
            var lengths = UnicityOptions.ParseRange(command.K ?? "2", "--k");
            foreach (var attack in AttackOptions.ParseAttacks(names))
            {
                foreach (var k in attack == MobilityAttack.HomeWork ? [lengths[0]] : lengths)
                {
                    attacks.Add(new AttackOptions
                    {
                        Attack = attack,
                        KnowledgeLength = k,
                        TimePrecision = AttackOptions.ParseTimePrecision(command.TimePrecision ?? "hour"),
                        Tolerance = command.Tolerance ?? 0d,
                        Compatibility = compatibility,
                        Threshold = command.Threshold ?? 0.2,
                    });
                }
            }
        }

        var options = new LocationRiskOptions
        {
            Unicity = new UnicityOptions
            {
                Spatial = SpatialResolution.Parse(command.Spatial ?? "raw", "--spatial"),
                Temporal = TemporalResolution.Parse(command.Temporal ?? "hour", "--temporal"),
                Points = UnicityOptions.ParseRange(command.Points ?? "1..4", "--points"),
                DrawsPerUser = command.Draws,
                Seed = command.Seed ?? UnicityOptions.DefaultSeed,
                Mode = command.Exact ? UnicityMode.Exact : UnicityMode.Sampled,
            },
            Grid = command.Grid,
            GridSpatial = command.GridSpatial is { } gs ? SpatialResolution.ParseList(gs, "--grid-spatial") : UnicityGrid.DefaultSpatial,
            GridTemporal = command.GridTemporal is { } gt ? TemporalResolution.ParseList(gt, "--grid-temporal") : UnicityGrid.DefaultTemporal,
            GridPoints = command.GridPoints ?? 4,
            Attacks = attacks,
            TopN = command.TopN is "none" ? [] : UnicityOptions.ParseRange(command.TopN ?? "1..3", "--top-n"),
        };
        options.Validate(); // every option checked before a long load
        TraceSet traces;
        if (command.Path is { } path)
        {
            var antennas = command.Antennas is { } antennaPath ? AntennaTable.Load(antennaPath) : null;
            traces = TraceReader.Load(path, new TraceLoadOptions { Antennas = antennas }, context.CancellationToken);
            LastTraces.AddOrUpdate(session, traces);
        }
        else if (!LastTraces.TryGetValue(session, out traces!))
        {
            throw new InvalidOptionException("#!risk-location", "no traces loaded yet: give a file, e.g. #!risk-location ../datasets/mobility/traces_100.csv");
        }

        var report = LocationRiskAnalysis.Run(traces, options, context.CancellationToken);
        Publish(context, "--name", command.Name, report);
        var minimumVisitors = session.MinimumShownClassSize; // as shown now, whatever the setting is when exported
        session.LastExport = ("location", () => Reporting.Export.HtmlReport.For(report, minimumVisitors));
        context.Display(report, HtmlFormatter.MimeType);
        context.Display(LocationCharts.UnicityByPoints(report.Unicity), HtmlFormatter.MimeType);
        if (report.Grid is { } grid)
        {
            context.Display(LocationCharts.UnicityByResolution(grid), HtmlFormatter.MimeType);
        }

        if (report.HasCoordinates)
        {
            context.Display(LocationCharts.PlaceRiskMap(report.PlaceContributions, report.PlaceContributionsBasis, session.MinimumShownClassSize), HtmlFormatter.MimeType);
        }
    }
}
