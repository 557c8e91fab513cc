using System.IO.Enumeration;
using System.Text;
using System.Text.Json;
using RiskNotebooks.Data;
using RiskNotebooks.Text.Redaction;

namespace RiskNotebooks.Text;

/// <summary>
/// Scans a folder of text documents (or one file), one document at a time, assesses each, sums up the corpus, and
/// optionally writes redacted copies. The facade behind <c>risknb text</c> and <c>#!risk-text</c>.
/// </summary>
/// <remarks>
/// A folder's documents are its <c>*.txt</c> files, recursively, in ordinal order of their relative paths. Nothing is held
/// but one document's chunk at a time (and each document's counts, unless <see cref="TextAnalysisOptions.KeepDocuments"/>
/// is off), so a corpus of any size streams through. Originals are only read; each redacted copy and its spans file are
/// written atomically.
/// </remarks>
public static class TextAnalysis
{
    /// <summary>The documents of a folder (its <c>*.txt</c> files, recursively, sorted) or the file itself.</summary>
    /// <param name="path">A folder or a file.</param>
    /// <returns>The documents' paths.</returns>
    /// <remarks>
    /// Linked files are documents like any other, but linked folders inside the scanned one are not entered: a link
    /// to a parent would make the scan endless, and a link elsewhere would scan (and redact) files outside the folder.
    /// </remarks>
    /// <exception cref="InvalidOptionException">The path does not exist, or is not a regular file or a folder.</exception>
    public static IReadOnlyList<string> EnumerateDocuments(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (InputFile.Problem(path, folderAllowed: true) is { } problem)
        {
            throw new InvalidOptionException("FOLDER|FILE", path.Length == 0 ? "the file name is empty." : $"'{path}': the file {problem}");
        }

        if (!Directory.Exists(path))
        {
            return [path];
        }

        var ignoreCase = !OperatingSystem.IsLinux();
        var documents = new FileSystemEnumerable<string>(
            path,
            (ref FileSystemEntry entry) => entry.ToSpecifiedFullPath(),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory && FileSystemName.MatchesSimpleExpression("*.txt", entry.FileName, ignoreCase),
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        return [.. documents.OrderBy(p => Path.GetRelativePath(path, p).Replace('\\', '/'), StringComparer.Ordinal)];
    }

    /// <summary>Scans a folder or a file.</summary>
    /// <param name="path">A folder (its <c>*.txt</c> files) or one file.</param>
    /// <param name="options">Options; <see langword="null"/> for defaults.</param>
    /// <param name="cancellationToken">Cancels between chunks.</param>
    /// <returns>The reports and the summary.</returns>
    /// <exception cref="InvalidOptionException">An option is invalid (for example a redaction folder inside the scanned one, or no key).</exception>
    /// <exception cref="InputFormatException">A document cannot be read.</exception>
    public static TextCorpusReport Run(string path, TextAnalysisOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new TextAnalysisOptions();
        var documents = EnumerateDocuments(path);
        var folder = Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        string? redactTo = null;
        if (options.RedactTo is { } target)
        {
            redactTo = CheckRedactionTarget(target, path, folder, options.Key, documents);
        }

        var scanner = new TextScanner(options.Scan);
        var summary = new TextCorpusSummary();
        var kept = new List<DocumentReport>();
        using var redactor = redactTo is null ? null : new TextRedactor(options.Key!);
        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var relative = Path.GetRelativePath(folder, document);
            var onFinding = options.OnFinding is { } callback ? f => callback(document, f) : (Action<Finding>?)null;
            DocumentReport report;
            using (var reader = TextScanner.OpenText(document, cancellationToken))
            {
                report = redactor is null
                    ? scanner.Analyze(document, reader, onFinding, null, cancellationToken)
                    : Redact(scanner, redactor, document, reader, Path.Combine(redactTo!, relative), onFinding, cancellationToken);
            }

            summary.Add(report);
            if (options.KeepDocuments)
            {
                kept.Add(report);
            }

            options.OnDocument?.Invoke(report);
        }

        var tags = redactor is null
            ? new Dictionary<EntityType, int>()
            : EntityTypes.All.Where(t => redactor.TagCount(t) > 0).ToDictionary(t => t, redactor.TagCount);
        return new TextCorpusReport(path, kept, summary, redactTo, tags, options.DocumentNames, sourceIsFile: !Directory.Exists(path));
    }

    /// <summary>The path of the spans file of a redacted document (<c>a/b.txt</c> gives <c>a/b.spans.json</c>).</summary>
    /// <param name="redactedDocument">The redacted document's path.</param>
    /// <returns>The spans file's path.</returns>
    public static string SpansPath(string redactedDocument) => Path.ChangeExtension(redactedDocument, ".spans.json");

    private static string CheckRedactionTarget(string target, string source, string folder, RedactionKey? key, IReadOnlyList<string> documents)
    {
        if (key is null)
        {
            throw new InvalidOptionException("Key", "redaction needs a key file: its secret makes the tags impossible to trace back by hashing guesses.");
        }

        var output = AtomicFile.CheckFolderTarget(target, "RedactTo");
        if (output.IsInside(FileIdentity.Of(folder)))
        {
            throw new InvalidOptionException("RedactTo", Directory.Exists(source)
                ? "the output folder must not be the scanned folder or inside it (originals are never touched, and the copies would be scanned again)."
                : "the output folder must not be the folder of the scanned file (originals are never touched).");
        }

        // Links anywhere (the output folder, a folder in it, a scanned file) could still lead a copy onto an original:
        // every copy and spans file is compared with every document, by real path and by device and inode.
        var full = Path.GetFullPath(target);
        var originals = new HashSet<string>(StringComparer.Ordinal);
        var inodes = new HashSet<(ulong Device, ulong Inode)>();
        foreach (var document in documents)
        {
            var identity = FileIdentity.Of(document);
            originals.Add(identity.RealPath);
            if (identity.HasInode)
            {
                inodes.Add((identity.Device, identity.Inode));
            }
        }

        foreach (var document in documents)
        {
            var copy = Path.Combine(full, Path.GetRelativePath(folder, document));
            foreach (var written in (ReadOnlySpan<string>)[copy, SpansPath(copy)])
            {
                var identity = FileIdentity.Of(written);
                if (originals.Contains(identity.RealPath) || (identity.HasInode && identity.Kind != FileKind.Missing && inodes.Contains((identity.Device, identity.Inode))))
                {
                    throw new InvalidOptionException("RedactTo", "a redacted copy would replace a scanned document (through a symbolic or hard link): choose an output folder apart from the scanned files.");
                }
            }
        }

        Directory.CreateDirectory(full); // its parent exists (checked): only the folder itself is created
        return full;
    }

    private static DocumentReport Redact(TextScanner scanner, TextRedactor redactor, string document, TextReader reader, string outputPath, Action<Finding>? onFinding, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(outputPath)!);
        DocumentReport? report = null;
        using var files = new AtomicFileSet(); // the copy and its spans: both or neither
        files.Add(outputPath, textStream =>
        {
            files.Add(SpansPath(outputPath), spansStream =>
            {
                using var text = new StreamWriter(textStream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
                using var json = new Utf8JsonWriter(spansStream, new JsonWriterOptions { Indented = true });
                json.WriteStartObject();
                json.WriteString("document", Path.GetFileName(document));
                json.WriteString("redacted", Path.GetFileName(outputPath));
                json.WriteStartArray("spans");
                var sink = redactor.Begin(text, span =>
                {
                    json.WriteStartObject();
                    json.WriteString("type", EntityTypes.NameOf(span.Type));
                    json.WriteNumber("start", span.Start);
                    json.WriteNumber("end", span.End);
                    json.WriteNumber("redactedStart", span.RedactedStart);
                    json.WriteNumber("redactedEnd", span.RedactedEnd);
                    json.WriteString("tag", span.Tag);
                    json.WriteString("pseudonym", span.Pseudonym);
                    json.WriteEndObject();
                });
                report = scanner.Analyze(document, reader, onFinding, sink, cancellationToken);
                json.WriteEndArray();
                json.WriteEndObject();
                json.Flush();
                text.Flush();
            }, "RedactTo");
        }, "RedactTo");
        files.Commit();
        return report!;
    }
}
