using Microsoft.DotNet.Interactive.Commands;

namespace RiskNotebooks.Interactive.Commands;

/// <summary>The options of <c>#!risk-location</c>: Measures the location risk of mobile traces, with a card and heatmaps.</summary>
public sealed class RiskLocationCommand : KernelDirectiveCommand
{
    /// <summary><c>--path</c>: The trace file (the first, unnamed argument); default: the traces loaded last.</summary>
    public string? Path { get; set; }

    /// <summary><c>--antennas</c>: An antenna table (id, lat, lng) for traces with location ids.</summary>
    public string? Antennas { get; set; }

    /// <summary><c>--spatial</c>: raw, a grid (500m, 2km) or cells of an area (4km2).</summary>
    public string? Spatial { get; set; }

    /// <summary><c>--temporal</c>: minute, 15min, hour, 4h, day, week, hour-of-day, 4h-of-day or none.</summary>
    public string? Temporal { get; set; }

    /// <summary><c>--points</c>: Numbers of points p: 4, 1..5 or 1,2,4 (default 1..4).</summary>
    public string? Points { get; set; }

    /// <summary><c>--draws</c>: Random draws per user.</summary>
    public int? Draws { get; set; }

    /// <summary><c>--seed</c>: The seed of the draws.</summary>
    public long? Seed { get; set; }

    /// <summary><c>--exact</c>: Every p-subset instead of random draws.</summary>
    public bool Exact { get; set; }

    /// <summary><c>--grid</c>: Also unicity over a grid of resolutions.</summary>
    public bool Grid { get; set; }

    /// <summary><c>--grid-spatial</c>: The grid's spatial resolutions.</summary>
    public string? GridSpatial { get; set; }

    /// <summary><c>--grid-temporal</c>: The grid's temporal resolutions.</summary>
    public string? GridTemporal { get; set; }

    /// <summary><c>--grid-points</c>: p on the grid (default 4).</summary>
    public int? GridPoints { get; set; }

    /// <summary><c>--attack</c>: scikit-mobility attacks: all, or a list.</summary>
    public string? Attack { get; set; }

    /// <summary><c>--k</c>: Background knowledge length(s) of the attacks (default 2).</summary>
    public string? K { get; set; }

    /// <summary><c>--time-precision</c>: The location-time attack's precision (default hour).</summary>
    public string? TimePrecision { get; set; }

    /// <summary><c>--tolerance</c>: The frequency, probability and proportion attacks' tolerance.</summary>
    public double? Tolerance { get; set; }

    /// <summary><c>--compat</c>: none (documented) or skmob (scikit-mobility's actual numbers).</summary>
    public string? Compat { get; set; }

    /// <summary><c>--top-n</c>: Top-N locations uniqueness for these N (default 1..3).</summary>
    public string? TopN { get; set; }

    /// <summary><c>--threshold</c>: Attack risk above which a user is at risk (default 0.2).</summary>
    public double? Threshold { get; set; }

    /// <summary><c>--name</c>: A C# variable to publish the report as (none by default).</summary>
    public string? Name { get; set; }
}
