using System.Buffers;
using System.Text;
using RiskNotebooks.Data;
using RiskNotebooks.Text.Recognizers;

namespace RiskNotebooks.Text;

/// <summary>
/// Finds personal data in text with a set of recognizers, resolves overlaps between them, and assesses each document's
/// risk. Reads a document in chunks, so a file of any size streams through in bounded memory, in time linear in its length.
/// </summary>
/// <remarks>
/// <para>Every recognizer runs over the same chunk; findings below <see cref="TextScanOptions.MinimumConfidence"/> are
/// dropped; where identifiers (direct and quasi) overlap, the more confident (then the longer) wins, and likewise among
/// special-category terms (a special-category term may overlap an identifier). Findings come out in document order.</para>
/// <para>A document longer than <see cref="TextScanOptions.ChunkSize"/> is cut at a line break (else at white space) near
/// the chunk size; each chunk is scanned with 512 characters of the text on either side, and a finding belongs to the chunk
/// its first character is in, so nothing is lost or found twice at a cut.</para>
/// <para>A scanner is immutable and can be used from several threads at once.</para>
/// </remarks>
public sealed class TextScanner
{
    /// <summary>Characters of context on each side of a chunk.</summary>
    internal const int Overlap = 512;

    private readonly IRecognizer[] recognizers;
    private readonly double minimumConfidence;

    /// <summary>Creates a scanner.</summary>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    /// <exception cref="InvalidOptionException">An option is invalid.</exception>
    public TextScanner(TextScanOptions? options = null)
    {
        Options = options ?? new TextScanOptions();
        Options.Validate();
        recognizers = [.. Options.Recognizers ?? DefaultRecognizers.Create()];
        minimumConfidence = Options.MinimumConfidence;
    }

    /// <summary>The options.</summary>
    public TextScanOptions Options { get; }

    /// <summary>The recognizers, in the order they run.</summary>
    public IReadOnlyList<IRecognizer> Recognizers => recognizers;

    /// <summary>Finds personal data in a text held in memory.</summary>
    /// <param name="text">The text.</param>
    /// <param name="language">Its language; <see langword="null"/> for the options' language (detected when <see cref="TextLanguage.Auto"/>).</param>
    /// <returns>The findings, in document order.</returns>
    public IReadOnlyList<Finding> Find(string text, TextLanguage? language = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var list = new List<Finding>();
        using var reader = new StringReader(text);
        Run(reader, language ?? Options.Language, list.Add, null, CancellationToken.None);
        return list;
    }

    /// <summary>Scans a text held in memory and assesses its risk.</summary>
    /// <param name="document">The document's name (reported as is; never opened).</param>
    /// <param name="text">The text.</param>
    /// <returns>The document's report.</returns>
    public DocumentReport Analyze(string document, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return Analyze(document, reader);
    }

    /// <summary>Scans a document from a reader, chunk by chunk, and assesses its risk.</summary>
    /// <param name="document">The document's name (reported as is).</param>
    /// <param name="reader">The text; read to the end, not closed.</param>
    /// <param name="onFinding">Called with each finding, in document order, as it is found (optional).</param>
    /// <param name="cancellationToken">Cancels between chunks.</param>
    /// <returns>The document's report.</returns>
    public DocumentReport Analyze(string document, TextReader reader, Action<Finding>? onFinding = null, CancellationToken cancellationToken = default)
        => Analyze(document, reader, onFinding, null, cancellationToken);

    /// <summary>Scans a file (UTF-8 with or without byte order mark, UTF-16 with one, else Windows-1252) and assesses its risk.</summary>
    /// <param name="path">The file.</param>
    /// <param name="document">The name to report; the path when <see langword="null"/>.</param>
    /// <param name="onFinding">Called with each finding, in document order (optional).</param>
    /// <param name="cancellationToken">Cancels between chunks.</param>
    /// <returns>The document's report.</returns>
    /// <exception cref="InputFormatException">The file cannot be read.</exception>
    public DocumentReport AnalyzeFile(string path, string? document = null, Action<Finding>? onFinding = null, CancellationToken cancellationToken = default)
    {
        using var reader = OpenText(path, cancellationToken);
        return Analyze(document ?? path, reader, onFinding, null, cancellationToken);
    }

    /// <summary>Opens a text file with the encoding its bytes show.</summary>
    internal static StreamReader OpenText(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw InputFormatException.OfFile(path, "the file does not exist.");
        }

        try
        {
            var scan = FileScan.Run(path, cancellationToken);
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            return new StreamReader(stream, scan.Encoding ?? Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16);
        }
        catch (Exception e) when (InputFormatException.IsFileSystemError(e))
        {
            throw InputFormatException.FromFileSystem(path, e);
        }
    }

    internal DocumentReport Analyze(string document, TextReader reader, Action<Finding>? onFinding, IChunkSink? sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(reader);
        var mentions = new long[EntityTypes.Count];
        long rare = 0;
        var (language, characters) = Run(reader, Options.Language, f =>
        {
            mentions[(int)f.Type]++;
            if (f.Rule.StartsWith("lexicon.profession-rare", StringComparison.Ordinal))
            {
                rare++;
            }

            onFinding?.Invoke(f);
        }, sink, cancellationToken);
        return new DocumentReport(document, language, characters, mentions, rare);
    }

    /// <summary>Reads the whole text in chunks and reports each finding once, in order.</summary>
    private (TextLanguage Language, long Characters) Run(TextReader reader, TextLanguage language, Action<Finding> emit, IChunkSink? sink, CancellationToken cancellationToken)
    {
        var chunkSize = Options.ChunkSize;
        var buffer = ArrayPool<char>.Shared.Rent(chunkSize + (2 * Overlap));
        var capacity = chunkSize + (2 * Overlap);
        // The collector and resolver keep their buffers between documents of this thread.
        var (collector, resolver) = buffers ?? (new FindingCollector(), new OverlapResolver());
        buffers = null;
        resolver.Reset();
        try
        {
            var length = Fill(reader, buffer, 0, capacity, out var eof);
            long bufferStart = 0;
            long ownedStart = 0;
            if (language == TextLanguage.Auto)
            {
                language = LanguageDetector.Detect(buffer.AsSpan(0, length));
            }

            sink?.Begin(language);
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int cut;
                if (eof)
                {
                    cut = length;
                }
                else
                {
                    cut = Cut(buffer.AsSpan(0, length), (int)(ownedStart - bufferStart), length - Overlap, chunkSize);
                }

                var window = buffer.AsSpan(0, length);
                var ownedEnd = bufferStart + cut;
                var kept = Scan(window, bufferStart, ownedStart, ownedEnd, language, collector, resolver);
                foreach (var finding in kept)
                {
                    emit(finding);
                }

                sink?.Chunk(window, bufferStart, ownedEnd, kept);
                if (eof)
                {
                    sink?.End(ownedEnd);
                    return (language, ownedEnd);
                }

                var keep = Math.Max(0, cut - Overlap);
                buffer.AsSpan(keep, length - keep).CopyTo(buffer);
                bufferStart += keep;
                length -= keep;
                ownedStart = ownedEnd;
                length = Fill(reader, buffer, length, capacity, out eof);
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
            collector.Reset(0);
            buffers = (collector, resolver);
        }
    }

    [ThreadStatic]
    private static (FindingCollector Collector, OverlapResolver Resolver)? buffers;

    private static int Fill(TextReader reader, char[] buffer, int length, int capacity, out bool eof)
    {
        eof = false;
        while (length < capacity)
        {
            var read = reader.Read(buffer, length, capacity - length);
            if (read == 0)
            {
                eof = true;
                break;
            }

            length += read;
        }

        return length;
    }

    /// <summary>Where to end a chunk: the last line break in its last quarter, else the last white space, else the limit.</summary>
    private static int Cut(ReadOnlySpan<char> text, int ownedStart, int limit, int chunkSize)
    {
        var from = Math.Max(ownedStart + 1, limit - (chunkSize / 4));
        var newline = text[from..limit].LastIndexOf('\n');
        if (newline >= 0)
        {
            return from + newline + 1;
        }

        var near = Math.Max(ownedStart + 1, limit - 4096);
        var space = text[near..limit].LastIndexOfAny(' ', '\t', '\r');
        return space >= 0 ? near + space + 1 : limit;
    }

    private List<Finding> Scan(ReadOnlySpan<char> window, long windowStart, long ownedStart, long ownedEnd, TextLanguage language, FindingCollector collector, OverlapResolver resolver)
    {
        collector.Reset(window.Length);
        foreach (var recognizer in recognizers)
        {
            recognizer.Recognize(window, language, collector);
        }

        return resolver.Resolve(collector.List, windowStart, ownedStart, ownedEnd, minimumConfidence);
    }
}
