using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using RiskNotebooks.Reporting.Html;

namespace RiskNotebooks.Reporting.Tests.Export;

/// <summary>
/// Opens an exported report of any format and lists what it must not hold: a count of people from 1 to one below the
/// minimum, a planted value, a path, a network reference. Written apart from the exporters, so that it checks them
/// rather than repeats them.
/// </summary>
internal static partial class ReportScanner
{
    /// <summary>Words that make a number a count of people: "3 records", a table column "documents".</summary>
    private const string PeopleWords = "records?|people|persons?|individuals?|users?|documents?|files?|samples?|visitors?|patients?";

    /// <summary>The only URIs a .docx may hold: the names of its XML namespaces and relationship types, which nothing fetches.</summary>
    private static readonly string[] NamespacePrefixes =
    [
        "http://schemas.openxmlformats.org/", "http://schemas.microsoft.com/office/", "http://purl.org/dc/", "http://www.w3.org/2001/XMLSchema-instance",
        "http://www.w3.org/XML/1998/namespace",
    ];

    /// <summary>JSON properties that hold a count of people; and objects all of whose members are one.</summary>
    private static readonly HashSet<string> JsonPeople = new(StringComparer.Ordinal)
    {
        "records", "users", "eligibleUsers", "tooShortUsers", "uniqueUsers", "atRiskUsers", "exactUsers", "sampledUsers", "tooFewPlacesUsers", "visitors", "singlesOut", "atRisk",
        "documentsWithSpecialCategories", "minClassSize", "maxClassSize", "sampleUniques", "filesWithValue", "filesWithPrivateTags", "filesBurnedIn", "filesTextProne", "missingRecords",
        "recordsInThoseValues", "uniqueAtTarget",
    };

    private static readonly HashSet<string> JsonPeopleObjects = new(StringComparer.Ordinal) { "kAnonymityViolations", "languages", "levels", "documentsWith", "modalities", "transferSyntaxes" };

    /// <summary>Every problem of a file; empty when it is clean.</summary>
    /// <param name="path">The report.</param>
    /// <param name="minimum">The minimum cell size it was written with.</param>
    /// <param name="forbidden">Values that must not appear (planted markers, record values, folder names).</param>
    internal static IReadOnlyList<string> Scan(string path, int minimum, IEnumerable<string> forbidden)
    {
        var problems = new List<string>();
        var extension = Path.GetExtension(path);
        // The text to search for values and links, and the text whose numbers are read as counts.
        var (raw, readable) = extension switch
        {
            ".docx" => Docx(path, minimum, problems),
            ".html" => Html(File.ReadAllText(path)),
            _ => (File.ReadAllText(path), File.ReadAllText(path)),
        };

        foreach (var value in forbidden)
        {
            if (raw.Contains(value, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"holds the planted or record value '{value}'");
            }
        }

        foreach (Match link in Link().Matches(raw))
        {
            if (extension != ".docx" || !IsNamespace(raw, link))
            {
                problems.Add($"holds a network reference '{link.Value}'");
            }
        }

        foreach (Match count in CountOfPeople().Matches(readable))
        {
            if (IsSmall(count.Groups["n"].Value, minimum))
            {
                problems.Add($"states a small count of people: '{count.Value}'");
            }
        }

        if (extension == ".json")
        {
            using var json = JsonDocument.Parse(raw);
            Json(json.RootElement, null, minimum, problems);
        }
        else if (extension == ".md")
        {
            Tables(MarkdownTables(raw), minimum, problems);
        }

        return problems;
    }

    private static (string Raw, string Readable) Docx(string path, int minimum, List<string> problems)
    {
        var raw = new System.Text.StringBuilder();
        using (var zip = ZipFile.OpenRead(path))
        {
            foreach (var entry in zip.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                var text = reader.ReadToEnd();
                raw.Append(text).Append('\n');
                if (entry.FullName.EndsWith(".rels", StringComparison.Ordinal) && text.Contains("TargetMode=\"External\"", StringComparison.Ordinal))
                {
                    problems.Add($"{entry.FullName} has an external relationship");
                }
            }
        }

        using var word = WordprocessingDocument.Open(path, false);
        var body = word.MainDocumentPart!.Document.Body!;
        var readable = string.Join("\n", body.Elements<Paragraph>().Select(p => p.InnerText));
        var tables = body.Elements<Table>().Select(t => t.Elements<TableRow>().Select(r => (IReadOnlyList<string>)r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).ToList()).ToList();
        Tables(tables, minimum, problems);
        return (raw.ToString(), readable + "\n" + string.Join("\n", tables.SelectMany(t => t).Select(r => string.Join(" | ", r))));
    }

    /// <summary>The page without the inlined plotly.js (a library, not the report's content), and its visible text.</summary>
    private static (string Raw, string Readable) Html(string html)
    {
        var withoutLibrary = html.Replace(PlotlyJs.ScriptElement(), string.Empty, StringComparison.Ordinal);
        var text = WebUtility.HtmlDecode(Tag().Replace(Script().Replace(withoutLibrary, " "), " "));
        return (withoutLibrary, text);
    }

    private static bool IsNamespace(string raw, Match link)
    {
        var before = raw[Math.Max(0, link.Index - 40)..link.Index];
        return NamespacePrefixes.Any(p => link.Value.StartsWith(p, StringComparison.Ordinal))
            && NamespaceAttribute().IsMatch(before);
    }

    private static void Tables(IEnumerable<IReadOnlyList<IReadOnlyList<string>>> tables, int minimum, List<string> problems)
    {
        foreach (var table in tables.Where(t => t.Count > 1))
        {
            var header = table[0];
            for (var column = 0; column < header.Count; column++)
            {
                if (!PeopleColumn().IsMatch(header[column]))
                {
                    continue;
                }

                foreach (var row in table.Skip(1).Where(r => r.Count > column))
                {
                    if (IsSmall(row[column].Trim(), minimum))
                    {
                        problems.Add($"a table's column '{header[column]}' holds the small count {row[column]}");
                    }
                }
            }
        }
    }

    private static IEnumerable<IReadOnlyList<IReadOnlyList<string>>> MarkdownTables(string markdown)
    {
        var table = new List<IReadOnlyList<string>>();
        foreach (var line in markdown.Split('\n'))
        {
            if (line.StartsWith('|'))
            {
                if (!line.Contains("---", StringComparison.Ordinal))
                {
                    table.Add(CellSeparator().Split(line.Trim().Trim('|')).Select(c => c.Trim()).ToArray());
                }
            }
            else if (table.Count > 0)
            {
                yield return table;
                table = [];
            }
        }
    }

    private static void Json(JsonElement element, string? parent, int minimum, List<string> problems)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var isCount = JsonPeople.Contains(property.Name) || (parent is not null && JsonPeopleObjects.Contains(parent)) || (parent is "samples" && property.Name == "count")
                        || (parent is "files" or "attributes" && property.Name is "read" or "dicom" or "files");
                    if (isCount && property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetInt64(out var n) && n > 0 && n < minimum)
                    {
                        problems.Add($"the JSON property '{property.Name}' holds the small count {n}");
                    }

                    Json(property.Value, property.Name, minimum, problems);
                }

                if (element.TryGetProperty("size", out var size) && element.TryGetProperty("classes", out var classes) && classes.ValueKind == JsonValueKind.Number
                    && size.GetInt64() * classes.GetInt64() is > 0 and var records && records < minimum)
                {
                    problems.Add($"a class-size histogram entry holds {records} records");
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Json(item, parent, minimum, problems);
                }

                break;
        }
    }

    private static bool IsSmall(string text, int minimum)
        => long.TryParse(text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 && n < minimum;

    [GeneratedRegex(@"https?://[^\s""'<>)\]]+", RegexOptions.IgnoreCase)]
    private static partial Regex Link();

    [GeneratedRegex(@"(xmlns(:\w+)?|Type|Namespace)=""$")]
    private static partial Regex NamespaceAttribute();

    [GeneratedRegex(@"(?<![\d.,<>%-])(?<n>\d{1,3}(,\d{3})*|\d+)\s+(" + PeopleWords + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountOfPeople();

    [GeneratedRegex(@"^(" + PeopleWords + @"|.*\b(records|users|documents|files|samples|visitors|people)( with a value| too short)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex PeopleColumn();

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex CellSeparator();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"<script[\s\S]*?</script>", RegexOptions.IgnoreCase)]
    private static partial Regex Script();
}
