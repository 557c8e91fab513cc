using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace RiskNotebooks.Data.Json;

/// <summary>
/// A JSON document read from a file together with the line and column of every value, so that an error found after
/// parsing (a schema violation, an unknown id) can point at the place in the file.
/// </summary>
/// <remarks>
/// <para>Places are keyed by JSON Pointer (RFC 6901): <c>""</c> is the root, <c>/controls/3/strength</c> a member. For an
/// object member the place is its property name, where an editor's cursor should go; for an array item, the item.</para>
/// <para>Syntax errors are System.Text.Json's <see cref="JsonException"/>, whose 0-based <c>LineNumber</c> and
/// <c>BytePositionInLine</c> become a 1-based line and character column. Comments are allowed (skipped); trailing commas
/// and duplicate property names are errors.</para>
/// </remarks>
internal sealed class JsonSource : IDisposable
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip };
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip };

    private readonly Dictionary<string, (long Line, int Column)> places;

    private JsonSource(string filePath, JsonDocument document, Dictionary<string, (long Line, int Column)> places)
    {
        FilePath = filePath;
        Document = document;
        this.places = places;
    }

    /// <summary>The file, as the user named it (or a name for text that came from elsewhere).</summary>
    public string FilePath { get; }

    /// <summary>The parsed document.</summary>
    public JsonDocument Document { get; }

    /// <summary>The root value.</summary>
    public JsonElement Root => Document.RootElement;

    /// <summary>The largest JSON file read, in bytes (an assessment is a few kilobytes).</summary>
    public const int MaximumLength = 64 << 20;

    /// <summary>Reads a UTF-8 JSON file (with or without a byte order mark).</summary>
    /// <exception cref="InputFormatException">The file is missing, not a regular file, larger than <see cref="MaximumLength"/>, or not valid JSON.</exception>
    public static JsonSource Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(ReadFile(path), path);
    }

    /// <summary>Parses a JSON file embedded in this assembly (bundled data such as the guiding questions).</summary>
    /// <param name="resourceName">The resource's logical name.</param>
    /// <param name="filePath">The name to use in messages, such as <c>guiding-questions.json (bundled)</c>.</param>
    public static JsonSource FromResource(string resourceName, string filePath)
    {
        using var stream = typeof(JsonSource).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The resource '{resourceName}' is not embedded.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return Parse(memory.ToArray(), filePath);
    }

    /// <summary>Parses JSON text.</summary>
    /// <param name="utf8">The bytes (a UTF-8 byte order mark is skipped).</param>
    /// <param name="filePath">The name to use in messages.</param>
    /// <exception cref="InputFormatException">The text is not valid JSON.</exception>
    public static JsonSource Parse(byte[] utf8, string filePath)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        ReadOnlyMemory<byte> bytes = utf8;
        if (utf8.AsSpan().StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        var lines = LineStarts(bytes.Span);
        if (IsBlank(bytes.Span))
        {
            throw InputFormatException.OfFile(filePath, "the file is empty: a JSON object is needed.");
        }

        if (!Utf8.IsValid(bytes.Span))
        {
            var (line, column) = PlaceAt(bytes.Span, lines, FirstInvalidUtf8(bytes.Span));
            throw InputFormatException.NotUtf8(filePath, line, column);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, DocumentOptions);
        }
        catch (JsonException e)
        {
            throw SyntaxError(filePath, bytes.Span, lines, e);
        }

        try
        {
            return new JsonSource(filePath, document, Walk(filePath, bytes.Span, lines));
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A document made from another notation (YAML) together with the places of its values in the file it came from, so
    /// that errors point into that file.
    /// </summary>
    /// <param name="utf8Json">The JSON the other notation was turned into.</param>
    /// <param name="filePath">The file it came from, for messages.</param>
    /// <param name="places">The 1-based line and column of each value in that file, keyed by JSON Pointer.</param>
    internal static JsonSource FromTranslation(byte[] utf8Json, string filePath, Dictionary<string, (long Line, int Column)> places)
        => new(filePath, JsonDocument.Parse(utf8Json, DocumentOptions), places);

    /// <summary>Reads a whole file of at most <see cref="MaximumLength"/> bytes.</summary>
    /// <exception cref="InputFormatException">The file is missing, not a regular file or too large.</exception>
    internal static byte[] ReadFile(string path)
    {
        try
        {
            InputFile.ThrowIfUnreadable(path);
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
            if (stream.Length > MaximumLength)
            {
                throw InputFormatException.OfFile(path, $"the file is larger than {MaximumLength >> 20} MiB: not an assessment.");
            }

            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return bytes;
        }
        catch (Exception e) when (InputFormatException.IsFileSystemError(e))
        {
            throw InputFormatException.FromFileSystem(path, e);
        }
    }

    /// <summary>The 1-based line and column of the value at a JSON Pointer, if the document has one there.</summary>
    public (long Line, int Column)? PlaceOf(string pointer)
        => places.TryGetValue(pointer, out var place) ? place : null;

    /// <summary>An error at the value a JSON Pointer names (or, when it has no place, at its nearest ancestor).</summary>
    /// <param name="pointer">Where the problem is.</param>
    /// <param name="problem">What is wrong, in words, without values from the file.</param>
    public InputFormatException Error(string pointer, string problem)
    {
        var at = pointer;
        while (!places.ContainsKey(at) && at.Length > 0)
        {
            at = at[..at.LastIndexOf('/')];
        }

        var place = PlaceOf(at);
        var property = Display(pointer);
        var text = property.Length == 0 ? problem : $"'{property}': {problem}";
        return new InputFormatException(FilePath, place?.Line, place?.Column, null, text);
    }

    /// <summary>
    /// A whole number at a JSON Pointer, written as JSON Schema's "integer" allows (<c>100</c>, <c>100.0</c>, <c>1E2</c>),
    /// no larger than <paramref name="maximum"/>.
    /// </summary>
    /// <param name="pointer">Where the value is.</param>
    /// <param name="value">The value (the schema has already checked that it is a number with no fraction).</param>
    /// <param name="maximum">The largest value accepted.</param>
    /// <exception cref="InputFormatException">Not a whole number, or too large (names the place, never the value).</exception>
    public long Integer(string pointer, JsonElement value, long maximum)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || Math.Floor(number) != number)
        {
            throw Error(pointer, "must be a whole number.");
        }

        var isExact = value.TryGetInt64(out var exact);
        if (isExact ? exact > maximum : number > maximum)
        {
            throw Error(pointer, $"must be at most {maximum.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)}.");
        }

        return isExact ? exact : (long)number;
    }

    /// <summary>A JSON Pointer as people read a path: <c>/controls/3/strength</c> becomes <c>controls[3].strength</c>.</summary>
    public static string Display(string pointer)
    {
        if (pointer.Length == 0)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        foreach (var raw in pointer[1..].Split('/'))
        {
            var token = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (token.Length > 0 && token.All(char.IsAsciiDigit))
            {
                text.Append('[').Append(token).Append(']');
            }
            else
            {
                if (text.Length > 0)
                {
                    text.Append('.');
                }

                text.Append(token);
            }
        }

        return text.ToString();
    }

    /// <summary>A member's pointer.</summary>
    public static string Child(string pointer, string name)
        => $"{pointer}/{name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)}";

    /// <summary>An array item's pointer.</summary>
    public static string Child(string pointer, int index) => $"{pointer}/{index}";

    /// <inheritdoc/>
    public void Dispose() => Document.Dispose();

    private static InputFormatException SyntaxError(string filePath, ReadOnlySpan<byte> bytes, int[] lines, JsonException e)
    {
        long? line = e.LineNumber is { } l ? l + 1 : null;
        int? column = null;
        if (e.LineNumber is { } zeroLine && e.BytePositionInLine is { } bytePosition && zeroLine < lines.Length)
        {
            var start = lines[zeroLine];
            var length = (int)Math.Min(bytePosition, bytes.Length - start);
            column = Encoding.UTF8.GetCharCount(bytes.Slice(start, Math.Max(0, length))) + 1;
        }

        return new InputFormatException(filePath, line, column, null, $"not valid JSON: {Describe(e)}", e);
    }

    /// <summary>System.Text.Json's message without its trailing "Path: ... | LineNumber: ..." part (we give the place ourselves).</summary>
    private static string Describe(JsonException e)
    {
        var message = e.Message;
        foreach (var marker in new[] { " Path: ", " LineNumber: " })
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut >= 0)
            {
                message = message[..cut];
            }
        }

        message = message.Trim();
        return message.Length == 0 ? "the JSON syntax is broken here." : message;
    }

    private static Dictionary<string, (long Line, int Column)> Walk(string filePath, ReadOnlySpan<byte> bytes, int[] lines)
    {
        var places = new Dictionary<string, (long Line, int Column)>(StringComparer.Ordinal);
        var containers = new Stack<(string Pointer, bool IsArray, int NextIndex)>();
        string? member = null;
        var reader = new Utf8JsonReader(bytes, ReaderOptions);
        while (reader.Read())
        {
            var place = PlaceAt(bytes, lines, reader.TokenStartIndex);
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                member = Child(containers.Peek().Pointer, reader.GetString()!);
                if (!places.TryAdd(member, place))
                {
                    throw new InputFormatException(filePath, place.Line, place.Column, null, $"'{Display(member)}': the property appears twice in the same object.");
                }

                continue;
            }

            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                containers.Pop();
                continue;
            }

            string pointer;
            if (containers.Count == 0)
            {
                pointer = string.Empty;
                places[pointer] = place;
            }
            else if (containers.Peek().IsArray)
            {
                var (parent, isArray, next) = containers.Pop();
                containers.Push((parent, isArray, next + 1));
                pointer = Child(parent, next);
                places[pointer] = place;
            }
            else
            {
                pointer = member!;
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                containers.Push((pointer, reader.TokenType == JsonTokenType.StartArray, 0));
            }
        }

        return places;
    }

    private static (long Line, int Column) PlaceAt(ReadOnlySpan<byte> bytes, int[] lines, long offset)
    {
        var index = Array.BinarySearch(lines, (int)offset);
        var line = index >= 0 ? index : ~index - 1;
        var column = Encoding.UTF8.GetCharCount(bytes[lines[line]..(int)offset]) + 1;
        return (line + 1, column);
    }

    internal static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var at = 0;
        while (at < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[at..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return at;
            }

            at += consumed;
        }

        return at;
    }

    private static int[] LineStarts(ReadOnlySpan<byte> bytes)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }
}
