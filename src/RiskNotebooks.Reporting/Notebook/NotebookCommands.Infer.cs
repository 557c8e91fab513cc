using RiskNotebooks.Commands;
using RiskNotebooks.Data;
using RiskNotebooks.Sources;
using RiskNotebooks.ML;
using RiskNotebooks.Reporting.Charts;
using RiskNotebooks.Reporting.Export;
using RiskNotebooks.Reporting.Html;

namespace RiskNotebooks.Reporting.Notebook;

/// <summary><c>#!risk-infer</c>.</summary>
public static partial class NotebookCommands
{
    /// <summary>
    /// <c>#!risk-infer</c>: attribute inference on a table, the file of the request or else the table loaded last; options
    /// not given take the table's roles. Displays the card and the two heatmaps (aggregates only).
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="session">The session (its current table, roles and export).</param>
    /// <param name="tableName">The session table to measure, or <see langword="null"/> for the current one.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The report and what to display.</returns>
    public static NotebookOutcome Infer(InferRequest request, NotebookSession session, string? tableName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        request.Validate();
        LoadedTable loaded;
        if (request.Path is { } path)
        {
            loaded = Load(session, path, request.ToLoadOptions(), tableName, cancellationToken);
        }
        else
        {
            OnlyWithFile("#!risk-infer", ("--delimiter", request.Delimiter is not null), ("--missing", !ReferenceEquals(request.MissingValues, CsvLoadOptions.Default.MissingValues)));
            loaded = session.Require(tableName);
        }

        var qis = request.QuasiIdentifiers.Count > 0 ? request.QuasiIdentifiers : loaded.QuasiIdentifiers;
        var sensitive = request.SensitiveAttributes.Count > 0 ? request.SensitiveAttributes : loaded.SensitiveAttributes.Where(s => !qis.Contains(s, StringComparer.OrdinalIgnoreCase)).ToArray();
        var options = request.ToOptions(qis, sensitive);
        if (request.Released is { } releasedPath)
        {
            InputFile.RequireReadable(releasedPath, "--released");
            InputFile.RequireReadable(request.Control!, "--control");
            var columns = request.ToLoadOptions([.. options.QuasiIdentifiers, .. options.SensitiveAttributes]);
            var release = ReleaseInference.Analyse(loaded.Table, TableFiles.Load(releasedPath, columns, cancellationToken), TableFiles.Load(request.Control!, columns, cancellationToken), options, cancellationToken);
            session.LastExport = ("attribute inference from a release", () => ResultReport.For(release));
            return new NotebookOutcome(release, [new HtmlFragment(InferenceCard.ToHtml(release), InferenceCard.ToText(release))]);
        }

        var report = AttributeInference.Analyse(loaded.Table, options, cancellationToken);
        var displays = new List<object> { new HtmlFragment(InferenceCard.ToHtml(report), InferenceCard.ToText(report)) };
        if (InferenceCharts.Contributions(report) is { } contributions)
        {
            displays.Add(contributions);
        }

        if (InferenceCharts.Recall(report) is { } recall)
        {
            displays.Add(recall);
        }

        session.LastExport = ("attribute inference", () => ResultReport.For(report));
        return new NotebookOutcome(report, displays);
    }
}
