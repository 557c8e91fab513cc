using RiskNotebooks.Text;
using RiskNotebooks.Text.Redaction;

namespace RiskNotebooks.Commands;

/// <summary>
/// <c>risknb text</c> and <c>#!risk-text</c>: every option with its default, the cross-option checks, and the engine's
/// options. Hosts fill it from <see cref="Table"/>.
/// </summary>
public sealed class TextRequest : ICommandRequest
{
    /// <summary>The options of the command, as every host binds them.</summary>
    public static CommandTable<TextRequest> Table { get; } = new CommandTable<TextRequest>(
            "text",
            "Find personal data (identifiers, quasi-identifiers, special categories) in Swedish and English free text, assess each document's risk, and optionally redact.")
        .AddPositional("FOLDER|FILE", "A folder (its *.txt files, recursively) or one text file (UTF-8, UTF-16 with BOM, or Windows-1252).", (r, v) => r.Path = v, required: true)
        .Add("--lang", "The documents' language: sv, en, or auto (detected per document).", OptionKind.Text, (r, v) => r.Language = ParseLanguage(v), r => LanguageName(r.Language), ["auto", "sv", "en"])
        .Add("--redact", "Write redacted copies (tags keyed by --key-file, such as [PERSON-7f3a9c2b41]) and a .spans.json per document to this folder (created if missing; its parent must exist). Originals are never changed.", OptionKind.Path, (r, v) => r.RedactTo = v.Text)
        .Add("--key-file", "With --redact: a file of at least 16 secret bytes (e.g. head -c 32 /dev/urandom > key). Tags are HMAC-SHA256 under it; keep it apart from the output.", OptionKind.Path, (r, v) => r.KeyFile = v.Text)
        .Add("--min-confidence", "Drop findings less confident than this, in [0, 1].", OptionKind.Number, (r, v) => r.MinimumConfidence = v.Number(), r => OptionValue.FormatNumber(r.MinimumConfidence))
        .Add("--labels", "A labels file (JSON Lines, as datasets/text/labels.jsonl): also show precision and recall per type.", OptionKind.Path, (r, v) => r.Labels = v.Text)
        .Add("--document-names", "Name documents by their paths in the output and the report. Default: document 1, 2, ... in the order read (sorted paths), because a file name often names the person a document is about.", OptionKind.Flag, (r, v) => r.DocumentNames = v.Flag());

    /// <summary>The folder or file to scan.</summary>
    public string? Path { get; set; }

    /// <summary>The documents' language, or <see cref="TextLanguage.Auto"/> to detect it per document.</summary>
    public TextLanguage Language { get; set; } = new TextScanOptions().Language;

    /// <summary>The folder for redacted copies, or <see langword="null"/> for no redaction.</summary>
    public string? RedactTo { get; set; }

    /// <summary>The redaction key file (required with <see cref="RedactTo"/>).</summary>
    public string? KeyFile { get; set; }

    /// <summary>The confidence a finding needs (default 0.5).</summary>
    public double MinimumConfidence { get; set; } = new TextScanOptions().MinimumConfidence;

    /// <summary>A labels file for precision and recall, or <see langword="null"/>.</summary>
    public string? Labels { get; set; }

    /// <summary>Whether output may name documents by their paths.</summary>
    public bool DocumentNames { get; set; }

    /// <inheritdoc/>
    public void Validate()
    {
        if (RedactTo is null && KeyFile is not null)
        {
            throw new InvalidOptionException("--key-file", "only applies with --redact.");
        }

        if (RedactTo is not null && KeyFile is null)
        {
            throw new InvalidOptionException("--key-file", "--redact needs a key file (at least 16 secret bytes), e.g. head -c 32 /dev/urandom > redaction.key.");
        }

        ToScanOptions().Validate();
    }

    /// <summary>How to scan.</summary>
    /// <returns>The scan options.</returns>
    public TextScanOptions ToScanOptions() => new() { Language = Language, MinimumConfidence = MinimumConfidence };

    /// <summary>The engine's options (without callbacks; add them with <c>with</c>).</summary>
    /// <param name="key">The key read from <see cref="KeyFile"/>, or <see langword="null"/>.</param>
    /// <returns>The options for <see cref="TextAnalysis"/>.</returns>
    public TextAnalysisOptions ToOptions(RedactionKey? key) => new()
    {
        Scan = ToScanOptions(),
        RedactTo = RedactTo,
        Key = key,
        DocumentNames = DocumentNames,
    };

    /// <summary>Reads a language as every host takes it: <c>sv</c>, <c>en</c> or <c>auto</c>.</summary>
    /// <param name="value">The option's value.</param>
    /// <returns>The language.</returns>
    public static TextLanguage ParseLanguage(OptionValue value) => value.Text.Trim().ToLowerInvariant() switch
    {
        "auto" => TextLanguage.Auto,
        "sv" => TextLanguage.Swedish,
        "en" => TextLanguage.English,
        _ => throw new InvalidOptionException(value.Option, "must be sv, en or auto."),
    };

    /// <summary>The name of a language as options and JSON write it: <c>sv</c>, <c>en</c> or <c>auto</c>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The name.</returns>
    public static string LanguageName(TextLanguage language) => language switch
    {
        TextLanguage.Swedish => "sv",
        TextLanguage.English => "en",
        _ => "auto",
    };
}
