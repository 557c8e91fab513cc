using Plotly.NET;
using Plotly.NET.CSharp;
using RiskNotebooks.Text;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace RiskNotebooks.Reporting.Charts;

/// <summary>Where the personal data sits in a corpus of documents: counts per document and category, no text.</summary>
public static class TextRiskCharts
{
    /// <summary>
    /// Documents × categories: how many mentions of each kind of personal data each document holds, the riskiest documents
    /// first (identified, then high, medium, low; then by mentions), at most <paramref name="maxDocuments"/> of them.
    /// </summary>
    /// <param name="documents">The document reports (<see cref="TextCorpusReport.Documents"/>).</param>
    /// <param name="maxDocuments">The most documents to show (rows).</param>
    /// <param name="documentNames">Whether rows may be named by the documents' paths; otherwise <c>document 1</c>, <c>document 2</c>, ... by position in <paramref name="documents"/> (a file name often names its subject).</param>
    /// <returns>The chart.</returns>
    public static RiskChart DocumentCategories(IReadOnlyList<DocumentReport> documents, int maxDocuments = 50, bool documentNames = false)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDocuments, 1);
        var shown = documents
            .Select((d, i) => (Document: d, Label: documentNames ? Shorten(d.Document) : TextCorpusReport.NeutralLabel(i + 1), Position: i))
            .OrderByDescending(p => p.Document.Risk.Level)
            .ThenByDescending(p => p.Document.Mentions.Values.Sum())
            .ThenBy(p => p.Position)
            .Take(maxDocuments)
            .ToList();
        var types = EntityTypes.All.Where(t => documents.Any(d => d.MentionsOf(t) > 0)).ToList();
        var names = Unique(shown.Select(p => p.Label).ToList());
        var z = shown.Select(p => types.Select(t => (double)p.Document.MentionsOf(t)).ToArray()).ToArray();
        var columns = types.Select(t => (EntityTypes.KindOf(t) switch
        {
            EntityKind.DirectIdentifier => "● ",
            EntityKind.QuasiIdentifier => "◐ ",
            _ => "▲ ",
        }) + EntityTypes.NameOf(t)).ToArray();

        GenericChart chart = CSharpChart.Heatmap<double, string, string, string>(
            zData: z,
            X: new Optional<IEnumerable<string>>(columns, true),
            Y: new Optional<IEnumerable<string>>(names, true),
            ColorScale: new Optional<StyleParam.Colorscale>(StyleParam.Colorscale.NewCustom(Scale()), true),
            ReverseYAxis: new Optional<bool>(true, true));
        var more = documents.Count > shown.Count ? $" The {shown.Count} riskiest of {documents.Count} documents are shown." : string.Empty;
        return new RiskChart(
            "text-categories",
            "Personal data per document and category",
            "Each cell counts the mentions of one kind of personal data in one document (● direct identifier, ◐ quasi-identifier, ▲ special category, GDPR Art. 9/10). Rows are the riskiest documents first." + more,
            chart,
            "kind of personal data",
            "document");
    }

    private static string Shorten(string document)
    {
        var parts = document.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length <= 2 ? string.Join('/', parts) : string.Join('/', parts[^2..]);
    }

    private static List<string> Unique(List<string> names)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            if (seen.TryGetValue(names[i], out var n))
            {
                seen[names[i]] = n + 1;
                names[i] = $"{names[i]} ({n + 1})";
            }
            else
            {
                seen[names[i]] = 1;
            }
        }

        return names;
    }

    private static IEnumerable<Tuple<double, Color>> Scale() =>
    [
        Tuple.Create(0d, Color.fromHex("#f7fbff")),
        Tuple.Create(0.1, Color.fromHex("#fdd49e")),
        Tuple.Create(0.3, Color.fromHex("#fc8d59")),
        Tuple.Create(0.6, Color.fromHex("#d7301f")),
        Tuple.Create(1d, Color.fromHex("#7f0000")),
    ];
}
