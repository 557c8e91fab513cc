namespace RiskNotebooks.Text;

/// <summary>
/// Finds one or more kinds of personal data in text. Implement it to add a recognizer (a local identifier, a hospital's
/// record number) and pass it in <see cref="TextScanOptions.Recognizers"/>.
/// </summary>
/// <remarks>
/// A recognizer is called once per document, or once per chunk of a very large document, from one thread at a time per
/// scanner; it must not keep the text. It may be called with a span that starts or ends inside a word: the scanner gives
/// it some context on both sides and keeps only findings that start in the part it owns. Prefer hand-written scanners or
/// <see cref="System.Text.RegularExpressions.RegexOptions.NonBacktracking"/> over backtracking regular expressions: the
/// text is not trusted.
/// </remarks>
public interface IRecognizer
{
    /// <summary>A short name, used in rule names and listings (for example <c>personnummer</c>).</summary>
    string Name { get; }

    /// <summary>The entity types this recognizer can report.</summary>
    IReadOnlyList<EntityType> EntityTypes { get; }

    /// <summary>Finds personal data in a text.</summary>
    /// <param name="text">The text (a whole document or a chunk of one).</param>
    /// <param name="language">The language of the document: <see cref="TextLanguage.Swedish"/> or <see cref="TextLanguage.English"/>, never <see cref="TextLanguage.Auto"/>.</param>
    /// <param name="findings">Where to add what is found, with offsets relative to <paramref name="text"/>.</param>
    void Recognize(ReadOnlySpan<char> text, TextLanguage language, FindingCollector findings);
}
