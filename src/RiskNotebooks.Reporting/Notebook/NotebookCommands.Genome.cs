using RiskNotebooks.Commands;
using RiskNotebooks.Genomics;
using RiskNotebooks.Reporting.Export;
using RiskNotebooks.Reporting.Html;

namespace RiskNotebooks.Reporting.Notebook;

/// <summary><c>#!risk-genome</c>.</summary>
public static partial class NotebookCommands
{
    /// <summary>
    /// <c>#!risk-genome</c>: measures a VCF (or a table of allele frequencies) and shows the genotype card (aggregates:
    /// no sample names, no genotypes); the report is the result a host publishes when the user names a variable.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="session">The session (the export).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The report and what to display.</returns>
    public static NotebookOutcome Genome(GenomeRequest request, NotebookSession session, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        request.Validate();
        var path = request.Path ?? throw new InvalidOptionException("#!risk-genome", "give a VCF file, e.g. #!risk-genome ../datasets/genomics/synthetic-cohort.vcf.gz");
        RiskNotebooks.Data.InputFile.RequireReadable(path, "--path");
        if (request.FrequencyTable is { } table)
        {
            RiskNotebooks.Data.InputFile.RequireReadable(table, "--frequency-table");
        }

        var report = GenotypeRisk.Analyse(path, request.ToOptions(), cancellationToken);
        session.LastExport = ("genome", () => ResultReport.For(report));
        var displays = new List<object> { new HtmlFragment(GenotypeCard.ToHtml(report), GenotypeCard.ToText(report)) };
        if (RiskNotebooks.Reporting.Charts.GenomeCharts.UniquenessBySites(report) is { } chart)
        {
            displays.Add(chart);
        }

        return new NotebookOutcome(report, displays);
    }
}
