using System.Text;
using RiskNotebooks.Text;
using RiskNotebooks.Text.Evaluation;

namespace RiskNotebooks.Tests.Text;

/// <summary>
/// Sentences written by hand, not by the generator (TestData/text-hand/sentences.txt): a small check that does not
/// share the generator's templates. Its figures are in docs/commands/text.md; the thresholds here only guard against
/// regressions.
/// </summary>
public sealed class HandWrittenEvaluationTests
{
    internal static IReadOnlyList<(LabelledDocument Labels, string Text)> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "text-hand", "sentences.txt");
        var documents = new List<(LabelledDocument, string)>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            number++;
            var language = line.StartsWith("sv|", StringComparison.Ordinal) ? TextLanguage.Swedish : TextLanguage.English;
            var marked = line[3..];
            var text = new StringBuilder();
            var spans = new List<LabelledSpan>();
            var i = 0;
            while (i < marked.Length)
            {
                var open = marked.IndexOf("[[", i, StringComparison.Ordinal);
                if (open < 0)
                {
                    text.Append(marked, i, marked.Length - i);
                    break;
                }

                text.Append(marked, i, open - i);
                var colon = marked.IndexOf(':', open);
                var close = marked.IndexOf("]]", colon, StringComparison.Ordinal);
                Assert.True(EntityTypes.TryParse(marked[(open + 2)..colon], out var type), marked[(open + 2)..colon]);
                var start = text.Length;
                text.Append(marked, colon + 1, close - colon - 1);
                spans.Add(new LabelledSpan(type, start, text.Length));
                i = close + 2;
            }

            documents.Add((new LabelledDocument($"hand-{number:D2}", language, "sentence", spans, []), text.ToString()));
        }

        return documents;
    }

    internal static TextEvaluationReport Evaluate()
    {
        var scanner = new TextScanner();
        return TextEvaluation.Run(Load().Select(d => (d.Labels, scanner.Find(d.Text, d.Labels.Language))));
    }

    [Fact]
    public void Hand_written_sentences_keep_their_scores()
    {
        var report = Evaluate();
        long Sum(Func<EntityScore, long> f, params EntityType[] types) => types.Sum(t => f(report[t]));
        EntityType[] structured =
        [
            EntityType.Personnummer, EntityType.Samordningsnummer, EntityType.Organisationsnummer, EntityType.Phone, EntityType.Email,
            EntityType.IpAddress, EntityType.Url, EntityType.Iban, EntityType.Postcode, EntityType.StreetAddress, EntityType.Age,
        ];
        var structuredRecall = (double)Sum(s => s.TruePositives, structured) / Sum(s => s.Labelled, structured);
        var structuredPrecision = (double)Sum(s => s.TruePositives, structured) / Sum(s => s.TruePositives + s.FalsePositives, structured);
        Assert.True(structuredRecall >= 0.95, $"structured recall {structuredRecall:F3}");
        Assert.True(structuredPrecision >= 0.95, $"structured precision {structuredPrecision:F3}");
        Assert.True(report[EntityType.Person].Recall >= 0.85, $"person recall {report[EntityType.Person].Recall:F3}");
        Assert.True(report[EntityType.Person].Precision >= 0.85, $"person precision {report[EntityType.Person].Precision:F3}");
        Assert.True(report[EntityType.Location].Recall >= 0.75, $"location recall {report[EntityType.Location].Recall:F3}");
        Assert.True(report[EntityType.Date].Recall >= 0.8, $"date recall {report[EntityType.Date].Recall:F3}");
    }
}
