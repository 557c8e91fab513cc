using System.Collections;
using System.Globalization;
using System.Text;
using RiskNotebooks.Data;
using RiskNotebooks.Guidance;
using RiskNotebooks.Location;
using RiskNotebooks.Registry;
using RiskNotebooks.Reporting.Charts;
using RiskNotebooks.Reporting.Html;
using RiskNotebooks.Reporting.Notebook;
using RiskNotebooks.Text;
using RiskNotebooks.Text.Evaluation;

namespace RiskNotebooks.Kernel.Display;

/// <summary>
/// Turns values into MIME bundles: our result types as the HTML cards of RiskNotebooks.Reporting (the same ones the
/// .NET Interactive extension shows), charts with plotly.js inlined once per session, anything else as plain text.
/// </summary>
/// <remarks>Aggregates only: no formatter here prints the rows of a table.</remarks>
public sealed class DisplayFormatter
{
    private const int MaxItems = 100;
    private readonly List<(Type Type, Func<object, MimeBundle> Format)> formatters = [];

    /// <summary>Creates the formatter of a session with the formatters of every RiskNotebooks result type.</summary>
    /// <param name="session">The session (whether plotly.js went out already).</param>
    public DisplayFormatter(DisplaySession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        Session = session;
        Register<Table>(t => MimeBundle.FromHtml(
            TableSummary.ToHtml(Path.GetFileNameWithoutExtension(t.Source), t, ColumnProfiler.Profile(t)),
            string.Create(CultureInfo.InvariantCulture, $"Table {Path.GetFileName(t.Source)}: {t.RowCount} records, {t.Columns.Count} columns")));
        Register<ReidentificationReport>(r => MimeBundle.FromHtml(ReidentificationCard.ToHtml(r), "Re-identification report (shown as HTML)"));
        Register<ClassSizeRiskReport>(r => MimeBundle.FromHtml(ClassSizeCard.ToHtml(r), "Re-identification measures counted in a database (shown as HTML)"));
        Register<AssessmentReport>(r => MimeBundle.FromHtml(AssessmentCard.ToHtml(r), "Assessment report (shown as HTML)"));
        Register<TextCorpusReport>(r => MimeBundle.FromHtml(TextCorpusCard.ToHtml(r), "Text risk report (shown as HTML)"));
        Register<LocationRiskReport>(r => MimeBundle.FromHtml(LocationCard.ToHtml(r), "Location risk report (shown as HTML)"));
        Register<LoadedTable>(t => MimeBundle.FromHtml(
            TableSummary.ToHtml(t.Name, t.Table, t.Profiles),
            string.Create(CultureInfo.InvariantCulture, $"Table {t.Name}: {t.Table.RowCount} records, {t.Table.Columns.Count} columns")));
        Register<TextEvaluationReport>(r => MimeBundle.FromHtml(TextEvaluationCard.ToHtml(r), "Text evaluation against the labels (shown as HTML)"));
        Register<RiskNotebooks.Genomics.GenotypeRiskReport>(r => MimeBundle.FromHtml(GenotypeCard.ToHtml(r), GenotypeCard.ToText(r)));
        Register<RiskNotebooks.Imaging.DicomReport>(r => MimeBundle.FromHtml(DicomCard.ToHtml(r), DicomCard.ToText(r)));
        Register<RiskNotebooks.ML.AttributeInferenceReport>(r => MimeBundle.FromHtml(InferenceCard.ToHtml(r), InferenceCard.ToText(r)));
        Register<RiskNotebooks.ML.ReleaseInferenceReport>(r => MimeBundle.FromHtml(InferenceCard.ToHtml(r), InferenceCard.ToText(r)));
        Register<RiskNotebooks.Treatment.TreatmentReport>(r => MimeBundle.FromHtml(TreatmentCard.ToHtml(r), TreatmentCard.ToText(r)));
        Register<HtmlFragment>(f => MimeBundle.FromHtml(f.Html, f.PlainText));
        Register<RiskChart>(Chart);
        Register<MimeBundle>(b => b);
    }

    /// <summary>The session.</summary>
    public DisplaySession Session { get; }

    /// <summary>
    /// Registers (or replaces) the formatter of a type; it applies to the type and its subtypes, the latest registration
    /// first.
    /// </summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="format">Makes the bundle.</param>
    public void Register<T>(Func<T, MimeBundle> format)
    {
        ArgumentNullException.ThrowIfNull(format);
        lock (formatters)
        {
            formatters.RemoveAll(f => f.Type == typeof(T));
            formatters.Insert(0, (typeof(T), value => format((T)value)));
        }
    }

    /// <summary>Formats a value.</summary>
    /// <param name="value">The value (null shows as <c>null</c>).</param>
    /// <returns>The bundle.</returns>
    public MimeBundle Format(object? value)
    {
        if (value is null)
        {
            return MimeBundle.FromText("null");
        }

        Func<object, MimeBundle>? format = null;
        lock (formatters)
        {
            foreach (var (type, f) in formatters)
            {
                if (type.IsInstanceOfType(value))
                {
                    format = f;
                    break;
                }
            }
        }

        return format is not null ? format(value) : MimeBundle.FromText(PlainText(value));
    }

    /// <summary>A chart: HTML (plotly.js once per session) and the plotly figure JSON.</summary>
    private MimeBundle Chart(RiskChart chart)
        => new(new Dictionary<string, string>
        {
            [MimeBundle.Html] = Session.PlotlyJsOnce() + chart.ToHtmlFragment(),
            [MimeBundle.PlotlyJson] = chart.ToFigureJson(),
            [MimeBundle.PlainText] = $"Chart: {chart.Title}",
        });

    /// <summary>The plain text of a value: strings as they are, collections as <c>[a, b, …]</c>, numbers invariant.</summary>
    internal static string PlainText(object? value)
    {
        var b = new StringBuilder();
        Append(b, value, 0);
        return b.ToString();
    }

    private static void Append(StringBuilder b, object? value, int depth)
    {
        switch (value)
        {
            case null:
                b.Append("null");
                return;
            case string s:
                b.Append(depth == 0 ? s : "\"" + s + "\"");
                return;
            case IFormattable f:
                b.Append(f.ToString(null, CultureInfo.InvariantCulture));
                return;
            case IEnumerable items when depth < 3:
                b.Append('[');
                var n = 0;
                foreach (var item in items)
                {
                    if (n > 0)
                    {
                        b.Append(", ");
                    }

                    if (n == MaxItems)
                    {
                        b.Append('…');
                        break;
                    }

                    Append(b, item, depth + 1);
                    n++;
                }

                b.Append(']');
                return;
            default:
                b.Append(value.ToString());
                return;
        }
    }
}
