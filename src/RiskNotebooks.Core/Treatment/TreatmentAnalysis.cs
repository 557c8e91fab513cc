using RiskNotebooks.Data;
using RiskNotebooks.Registry;

namespace RiskNotebooks.Treatment;

/// <summary>The facade of risk treatment: search (or apply given levels), release, and measure again.</summary>
public static class TreatmentAnalysis
{
    /// <summary>Runs a treatment.</summary>
    /// <param name="table">The table (only read).</param>
    /// <param name="settings">Quasi-identifiers with hierarchies, targets, suppression limit, metric.</param>
    /// <param name="transformation">Levels to apply, or <see langword="null"/> to search for the optimum.</param>
    /// <param name="release">How the release is written (removed and pseudonymised columns).</param>
    /// <param name="releaseFileName">The released file's name, for the summary, or <see langword="null"/> when none is written.</param>
    /// <param name="cancellationToken">Stops a long run.</param>
    /// <param name="progress">Receives the progress of the search for the optimum; <see langword="null"/> for none.</param>
    /// <returns>The report, and the release (to write) when a transformation was chosen.</returns>
    public static (TreatmentReport Report, Release? Release) Run(Table table, AnonymizationSettings settings, Transformation? transformation, ReleaseOptions? release = null, string? releaseFileName = null, CancellationToken cancellationToken = default, IProgress<AnalysisProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        Release.CheckColumns(table, settings, release ?? new ReleaseOptions());
        var hashes = PlainHashDetector.Find(table);
        // One preparation of the table (hierarchy leaves, distinct tuples) serves the search and the release.
        var lattice = new GeneralizationLattice(table, settings, cancellationToken);
        var search = transformation is null ? OptimalSearch.Run(lattice, cancellationToken, progress) : null;
        var chosen = transformation ?? search!.Optimum?.Transformation;
        // With a sensitive attribute, l-diversity and t-closeness are measured before and after as well.
        var options = new ReidentificationOptions
        {
            QuasiIdentifiers = settings.QuasiIdentifiers,
            SensitiveAttributes = settings.SensitiveAttribute is { } sensitive ? [sensitive] : [],
        };
        var before = ReidentificationAnalysis.Run(table, options, cancellationToken);
        if (chosen is null)
        {
            return (new TreatmentReport(Path.GetFileName(table.Source), settings, search, null, null, before, null, null, hashes), null);
        }

        var made = Release.Create(lattice, chosen, release ?? new ReleaseOptions(), releaseFileName);
        var after = ReidentificationAnalysis.Run(made.Table, options, cancellationToken);
        var report = new TreatmentReport(
            Path.GetFileName(table.Source),
            settings,
            search,
            made.Evaluation,
            made.Loss,
            before,
            after,
            releaseFileName is null ? null : made.Summary,
            hashes,
            made.LocalSuppression);
        return (report, made);
    }
}
