using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using RiskNotebooks.Data;

namespace RiskNotebooks.Reporting.Export;

/// <summary>
/// The JSON report: one envelope for every result kind (<c>datasets/schemas/report.schema.json</c>) around the JSON the
/// command's own writer makes (<c>ReidJson</c>, <c>LocationJson</c>, ...), so there is one serialisation per kind.
/// The envelope applies the report's rules to it: counts of people below the minimum cell size become the string
/// <c>"&lt;5"</c>, files are named by their file name only, and no URL is kept.
/// </summary>
internal static class JsonReport
{
    /// <summary>The version of the envelope's schema: the major part changes when a reader would break.</summary>
    internal const string SchemaVersion = "1.0";

    /// <summary>Properties holding a file or folder: reduced to the name.</summary>
    private static readonly HashSet<string> FileProperties = new(StringComparer.Ordinal) { "source", "original", "released", "control", "frequencyTable", "redactedTo", "redacted", "document" };

    /// <summary>Properties that would point at the network (a source's web address): left out.</summary>
    private static readonly HashSet<string> NetworkProperties = new(StringComparer.Ordinal) { "url" };

    /// <summary>
    /// Where the writers put counts of people, as <c>name</c> (anywhere) or <c>parent/name</c> (<c>parent/*</c>: every
    /// member of that object; for an array's items, the parent is the array's property).
    /// </summary>
    private static readonly HashSet<string> PeopleCounts = new(StringComparer.Ordinal)
    {
        // reid
        "records", "minClassSize", "maxClassSize", "sampleUniques", "recordsWithMsus", "kAnonymityViolations/*",
        // location
        "users", "eligibleUsers", "tooShortUsers", "exactUsers", "sampledUsers", "uniqueUsers", "tooFewPlacesUsers", "atRiskUsers", "visitors", "singlesOut", "atRisk",
        // text
        "summary/documents", "evaluation/documents", "languages/*", "levels/*", "documentsWithSpecialCategories", "documentsWith/*",
        // genome
        "samples/count", "samples/uniqueAtTarget",
        // dicom
        "files/read", "files/dicom", "files/notDicom", "files/damaged", "files/withoutSeries", "transferSyntaxes/*", "modalities/*",
        "filesWithPrivateTags", "filesBurnedIn", "filesNotBurnedIn", "filesTextProne", "attributes/files", "filesWithValue",
        // infer
        "missingRecords", "recordsInThoseValues",
        // release-attack (the records attacked: samples of the original and control tables)
        "originalRecords", "controlRecords", "attackRecords",
        // treatment
        "smallestClass", "suppressedRecords", "suppressedCells/*", "recordsChanged", "totalSuppressedCells",
    };

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The report's JSON text.</summary>
    /// <param name="kind">The result kind (<c>reid</c>, ...), also the property that holds the result.</param>
    /// <param name="title">The report's title.</param>
    /// <param name="source">The input's name.</param>
    /// <param name="result">The writer's JSON of the result.</param>
    /// <param name="minimum">The minimum cell size.</param>
    /// <param name="version">The tool's version.</param>
    /// <param name="created">When the report was made.</param>
    internal static string Render(string kind, string title, string source, string result, MinimumCellSize minimum, string version, DateTimeOffset created)
    {
        var node = JsonNode.Parse(result) ?? new JsonObject();
        var suppressed = Apply(node, null, minimum);
        var envelope = new JsonObject
        {
            ["schemaVersion"] = SchemaVersion,
            ["kind"] = kind,
            ["title"] = title,
            ["tool"] = new JsonObject { ["name"] = "RiskNotebooks", ["version"] = version },
            ["created"] = created.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            ["input"] = FileName(source),
            ["minimumCellSize"] = minimum.Value,
            ["suppressedCounts"] = suppressed,
            [kind] = node,
        };
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            envelope.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Applies the report's rules in place; returns how many counts were suppressed.</summary>
    private static int Apply(JsonNode node, string? parent, MinimumCellSize minimum)
    {
        var suppressed = 0;
        switch (node)
        {
            case JsonObject o:
                foreach (var name in o.Select(p => p.Key).ToArray())
                {
                    var value = o[name];
                    if (NetworkProperties.Contains(name))
                    {
                        o.Remove(name);
                    }
                    else if (value is JsonValue v && v.GetValueKind() == JsonValueKind.String && FileProperties.Contains(name))
                    {
                        o[name] = FileName(v.GetValue<string>());
                    }
                    else if (value is JsonValue n && n.GetValueKind() == JsonValueKind.Number && IsPeopleCount(parent, name) && n.TryGetValue<long>(out var count) && minimum.Suppresses(count))
                    {
                        o[name] = minimum.SuppressedText;
                        suppressed++;
                    }
                    else if (value is JsonObject or JsonArray)
                    {
                        suppressed += Apply(value, name, minimum);
                    }
                }

                if (o["size"] is JsonValue size && size.TryGetValue<int>(out var s) && o["classes"] is JsonValue classes && classes.TryGetValue<long>(out var c) && minimum.Suppresses(s * c))
                {
                    o["classes"] = minimum.SuppressedText; // classes of size s hold s × classes records
                    suppressed++;
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    if (item is not null)
                    {
                        suppressed += Apply(item, parent, minimum);
                    }
                }

                break;
        }

        return suppressed;
    }

    private static bool IsPeopleCount(string? parent, string name)
        => PeopleCounts.Contains(name) || (parent is not null && (PeopleCounts.Contains(parent + "/" + name) || PeopleCounts.Contains(parent + "/*")));

    private static string FileName(string path)
        => Path.GetFileName(Path.TrimEndingDirectorySeparator(path.Replace('\\', '/'))) is { Length: > 0 } name ? name : path;
}
