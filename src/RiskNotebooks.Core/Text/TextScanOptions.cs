using RiskNotebooks.Text.Recognizers;

namespace RiskNotebooks.Text;

/// <summary>How <see cref="TextScanner"/> reads text: language, recognizers, the confidence a finding needs, chunk size.</summary>
/// <remarks>Validated when a scanner is created; an invalid value throws <see cref="InvalidOptionException"/> naming the option.</remarks>
public sealed record TextScanOptions
{
    /// <summary>The smallest <see cref="ChunkSize"/>.</summary>
    public const int MinimumChunkSize = 4096;

    /// <summary>The language of the documents, or <see cref="TextLanguage.Auto"/> (the default) to detect it per document.</summary>
    public TextLanguage Language { get; init; } = TextLanguage.Auto;

    /// <summary>Findings below this confidence are dropped (default 0.5).</summary>
    public double MinimumConfidence { get; init; } = 0.5;

    /// <summary>The recognizers; <see langword="null"/> (the default) means <see cref="DefaultRecognizers.Create"/>.</summary>
    /// <remarks>To add one of your own, pass <c>[.. DefaultRecognizers.Create(), new MyRecognizer()]</c>.</remarks>
    public IReadOnlyList<IRecognizer>? Recognizers { get; init; }

    /// <summary>
    /// A document longer than this many characters is read in chunks of about this size, with 512 characters of
    /// overlap on each side, so that a huge file is never held whole in memory (default 1,048,576).
    /// </summary>
    public int ChunkSize { get; init; } = 1 << 20;

    internal void Validate()
    {
        if (!Enum.IsDefined(Language))
        {
            throw new InvalidOptionException(nameof(Language), "must be sv, en or auto.");
        }

        if (double.IsNaN(MinimumConfidence) || MinimumConfidence is < 0d or > 1d)
        {
            throw new InvalidOptionException(nameof(MinimumConfidence), "must be a number in [0, 1].");
        }

        if (ChunkSize < MinimumChunkSize)
        {
            throw new InvalidOptionException(nameof(ChunkSize), $"must be at least {MinimumChunkSize} characters.");
        }

        if (Recognizers is { } recognizers && recognizers.Any(r => r is null))
        {
            throw new InvalidOptionException(nameof(Recognizers), "must not contain null.");
        }
    }
}
