using System.Text.Json;
using RiskNotebooks.Data.Json;

namespace RiskNotebooks.Guidance;

/// <summary>
/// How identifying kinds of sequence data and clinical images are: an editable catalogue (data, with a JSON Schema and a
/// source for every finding) that answers a DPO's "is this personal data?" and gives an asset's P(re-id | attempt) for
/// the assessment, with its source, instead of a number typed by hand.
/// </summary>
/// <remarks>
/// The bundled catalogue is <c>src/RiskNotebooks.Core/Guidance/identifiability-catalogue.json</c> (schema
/// <c>datasets/schemas/identifiability-catalogue.schema.json</c>); a trainer's own file is read with <see cref="Load"/>.
/// Beyond the schema, loading checks that ids and aliases are unique, that every finding's source and every related id
/// exists, and that low ≤ high.
/// </remarks>
public sealed class IdentifiabilityCatalogue
{
    private const string ResourceName = "RiskNotebooks.Guidance.identifiability-catalogue.json";
    private static readonly Lazy<IdentifiabilityCatalogue> Bundled = new(LoadBundled);

    private IdentifiabilityCatalogue(string source, IReadOnlyList<CatalogueEntry> entries, IReadOnlyList<CatalogueSource> sources)
    {
        Source = source;
        Entries = entries;
        Sources = sources;
    }

    /// <summary>The bundled catalogue.</summary>
    public static IdentifiabilityCatalogue Default => Bundled.Value;

    /// <summary>Where it was read from.</summary>
    public string Source { get; }

    /// <summary>The entries, in the file's order.</summary>
    public IReadOnlyList<CatalogueEntry> Entries { get; }

    /// <summary>The sources, in the file's order.</summary>
    public IReadOnlyList<CatalogueSource> Sources { get; }

    /// <summary>Reads a catalogue file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="InputFormatException">Not valid JSON, not valid against the schema, or inconsistent (names the line and column).</exception>
    public static IdentifiabilityCatalogue Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var source = JsonSource.Load(path);
        return From(source);
    }

    /// <summary>The entry of an id or an alias (case and surrounding spaces ignored), or <see langword="null"/>.</summary>
    /// <param name="idOrAlias">Such as <c>whole-genome</c>, <c>WGS</c> or <c>rna-seq</c>.</param>
    /// <returns>The entry.</returns>
    public CatalogueEntry? Find(string idOrAlias)
    {
        ArgumentNullException.ThrowIfNull(idOrAlias);
        var key = idOrAlias.Trim().ToLowerInvariant();
        return Entries.FirstOrDefault(e => e.Id == key) ?? Entries.FirstOrDefault(e => e.Aliases.Contains(key, StringComparer.Ordinal));
    }

    /// <summary>The entry of an id or alias, or an error that lists the ids.</summary>
    /// <param name="idOrAlias">The id or alias.</param>
    /// <param name="optionName">The option or field that named it, for the message.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="InvalidOptionException">No such entry.</exception>
    public CatalogueEntry Get(string idOrAlias, string optionName)
        => Find(idOrAlias) ?? throw new InvalidOptionException(optionName, $"not an entry of the identifiability catalogue; entries: {string.Join(", ", Entries.Select(e => e.Id))}.");

    private static IdentifiabilityCatalogue LoadBundled()
    {
        using var source = JsonSource.FromResource(ResourceName, "identifiability-catalogue.json (bundled)");
        return From(source);
    }

    private static IdentifiabilityCatalogue From(JsonSource source)
    {
        EmbeddedSchemas.IdentifiabilityCatalogue.ThrowIfInvalid(source);
        var root = source.Root;
        var sources = new Dictionary<string, CatalogueSource>(StringComparer.Ordinal);
        var cited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in root.GetProperty("sources").EnumerateObject())
        {
            var s = property.Value;
            var venue = string.Join(", ", new[] { Text(s, "journal") ?? Text(s, "publisher"), Volume(s), Text(s, "pages") }.Where(t => t is not null));
            sources.Add(property.Name, new CatalogueSource
            {
                Key = property.Name,
                Authors = s.GetProperty("authors").GetString()!,
                Year = s.GetProperty("year").GetInt32(),
                Title = s.GetProperty("title").GetString()!,
                Venue = venue,
                Doi = Text(s, "doi"),
                Url = Text(s, "url"),
                Note = Text(s, "note"),
            });
        }

        var entries = new List<CatalogueEntry>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var e in root.GetProperty("entries").EnumerateArray())
        {
            var pointer = JsonSource.Child("/entries", index++);
            var id = e.GetProperty("id").GetString()!;
            if (!ids.Add(id))
            {
                throw source.Error(JsonSource.Child(pointer, "id"), "another entry has the same id.");
            }

            var a = 0;
            foreach (var alias in e.GetProperty("aliases").EnumerateArray())
            {
                var text = alias.GetString()!;
                if (!aliases.TryAdd(text, id) || ids.Contains(text) && text != id)
                {
                    throw source.Error(JsonSource.Child(JsonSource.Child(pointer, "aliases"), a), "this alias already names another entry.");
                }

                a++;
            }

            var identifiability = e.GetProperty("identifiability");
            double low = identifiability.GetProperty("low").GetDouble(), high = identifiability.GetProperty("high").GetDouble();
            if (low > high)
            {
                throw source.Error(JsonSource.Child(pointer, "identifiability"), "low must not be above high.");
            }

            var evidence = new List<CatalogueEvidence>();
            var n = 0;
            foreach (var item in e.GetProperty("evidence").EnumerateArray())
            {
                var key = item.GetProperty("source").GetString()!;
                if (!sources.TryGetValue(key, out var cites))
                {
                    throw source.Error(JsonSource.Child(JsonSource.Child(JsonSource.Child(pointer, "evidence"), n), "source"), "no source of this key under 'sources'.");
                }

                cited.Add(key);
                evidence.Add(new CatalogueEvidence(item.GetProperty("claim").GetString()!, cites));
                n++;
            }

            entries.Add(new CatalogueEntry
            {
                Id = id,
                Name = e.GetProperty("name").GetString()!,
                Aliases = [.. e.GetProperty("aliases").EnumerateArray().Select(x => x.GetString()!)],
                Kind = e.GetProperty("kind").GetString()!,
                Verdict = e.GetProperty("verdict").GetString()!,
                PersonalData = e.GetProperty("personalData").GetString()!,
                Low = low,
                High = high,
                Basis = identifiability.GetProperty("basis").GetString()!,
                Why = e.GetProperty("why").GetString()!,
                Measures = [.. e.GetProperty("measures").EnumerateArray().Select(x => x.GetString()!)],
                Evidence = evidence,
                Related = e.TryGetProperty("related", out var related) ? [.. related.EnumerateArray().Select(x => x.GetString()!)] : [],
            });
        }

        for (var i = 0; i < entries.Count; i++)
        {
            for (var r = 0; r < entries[i].Related.Count; r++)
            {
                if (!ids.Contains(entries[i].Related[r]))
                {
                    throw source.Error(JsonSource.Child(JsonSource.Child(JsonSource.Child("/entries", i), "related"), r), "no entry of this id.");
                }
            }
        }

        return new IdentifiabilityCatalogue(source.FilePath, entries, [.. sources.Values]);
    }

    private static string? Text(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Volume(JsonElement s)
        => Text(s, "volume") is { } volume ? (Text(s, "issue") is { } issue ? $"{volume}({issue})" : volume) : null;
}
