using Microsoft.DotNet.Interactive.Formatting;
using RiskNotebooks.Data;
using RiskNotebooks.Location;
using RiskNotebooks.Registry;
using RiskNotebooks.Reporting.Charts;
using RiskNotebooks.Reporting.Html;
using RiskNotebooks.Reporting.Notebook;
using RiskNotebooks.Text;
using RiskNotebooks.Text.Evaluation;

namespace RiskNotebooks.Interactive.Formatting;

/// <summary>The HTML formatters of every result type, registered in one place.</summary>
internal static class RiskFormatters
{
    internal static void Register(NotebookSession session)
    {
        Formatter.Register<HtmlFragment>((fragment, writer) => writer.Write(fragment.Html), HtmlFormatter.MimeType);
        Formatter.Register<LoadedTable>((loaded, writer) => writer.Write(TableSummary.ToHtml(loaded.Name, loaded.Table, loaded.Profiles)), HtmlFormatter.MimeType);
        Formatter.Register<Table>((table, writer) => writer.Write(TableSummary.ToHtml(Path.GetFileNameWithoutExtension(table.Source), table, ColumnProfiler.Profile(table))), HtmlFormatter.MimeType);
        Formatter.Register<ReidentificationReport>((report, writer) => writer.Write(ReidentificationCard.ToHtml(report)), HtmlFormatter.MimeType);
        Formatter.Register<ClassSizeRiskReport>((report, writer) => writer.Write(ClassSizeCard.ToHtml(report)), HtmlFormatter.MimeType);
        Formatter.Register<RiskChart>((chart, writer) => writer.Write(ChartHtml(session, chart)), HtmlFormatter.MimeType);
        Formatter.Register<Guidance.AssessmentReport>((report, writer) => writer.Write(AssessmentCard.ToHtml(report)), HtmlFormatter.MimeType);
        Formatter.Register<TextCorpusReport>((report, writer) => writer.Write(TextCorpusCard.ToHtml(report)), HtmlFormatter.MimeType);
        Formatter.Register<LocationRiskReport>((report, writer) => writer.Write(LocationCard.ToHtml(report)), HtmlFormatter.MimeType);
        Formatter.Register<TextEvaluationReport>((report, writer) => writer.Write(TextEvaluationCard.ToHtml(report)), HtmlFormatter.MimeType);
        Formatter.Register<Genomics.GenotypeRiskReport>((report, writer) => writer.Write(GenotypeCard.ToHtml(report)), HtmlFormatter.MimeType);
        Formatter.Register<Imaging.DicomReport>((report, writer) => writer.Write(DicomCard.ToHtml(report)), HtmlFormatter.MimeType);
        Formatter.Register<ML.AttributeInferenceReport>((report, writer) => writer.Write(InferenceCard.ToHtml(report)), HtmlFormatter.MimeType);
        Formatter.Register<ML.ReleaseInferenceReport>((report, writer) => writer.Write(InferenceCard.ToHtml(report)), HtmlFormatter.MimeType);
        Formatter.Register<Treatment.TreatmentReport>((report, writer) => writer.Write(TreatmentCard.ToHtml(report)), HtmlFormatter.MimeType);
        foreach (var type in new[] { typeof(HtmlFragment), typeof(LoadedTable), typeof(Table), typeof(ReidentificationReport), typeof(RiskChart), typeof(Guidance.AssessmentReport), typeof(TextCorpusReport), typeof(LocationRiskReport), typeof(TextEvaluationReport), typeof(Genomics.GenotypeRiskReport), typeof(Imaging.DicomReport), typeof(ML.AttributeInferenceReport), typeof(ML.ReleaseInferenceReport), typeof(Treatment.TreatmentReport) })
        {
            Formatter.SetPreferredMimeTypesFor(type, HtmlFormatter.MimeType);
        }

        Formatter.SetPreferredMimeTypesFor(typeof(TextCorpusReport), HtmlFormatter.MimeType);
    }

    /// <summary>A chart; plotly.js goes out with the first chart of the session, inlined, never from a CDN.</summary>
    internal static string ChartHtml(NotebookSession session, RiskChart chart)
    {
        if (session.PlotlyEmbedded)
        {
            return chart.ToHtmlFragment();
        }

        session.PlotlyEmbedded = true;
        return PlotlyJs.ScriptElement() + chart.ToHtmlFragment();
    }
}
