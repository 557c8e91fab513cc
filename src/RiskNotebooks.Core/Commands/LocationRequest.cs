using RiskNotebooks.Data;
using RiskNotebooks.Location;

namespace RiskNotebooks.Commands;

/// <summary>
/// <c>risknb location</c> and <c>#!risk-location</c>: every option with its default, the cross-option checks, and the
/// engine's options. Hosts fill it from <see cref="Table"/>.
/// </summary>
public sealed class LocationRequest : ICommandRequest
{
    private static readonly AttackOptions DefaultAttack = new();

    /// <summary>The options of the command, as every host binds them.</summary>
    public static CommandTable<LocationRequest> Table { get; } = new CommandTable<LocationRequest>(
            "location",
            "Mobile location traces: unicity (de Montjoye), scikit-mobility's attacks, top-N uniqueness, and the places that single people out.")
        .AddPositional("FILE", "A CSV of traces: user id, time, and lat/lng or a location id (one record per row). Without it: on the command line the bundled synthetic traces of 100 users, in a notebook the traces loaded last.", (r, v) => r.Path = v)
        .Add("--antennas", "An antenna table (id, lat, lng) for traces that give location ids.", OptionKind.Path, (r, v) => r.Antennas = v.Text)
        .Add("--user-column", "The user id column (detected: uid, user_id, user, ...).", OptionKind.Text, (r, v) => r.UserColumn = v.Text)
        .Add("--time-column", "The time column (detected: datetime, timestamp, time, ...).", OptionKind.Text, (r, v) => r.TimeColumn = v.Text)
        .Add("--lat-column", "The latitude column (detected: lat, latitude).", OptionKind.Text, (r, v) => r.LatitudeColumn = v.Text)
        .Add("--lon-column", "The longitude column (detected: lng, lon, longitude).", OptionKind.Text, (r, v) => r.LongitudeColumn = v.Text)
        .Add("--location-column", "The location (antenna, cell) id column; reads places by id.", OptionKind.Text, (r, v) => r.LocationColumn = v.Text)
        .Add("--delimiter", "Field delimiter (',', ';', '|' or 'tab'); detected when not given.", OptionKind.Text, (r, v) => r.Delimiter = CsvLoadOptions.ParseDelimiter(v.Text), completions: [",", ";", "|", "tab"])
        .Add("--spatial", "Where: raw (places as given), a grid (500m, 2km) or cells of an area (4km2).", OptionKind.Text, (r, v) => r.Spatial = SpatialResolution.Parse(v.Text, v.Option), r => r.Spatial.ToString(), ["raw", "500m", "1km", "2km", "4km", "4km2"])
        .Add("--temporal", "When: minute, 15min, hour, 4h, day, week, hour-of-day, 4h-of-day or none.", OptionKind.Text, (r, v) => r.Temporal = TemporalResolution.Parse(v.Text, v.Option), r => r.Temporal.ToString(), ["minute", "15min", "hour", "4h", "day", "week", "hour-of-day", "4h-of-day", "none"])
        .Add("--points", "Numbers of points p for unicity: 4, 1..5 or 1,2,4.", OptionKind.List, (r, v) => r.Points = UnicityOptions.ParseRange(v.Text, v.Option), r => OptionValue.FormatRange(r.Points))
        .Add("--draws", "Random draws per user (default: enough for 100,000 draws, at most 100 per user).", OptionKind.Number, (r, v) => r.Draws = v.Int32())
        .Add("--seed", "Seed of the draws: the same seed gives the same result.", OptionKind.Number, (r, v) => r.Seed = v.Whole(), r => r.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Add("--exact", "Unicity over every p-subset of each user's points (users above --exact-limit subsets are sampled).", OptionKind.Flag, (r, v) => r.Exact = v.Flag())
        .Add("--exact-limit", "Exact mode: the most p-subsets enumerated for one user.", OptionKind.Number, (r, v) => r.ExactLimit = v.Whole(), r => r.ExactLimit.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Add("--grid", "Also unicity over a grid of spatial × temporal resolutions.", OptionKind.Flag, (r, v) => r.Grid = v.Flag())
        .Add("--grid-spatial", "The grid's spatial resolutions.", OptionKind.List, (r, v) => r.GridSpatial = SpatialResolution.ParseList(v.Text, v.Option), r => string.Join(',', r.GridSpatial))
        .Add("--grid-temporal", "The grid's temporal resolutions.", OptionKind.List, (r, v) => r.GridTemporal = TemporalResolution.ParseList(v.Text, v.Option), r => string.Join(',', r.GridTemporal))
        .Add("--grid-points", "p on the grid.", OptionKind.Number, (r, v) => r.GridPoints = v.Int32(), r => r.GridPoints.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Add("--attack", "scikit-mobility attacks: all, or any of location, location-sequence, location-time, unique-location, location-frequency, location-probability, location-proportion, home-work.", OptionKind.List, (r, v) => r.Attacks = AttackOptions.ParseAttacks(v.Text, v.Option), completions: ["all", .. AttackOptions.All.Select(AttackOptions.NameOf)])
        .Add("--k", "Background knowledge length k of the attacks: 2, 1..4 or 1,3.", OptionKind.List, (r, v) => r.KnowledgeLengths = UnicityOptions.ParseRange(v.Text, v.Option), r => OptionValue.FormatRange(r.KnowledgeLengths))
        .Add("--time-precision", "location-time: year, month, day, hour, minute or second.", OptionKind.Text, (r, v) => r.TimePrecision = AttackOptions.ParseTimePrecision(v.Text, v.Option), r => r.TimePrecision.ToString().ToLowerInvariant(), ["year", "month", "day", "hour", "minute", "second"])
        .Add("--tolerance", "Frequency, probability and proportion attacks: relative tolerance in [0, 1].", OptionKind.Number, (r, v) => r.Tolerance = v.Number(), r => OptionValue.FormatNumber(r.Tolerance))
        .Add("--compat", "none (documented behaviour) or skmob (reproduce scikit-mobility's actual numbers); only with --attack.", OptionKind.Text, (r, v) => r.Compatibility = AttackOptions.ParseCompatibility(v.Text, v.Option), r => r.Compatibility == AttackCompatibility.ScikitMobility ? "skmob" : "none", ["none", "skmob"])
        .Add("--top-n", "Top-N locations uniqueness for these N (none or 0 to skip).", OptionKind.List, (r, v) => r.TopN = v.Text.Trim() is "none" or "0" ? [] : UnicityOptions.ParseRange(v.Text, v.Option), r => r.TopN.Count == 0 ? "none" : OptionValue.FormatRange(r.TopN))
        .Add("--threshold", "Attack risk above which a user is at risk.", OptionKind.Number, (r, v) => r.Threshold = v.Number(), r => OptionValue.FormatNumber(r.Threshold));

    /// <summary>The trace file, or <see langword="null"/> for the host's default (the bundled traces, or those loaded last).</summary>
    public string? Path { get; set; }

    /// <summary>The antenna table's path, for traces with location ids.</summary>
    public string? Antennas { get; set; }

    /// <summary>The user id column, or <see langword="null"/> to detect it.</summary>
    public string? UserColumn { get; set; }

    /// <summary>The time column, or <see langword="null"/> to detect it.</summary>
    public string? TimeColumn { get; set; }

    /// <summary>The latitude column, or <see langword="null"/> to detect it.</summary>
    public string? LatitudeColumn { get; set; }

    /// <summary>The longitude column, or <see langword="null"/> to detect it.</summary>
    public string? LongitudeColumn { get; set; }

    /// <summary>The location id column, or <see langword="null"/> to detect it.</summary>
    public string? LocationColumn { get; set; }

    /// <summary>The field delimiter, or <see langword="null"/> to detect it.</summary>
    public char? Delimiter { get; set; }

    /// <summary>The spatial resolution (default raw).</summary>
    public SpatialResolution Spatial { get; set; } = UnicityOptions.Default.Spatial;

    /// <summary>The temporal resolution (default hour).</summary>
    public TemporalResolution Temporal { get; set; } = UnicityOptions.Default.Temporal;

    /// <summary>The numbers of points p (default 1..4).</summary>
    public IReadOnlyList<int> Points { get; set; } = UnicityOptions.Default.Points;

    /// <summary>Draws per user, or <see langword="null"/> for the automatic number.</summary>
    public int? Draws { get; set; }

    /// <summary>The seed of the draws.</summary>
    public long Seed { get; set; } = UnicityOptions.Default.Seed;

    /// <summary>Whether to enumerate every p-subset instead of drawing.</summary>
    public bool Exact { get; set; }

    /// <summary>In exact mode, the most p-subsets enumerated for one user.</summary>
    public long ExactLimit { get; set; } = UnicityOptions.Default.ExactLimit;

    /// <summary>Whether to measure unicity over a grid of resolutions.</summary>
    public bool Grid { get; set; }

    /// <summary>The grid's spatial resolutions.</summary>
    public IReadOnlyList<SpatialResolution> GridSpatial { get; set; } = UnicityGrid.DefaultSpatial;

    /// <summary>The grid's temporal resolutions.</summary>
    public IReadOnlyList<TemporalResolution> GridTemporal { get; set; } = UnicityGrid.DefaultTemporal;

    /// <summary>p on the grid.</summary>
    public int GridPoints { get; set; } = new LocationRiskOptions().GridPoints;

    /// <summary>The attacks to run (none by default).</summary>
    public IReadOnlyList<MobilityAttack> Attacks { get; set; } = [];

    /// <summary>The background knowledge lengths k of the attacks (default 2); home-work takes the first only.</summary>
    public IReadOnlyList<int> KnowledgeLengths { get; set; } = [DefaultAttack.KnowledgeLength];

    /// <summary>The time precision of the location-time attack.</summary>
    public TimePrecision TimePrecision { get; set; } = DefaultAttack.TimePrecision;

    /// <summary>The tolerance of the frequency, probability and proportion attacks.</summary>
    public double Tolerance { get; set; } = DefaultAttack.Tolerance;

    /// <summary>Documented behaviour or scikit-mobility's actual numbers; only with <see cref="Attacks"/>.</summary>
    public AttackCompatibility Compatibility { get; set; } = DefaultAttack.Compatibility;

    /// <summary>The values of N for top-N uniqueness (default 1..3; empty for none).</summary>
    public IReadOnlyList<int> TopN { get; set; } = new LocationRiskOptions().TopN;

    /// <summary>The attack risk above which a user is at risk.</summary>
    public double Threshold { get; set; } = DefaultAttack.Threshold;

    /// <inheritdoc/>
    public void Validate() => ToOptions();

    /// <summary>The engine's options, checked (every range and every combination) before any file is read.</summary>
    /// <returns>The options for <see cref="LocationRiskAnalysis.Run(TraceSet, LocationRiskOptions, CancellationToken, IProgress{AnalysisProgress})"/>.</returns>
    /// <exception cref="InvalidOptionException">A value out of range, or <c>--compat</c> without <c>--attack</c>, or <c>--compat skmob</c> off raw resolution.</exception>
    public LocationRiskOptions ToOptions()
    {
        if (Attacks.Count == 0 && Compatibility != AttackCompatibility.Documented)
        {
            throw new InvalidOptionException("--compat", "only applies with --attack.");
        }

        var attacks = new List<AttackOptions>();
        foreach (var attack in Attacks)
        {
            foreach (var k in attack == MobilityAttack.HomeWork ? [KnowledgeLengths[0]] : KnowledgeLengths)
            {
                attacks.Add(new AttackOptions
                {
                    Attack = attack,
                    KnowledgeLength = k,
                    TimePrecision = TimePrecision,
                    Tolerance = Tolerance,
                    Compatibility = Compatibility,
                    Threshold = Threshold,
                });
            }
        }

        var options = new LocationRiskOptions
        {
            Unicity = new UnicityOptions
            {
                Spatial = Spatial,
                Temporal = Temporal,
                Points = Points,
                DrawsPerUser = Draws,
                Seed = Seed,
                Mode = Exact ? UnicityMode.Exact : UnicityMode.Sampled,
                ExactLimit = ExactLimit,
            },
            Grid = Grid,
            GridSpatial = GridSpatial,
            GridTemporal = GridTemporal,
            GridPoints = GridPoints,
            Attacks = attacks,
            TopN = TopN,
        };
        options.Validate();
        return options;
    }

    /// <summary>How to read the trace file.</summary>
    /// <param name="antennas">The antenna table loaded from <see cref="Antennas"/>, or <see langword="null"/>.</param>
    /// <returns>The load options.</returns>
    public TraceLoadOptions ToLoadOptions(AntennaTable? antennas) => new()
    {
        UserColumn = UserColumn,
        TimeColumn = TimeColumn,
        LatitudeColumn = LatitudeColumn,
        LongitudeColumn = LongitudeColumn,
        LocationColumn = LocationColumn,
        Antennas = antennas,
        Delimiter = Delimiter,
    };
}
