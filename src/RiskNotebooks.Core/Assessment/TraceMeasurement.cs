using System.Globalization;
using RiskNotebooks.Data;
using RiskNotebooks.Location;

namespace RiskNotebooks.Assessment;

/// <summary>
/// P(re-id | attempt) from the location engine: the unicity of a trace set at the attacker's number of points p and at the
/// resolution the data are released at (de Montjoye et al., <i>Unique in the Crowd</i>, Scientific Reports 3:1376, 2013).
/// </summary>
/// <remarks>
/// <para>The average risk is the unicity at p: the mean over users with at least p points of the share of their p-point
/// draws that no other trace holds (see <see cref="Unicity"/>). An attacker who knows p of a person's (place, time)
/// points, say from social media posts, singles the person out with that probability.</para>
/// <para>The highest risk is the largest share of unique draws of any one user: the most exposed trace, for a public
/// release.</para>
/// <para>The draws are seeded: the same file, resolution, p and seed give the same figures.</para>
/// </remarks>
public sealed class TraceMeasurement : IReidentificationMeasurement
{
    /// <summary>Wraps a unicity report at one p.</summary>
    /// <param name="traces">The traces measured (for the source name and the number of people).</param>
    /// <param name="report">The unicity report.</param>
    /// <param name="points">p, one of the report's numbers of points.</param>
    /// <exception cref="InvalidOptionException">No user has p points at this resolution.</exception>
    public TraceMeasurement(TraceSet traces, UnicityReport report, int points)
    {
        ArgumentNullException.ThrowIfNull(traces);
        Report = report ?? throw new ArgumentNullException(nameof(report));
        At = report.At(points);
        if (At.EligibleUsers == 0)
        {
            throw new InvalidOptionException("traces.points", $"no user has {points} distinct points at this resolution: lower 'points' or use a finer resolution.");
        }

        SourcePath = traces.Source;
        var highest = 0d;
        for (var user = 0; user < report.UserCount; user++)
        {
            var share = report.UniqueShareOf(points, user);
            if (!double.IsNaN(share) && share > highest)
            {
                highest = share;
            }
        }

        HighestRisk = Math.Max(highest, At.Unicity);
    }

    /// <summary>The location engine's report (its per-user shares are record-level: keep them out of shared output).</summary>
    public UnicityReport Report { get; }

    /// <summary>The result at the attacker's p.</summary>
    public UnicityAtPoints At { get; }

    /// <summary>The trace file as given.</summary>
    public string SourcePath { get; }

    /// <inheritdoc/>
    public string Source => Path.GetFileName(SourcePath);

    /// <inheritdoc/>
    public string Method => DescribeMethod(MinimumCellSize.Default);

    /// <inheritdoc/>
    public string DescribeMethod(MinimumCellSize minimumCellSize)
    {
        var cells = minimumCellSize ?? throw new ArgumentNullException(nameof(minimumCellSize));
        var mode = Report.Options.Mode == UnicityMode.Exact ? "exact" : string.Create(CultureInfo.InvariantCulture, $"{Report.DrawsPerUser:N0} draws per user, seed {Report.Options.Seed}");
        return string.Create(CultureInfo.InvariantCulture, $"unicity at p = {At.Points} points, spatial {Report.Spatial}, temporal {Report.Temporal} (location engine, {mode}; {cells.Format(At.EligibleUsers)} of {cells.Format(Report.UserCount)} users have p points)");
    }

    /// <inheritdoc/>
    public double AverageRisk => At.Unicity;

    /// <inheritdoc/>
    public double HighestRisk { get; }

    /// <inheritdoc/>
    public long? SubjectCount => Report.UserCount;

    /// <inheritdoc/>
    public string? InputPath => SourcePath;

    /// <summary>Loads a trace file and measures its unicity at p points.</summary>
    /// <param name="path">The trace file (CSV or TSV: user, time, and latitude/longitude or a location column).</param>
    /// <param name="points">p, the points the attacker knows, 1 to 64.</param>
    /// <param name="unicity">The resolution, seed and mode; its <see cref="UnicityOptions.Points"/> are replaced by p.</param>
    /// <param name="loadOptions">How to read the file.</param>
    /// <param name="cancellationToken">Stops a long measurement.</param>
    /// <returns>The measurement.</returns>
    /// <exception cref="InvalidOptionException">p is out of range, or no user has p points.</exception>
    /// <exception cref="InputFormatException">The file cannot be read as traces.</exception>
    public static TraceMeasurement FromFile(string path, int points, UnicityOptions? unicity = null, TraceLoadOptions? loadOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var options = (unicity ?? UnicityOptions.Default) with { Points = [points] };
        var traces = TraceReader.Load(path, loadOptions, cancellationToken);
        var report = Unicity.Measure(traces, options, cancellationToken);
        return new TraceMeasurement(traces, report, points);
    }
}
