using RiskNotebooks.Commands;
using RiskNotebooks.Data;
using RiskNotebooks.Reporting.Charts;
using RiskNotebooks.Reporting.Export;
using RiskNotebooks.Reporting.Html;
using RiskNotebooks.Treatment;

namespace RiskNotebooks.Reporting.Notebook;

/// <summary><c>#!risk-anonymize</c> and <c>#!risk-whatif</c>.</summary>
public static partial class NotebookCommands
{
    /// <summary>
    /// <c>#!risk-anonymize</c>: the least-loss generalisation with suppression that meets the targets, on the file of the
    /// request or the table loaded last (its roles as quasi-identifiers when <c>--qi</c> is not given). Displays the card,
    /// the frontier and the chosen levels; writes the released table only with <c>--out</c>.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="session">The session.</param>
    /// <param name="tableName">The session table, or <see langword="null"/> for the current one.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <param name="progress">Receives the progress of the search; <see langword="null"/> for none.</param>
    /// <returns>The report and what to display.</returns>
    public static NotebookOutcome Anonymize(AnonymizeRequest request, NotebookSession session, string? tableName = null, CancellationToken cancellationToken = default, IProgress<AnalysisProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        request.Validate();
        var loaded = LoadFor(request, session, tableName, "#!risk-anonymize", cancellationToken);
        var qis = request.QuasiIdentifiers.Count > 0 ? request.QuasiIdentifiers : loaded.QuasiIdentifiers;
        CheckFolder(request);
        if (request.KeyFile is not null)
        {
            InputFile.RequireReadable(request.KeyFile, "--key-file");
        }

        if (request.Out is { } outPath)
        {
            AtomicFile.CheckTarget(outPath, "--out", (loaded.Table.Source, "FILE"));
        }

        var settings = request.ToSettings(loaded.Table, qis);
        var transformation = request.Generalize is null ? null : Transformation.Parse(request.Generalize, settings.QuasiIdentifiers, "--generalize");
        var (report, release) = TreatmentAnalysis.Run(loaded.Table, settings, transformation, request.ToReleaseOptions(), request.Out, cancellationToken, progress);
        if (request.Out is { } target)
        {
            if (release is null)
            {
                throw new InvalidOptionException("--target", "no transformation meets the targets within the suppression limit, so no table was released: allow more suppression (--max-suppression) or relax the target.");
            }

            release.Save(target, "--out");
        }

        var displays = new List<object> { new HtmlFragment(TreatmentCard.ToHtml(report), TreatmentCard.ToText(report)) };
        if (report.Search is { } search)
        {
            displays.Add(TreatmentCharts.Frontier(search));
        }

        if (report.Chosen is { } chosen)
        {
            displays.Add(TreatmentCharts.Levels(chosen, settings.QuasiIdentifiers.Select(q => settings.Hierarchies[q].Height).ToArray()));
        }

        session.LastExport = ("risk treatment", () => ResultReport.For(report));
        return new NotebookOutcome(report, displays);
    }

    /// <summary>
    /// <c>#!risk-whatif</c>: apply given levels (and suppress the classes that break <c>--suppress</c>) and show the card
    /// with every measure before and after, and the QI-pair heatmaps before and after.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="session">The session.</param>
    /// <param name="tableName">The session table, or <see langword="null"/> for the current one.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The report and what to display.</returns>
    public static NotebookOutcome WhatIf(WhatIfRequest request, NotebookSession session, string? tableName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        request.Validate();
        var loaded = LoadFor(request, session, tableName, "#!risk-whatif", cancellationToken);
        var qis = request.QuasiIdentifiers.Count > 0 ? request.QuasiIdentifiers : loaded.QuasiIdentifiers;
        CheckFolder(request);
        var (settings, transformation) = request.ToSettings(loaded.Table, qis);
        var (report, release) = TreatmentAnalysis.Run(loaded.Table, settings, transformation, request.ToReleaseOptions(), null, cancellationToken);
        var displays = new List<object> { new HtmlFragment(TreatmentCard.ToHtml(report), TreatmentCard.ToText(report)) };
        // The QI-pair heatmaps before and after, side by side on one scale.
        if (report.After is { } after && release is not null
            && PairRisks.For(report.Before, loaded.Table, cancellationToken) is { } before
            && PairRisks.For(after, release.Table, cancellationToken) is { } afterPairs)
        {
            displays.Add(RiskCharts.QuasiIdentifierPairsBeforeAfter(before, afterPairs, settings.QuasiIdentifiers, loaded.Table.RowCount, transformation.ToString()));
        }

        session.LastExport = ("what-if treatment", () => ResultReport.For(report));
        return new NotebookOutcome(report, displays);
    }

    private static LoadedTable LoadFor(TreatmentSource request, NotebookSession session, string? tableName, string command, CancellationToken cancellationToken)
    {
        if (request.Path is { } path)
        {
            return Load(session, path, request.ToLoadOptions(), tableName, cancellationToken);
        }

        OnlyWithFile(command, ("--delimiter", request.Delimiter is not null), ("--missing", !ReferenceEquals(request.MissingValues, CsvLoadOptions.Default.MissingValues)));
        return session.Require(tableName);
    }

    private static void CheckFolder(TreatmentSource request)
    {
        if (request.HierarchyFolder is not null)
        {
            InputFile.RequireReadable(request.HierarchyFolder, "--hierarchies", folderAllowed: true);
        }
    }
}
