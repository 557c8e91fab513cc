using RiskNotebooks.Text;

namespace RiskNotebooks.Tests.Text;

/// <summary>Runs one recognizer, or the whole scanner, on a text and returns what it found with the matched text.</summary>
internal static class Recognize
{
    internal static IReadOnlyList<(EntityType Type, string Text, double Confidence, string Rule)> With(IRecognizer recognizer, string text, TextLanguage language = TextLanguage.Swedish)
    {
        var collector = new FindingCollector();
        collector.Reset(text.Length);
        recognizer.Recognize(text, language, collector);
        return collector.Items.Select(f => (f.Type, text[(int)f.Start..(int)f.End], f.Confidence, f.Rule)).ToList();
    }

    /// <summary>The texts the recognizer reports at or above the scanner's default confidence.</summary>
    internal static IReadOnlyList<string> Found(IRecognizer recognizer, string text, TextLanguage language = TextLanguage.Swedish)
        => With(recognizer, text, language).Where(f => f.Confidence >= 0.5).Select(f => f.Text).ToList();

    internal static IReadOnlyList<(EntityType Type, string Text)> Scan(string text, TextLanguage language = TextLanguage.Auto)
        => new TextScanner().Find(text, language).Select(f => (f.Type, text[(int)f.Start..(int)f.End])).ToList();
}
