using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using RiskNotebooks.Text;
using RiskNotebooks.Text.Evaluation;

namespace RiskNotebooks.Reporting.Json;

/// <summary>
/// The JSON of <c>risknb text --format json</c>, written as the documents are scanned (a corpus of any size streams):
/// <c>{"source", "language", "minimumConfidence", "documents": [{"number", "document", "findings": [{"type", "start", "end",
/// "confidence", "rule"}], "language", "characters", "risk", "redacted"}], "summary", "evaluation"}</c>.
/// Offsets are UTF-16 offsets into the text as read. Findings are spans, never text. A document is <c>document N</c>
/// (N = <c>number</c>, its place in the order read) and has no <c>redacted</c> path unless names were asked for.
/// </summary>
public sealed class TextJsonWriter
{
    private const int FlushBytes = 1 << 16;
    private readonly TextWriter output;
    private readonly string source;
    private readonly TextScanOptions options;
    private readonly ArrayBufferWriter<byte> buffer = new(FlushBytes * 2);
    private readonly Utf8JsonWriter json;
    private readonly bool documentNames;
    private string? open;
    private int number;

    /// <summary>Creates a writer; call <see cref="Begin"/>, then <see cref="Finding"/> and <see cref="Document"/> as the scan goes, then <see cref="End"/>.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="source">The scanned folder or file, as given.</param>
    /// <param name="options">The scan options (their language and minimum confidence are written).</param>
    /// <param name="documentNames">Whether documents may be named by their paths (else <c>document N</c>).</param>
    public TextJsonWriter(TextWriter output, string source, TextScanOptions options, bool documentNames)
    {
        this.documentNames = documentNames;
        this.output = output;
        this.source = source;
        this.options = options;
        json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>Opens the JSON object and writes the source, language and minimum confidence.</summary>
    public void Begin()
    {
        json.WriteStartObject();
        json.WriteString("source", source);
        json.WriteString("language", options.Language switch { TextLanguage.Swedish => "sv", TextLanguage.English => "en", _ => "auto" });
        json.WriteNumber("minimumConfidence", options.MinimumConfidence);
        json.WriteStartArray("documents");
        Drain(force: true);
    }

    /// <summary>Writes one finding of a document (its span, type, confidence and rule; never its text).</summary>
    /// <param name="document">The document's path.</param>
    /// <param name="finding">The finding.</param>
    public void Finding(string document, Finding finding)
    {
        StartDocument(document);
        json.WriteStartObject();
        json.WriteString("type", EntityTypes.NameOf(finding.Type));
        json.WriteNumber("start", finding.Start);
        json.WriteNumber("end", finding.End);
        json.WriteNumber("confidence", Math.Round(finding.Confidence, 4));
        json.WriteString("rule", finding.Rule);
        json.WriteEndObject();
        Drain(force: false);
    }

    /// <summary>Closes a document with its language, size and risk.</summary>
    /// <param name="report">The document's report.</param>
    /// <param name="redacted">The path of its redacted copy, or <see langword="null"/>.</param>
    public void Document(DocumentReport report, string? redacted)
    {
        StartDocument(report.Document);
        json.WriteEndArray();
        open = null;
        json.WriteString("language", Language(report.Language));
        json.WriteNumber("characters", report.CharacterCount);
        json.WritePropertyName("risk");
        Risk(report.Risk);
        if (redacted is not null && documentNames)
        {
            json.WriteString("redacted", redacted);
        }

        json.WriteEndObject();
        Drain(force: true);
    }

    /// <summary>Writes the corpus summary and the evaluation, if any, and closes the object.</summary>
    /// <param name="report">The corpus report.</param>
    /// <param name="evaluation">Precision and recall against labels, or <see langword="null"/>.</param>
    public void End(TextCorpusReport report, TextEvaluationReport? evaluation)
    {
        json.WriteEndArray();
        var s = report.Summary;
        json.WriteStartObject("summary");
        json.WriteNumber("documents", s.DocumentCount);
        json.WriteNumber("characters", s.CharacterCount);
        json.WriteStartObject("languages");
        json.WriteNumber("sv", s.SwedishDocuments);
        json.WriteNumber("en", s.EnglishDocuments);
        json.WriteEndObject();
        json.WriteStartObject("levels");
        foreach (var (level, n) in s.Levels)
        {
            json.WriteNumber(level.ToString().ToLowerInvariant(), n);
        }

        json.WriteEndObject();
        json.WriteNumber("documentsWithSpecialCategories", s.DocumentsWithSpecialCategories);
        json.WriteStartObject("mentions");
        foreach (var (type, n) in s.Mentions)
        {
            json.WriteNumber(EntityTypes.NameOf(type), n);
        }

        json.WriteEndObject();
        json.WriteStartObject("documentsWith");
        foreach (var (type, n) in s.DocumentsWith)
        {
            json.WriteNumber(EntityTypes.NameOf(type), n);
        }

        json.WriteEndObject();
        if (report.RedactedTo is not null)
        {
            json.WriteString("redactedTo", report.RedactedTo);
            json.WriteStartObject("redactionTags");
            foreach (var (type, n) in report.RedactionTags)
            {
                json.WriteNumber(EntityTypes.NameOf(type), n);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WritePropertyName("evaluation");
        if (evaluation is null)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteStartObject();
            json.WriteNumber("documents", evaluation.DocumentCount);
            Scores("entities", evaluation.Entities);
            Scores("specialCategoriesPerDocument", evaluation.SpecialCategories);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        Drain(force: true);
        output.WriteLine();
    }

    private void Scores(string name, IReadOnlyList<EntityScore> scores)
    {
        json.WriteStartArray(name);
        foreach (var score in scores)
        {
            json.WriteStartObject();
            json.WriteString("type", EntityTypes.NameOf(score.Type));
            json.WriteNumber("truePositives", score.TruePositives);
            json.WriteNumber("falsePositives", score.FalsePositives);
            json.WriteNumber("falseNegatives", score.FalseNegatives);
            json.WriteNumber("precision", Math.Round(score.Precision, 4));
            json.WriteNumber("recall", Math.Round(score.Recall, 4));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private void Risk(DocumentRisk risk)
    {
        json.WriteStartObject();
        json.WriteString("level", risk.Level.ToString().ToLowerInvariant());
        json.WriteString("reason", risk.Reason);
        Counts("directIdentifiers", risk.DirectIdentifiers);
        Counts("quasiIdentifiers", risk.QuasiIdentifiers);
        json.WriteStartArray("quasiIdentifierKinds");
        foreach (var kind in risk.QuasiIdentifierKinds)
        {
            json.WriteStringValue(kind);
        }

        json.WriteEndArray();
        Counts("specialCategories", risk.SpecialCategories);
        json.WriteBoolean("rareOccupation", risk.HasRareOccupation);
        json.WriteEndObject();
    }

    private void Counts(string name, IReadOnlyDictionary<EntityType, long> counts)
    {
        json.WriteStartObject(name);
        foreach (var (type, n) in counts)
        {
            json.WriteNumber(EntityTypes.NameOf(type), n);
        }

        json.WriteEndObject();
    }

    private void StartDocument(string document)
    {
        if (open == document)
        {
            return;
        }

        open = document;
        number++;
        json.WriteStartObject();
        json.WriteNumber("number", number);
        json.WriteString("document", documentNames ? document : TextCorpusReport.NeutralLabel(number));
        json.WriteStartArray("findings");
    }

    private static string Language(TextLanguage language) => language == TextLanguage.Swedish ? "sv" : "en";

    private void Drain(bool force)
    {
        json.Flush();
        if (!force && buffer.WrittenCount < FlushBytes)
        {
            return;
        }

        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        buffer.ResetWrittenCount();
    }
}
