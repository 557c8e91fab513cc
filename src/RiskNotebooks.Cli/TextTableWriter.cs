using System.Globalization;
using RiskNotebooks.Text;
using RiskNotebooks.Text.Evaluation;

namespace RiskNotebooks.Cli;

/// <summary>The readable output of <c>risknb text</c>: one line per document and the corpus summary; counts and kinds, never text.</summary>
internal sealed class TextTableWriter(TextWriter output, string source)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private bool header;

    internal void Document(DocumentReport report, string name)
    {
        if (!header)
        {
            header = true;
            output.WriteLine($"Text risk of {source}");
            output.WriteLine();
            output.WriteLine($"  {"document",-34} {"lang",-4} {"level",-10} {"direct",6}  {"quasi-identifiers",-44} special categories");
        }

        var risk = report.Risk;
        var direct = risk.DirectIdentifiers.Values.Sum();
        var special = string.Join(", ", risk.SpecialCategories.Keys.Select(EntityTypes.NameOf));
        output.WriteLine($"  {Fit(name, 34),-34} {(report.Language == TextLanguage.Swedish ? "sv" : "en"),-4} {Level(risk.Level),-10} {Count(direct),6}  {Fit(string.Join(", ", risk.QuasiIdentifierKinds), 44),-44} {special}");
    }

    internal void End(TextCorpusReport report, TextEvaluationReport? evaluation)
    {
        var s = report.Summary;
        if (!header)
        {
            output.WriteLine($"Text risk of {source}");
        }

        output.WriteLine();
        output.WriteLine($"  {Documents(s.DocumentCount)} ({Count(s.SwedishDocuments)} Swedish, {Count(s.EnglishDocuments)} English), {Count(s.CharacterCount)} characters");
        output.WriteLine();
        output.WriteLine("  risk level      documents");
        foreach (var level in Enum.GetValues<DocumentRiskLevel>().Reverse())
        {
            output.WriteLine($"  {Level(level),-12} {Count(s.DocumentsAt(level)),12}");
        }

        output.WriteLine($"  with special categories (GDPR Art. 9) or criminal data (Art. 10): {Count(s.DocumentsWithSpecialCategories)}");
        output.WriteLine();
        output.WriteLine($"  {"found",-22} {"kind",-18} {"mentions",10} {"documents",10}");
        foreach (var (type, n) in s.Mentions.OrderBy(p => EntityTypes.KindOf(p.Key)).ThenByDescending(p => p.Value))
        {
            output.WriteLine($"  {EntityTypes.NameOf(type),-22} {Kind(EntityTypes.KindOf(type)),-18} {Count(n),10} {Count(s.DocumentsWith[type]),10}");
        }

        if (report.RedactedTo is not null)
        {
            output.WriteLine();
            output.WriteLine($"  redacted copies and .spans.json files in {report.RedactedTo}");
            output.WriteLine($"    distinct values replaced: {string.Join(", ", report.RedactionTags.Select(p => $"{EntityTypes.NameOf(p.Key)} {Count(p.Value)}"))}");
        }

        if (evaluation is not null)
        {
            output.WriteLine();
            output.WriteLine($"  evaluation against the labels ({Documents(evaluation.DocumentCount)}; a finding counts when it overlaps a label of its type)");
            output.WriteLine($"  {"type",-22} {"precision",9} {"recall",8} {"labels",8} {"found",8}");
            foreach (var score in evaluation.Entities)
            {
                output.WriteLine($"  {EntityTypes.NameOf(score.Type),-22} {Probability(score.Precision),9} {Probability(score.Recall),8} {Count(score.Labelled),8} {Count(score.TruePositives + score.FalsePositives),8}");
            }

            output.WriteLine($"  special categories, per document:");
            foreach (var score in evaluation.SpecialCategories)
            {
                output.WriteLine($"  {EntityTypes.NameOf(score.Type),-22} {Probability(score.Precision),9} {Probability(score.Recall),8} {Count(score.Labelled),8} {Count(score.TruePositives + score.FalsePositives),8}");
            }
        }
    }

    private static string Level(DocumentRiskLevel level) => level.ToString().ToLowerInvariant();

    private static string Documents(long count) => count == 1 ? "1 document" : $"{Count(count)} documents";

    private static string Kind(EntityKind kind) => kind switch
    {
        EntityKind.DirectIdentifier => "direct identifier",
        EntityKind.QuasiIdentifier => "quasi-identifier",
        _ => "special category",
    };

    private static string Fit(string text, int width) => text.Length <= width ? text : "…" + text[^(width - 1)..];

    private static string Count(long n) => n.ToString("N0", Invariant);

    private static string Probability(double p) => p.ToString("0.000", Invariant);
}
