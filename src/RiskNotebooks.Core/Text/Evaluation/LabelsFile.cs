using System.Text;
using System.Text.Json;
using RiskNotebooks.Data;

namespace RiskNotebooks.Text.Evaluation;

/// <summary>
/// Reads and writes labels as JSON Lines: one object per document,
/// <c>{"document":"sv/interview-001.txt","language":"sv","kind":"interview","entities":[{"type":"person","start":0,"end":5}],"specialCategories":["health"]}</c>.
/// </summary>
public static class LabelsFile
{
    /// <summary>Reads a labels file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The labelled documents, in file order.</returns>
    /// <exception cref="InputFormatException">The file is missing or a line is not a valid label object (the message names the line, never its content).</exception>
    public static IReadOnlyList<LabelledDocument> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw InputFormatException.OfFile(path, "the labels file does not exist.");
        }

        InputFile.ThrowIfUnreadable(path);
        try
        {
            return ReadLines(path);
        }
        catch (Exception e) when (InputFormatException.IsFileSystemError(e))
        {
            throw InputFormatException.FromFileSystem(path, e);
        }
    }

    private static List<LabelledDocument> ReadLines(string path)
    {
        var documents = new List<LabelledDocument>();
        long number = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                documents.Add(Parse(line));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException or FormatException)
            {
                throw InputFormatException.AtLine(path, number, "not a label object: " + e.GetType().Name + ".");
            }
        }

        return documents;
    }

    private static LabelledDocument Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var language = root.GetProperty("language").GetString() switch
        {
            "sv" => TextLanguage.Swedish,
            "en" => TextLanguage.English,
            _ => throw new FormatException(),
        };
        var entities = root.GetProperty("entities").EnumerateArray().Select(e => new LabelledSpan(
            EntityTypes.TryParse(e.GetProperty("type").GetString(), out var t) ? t : throw new FormatException(),
            e.GetProperty("start").GetInt64(),
            e.GetProperty("end").GetInt64())).ToList();
        var special = root.TryGetProperty("specialCategories", out var s)
            ? s.EnumerateArray().Select(c => EntityTypes.TryParse(c.GetString(), out var t) ? t : throw new FormatException()).ToList()
            : [];
        return new LabelledDocument(
            root.GetProperty("document").GetString() ?? throw new FormatException(),
            language,
            root.TryGetProperty("kind", out var kind) ? kind.GetString() ?? string.Empty : string.Empty,
            entities,
            special);
    }

    /// <summary>Writes a labels file atomically (UTF-8, one document per line).</summary>
    /// <param name="path">The file.</param>
    /// <param name="documents">The labelled documents.</param>
    public static void Write(string path, IEnumerable<LabelledDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        AtomicFile.Write(path, stream =>
        {
            foreach (var d in documents)
            {
                using (var writer = new Utf8JsonWriter(stream))
                {
                    writer.WriteStartObject();
                    writer.WriteString("document", d.Document);
                    writer.WriteString("language", d.Language == TextLanguage.Swedish ? "sv" : "en");
                    writer.WriteString("kind", d.Kind);
                    writer.WriteStartArray("entities");
                    foreach (var e in d.Entities)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("type", EntityTypes.NameOf(e.Type));
                        writer.WriteNumber("start", e.Start);
                        writer.WriteNumber("end", e.End);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                    writer.WriteStartArray("specialCategories");
                    foreach (var c in d.SpecialCategories)
                    {
                        writer.WriteStringValue(EntityTypes.NameOf(c));
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }

                stream.WriteByte((byte)'\n');
            }
        });
    }
}
