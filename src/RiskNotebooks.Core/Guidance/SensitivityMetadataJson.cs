using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using RiskNotebooks.Assessment;
using RiskNotebooks.Data.Json;

namespace RiskNotebooks.Guidance;

/// <summary>
/// Reads and writes <see cref="SensitivityMetadata"/> as JSON in the form of
/// <c>datasets/schemas/sensitivity-metadata.schema.json</c>. Records are validated on read against that schema (embedded)
/// and for consistency (a level's name and number agree, a cell's level and zone follow from its harm and likelihood,
/// residual identifiability does not exceed initial); errors name the line, column and property.
/// </summary>
public static class SensitivityMetadataJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The record as indented JSON.</summary>
    /// <param name="metadata">The record.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(SensitivityMetadata metadata)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            Write(metadata, writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the record as one JSON object.</summary>
    /// <param name="metadata">The record.</param>
    /// <param name="writer">Where to.</param>
    public static void Write(SensitivityMetadata metadata, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", 1);
        writer.WriteStartObject("dataset");
        writer.WriteString("id", metadata.DatasetId);
        writer.WriteString("title", metadata.Title);
        writer.WriteEndObject();
        if (metadata.AssessedOn is { } on)
        {
            writer.WriteString("assessedOn", on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        writer.WriteStartObject("classification");
        writer.WriteString("level", Vocabulary.Id(metadata.Classification));
        writer.WriteString("reason", metadata.ClassificationReason);
        writer.WriteEndObject();
        writer.WriteStartObject("personalData");
        writer.WriteString("status", Vocabulary.Id(metadata.PersonalData));
        writer.WriteString("reason", metadata.PersonalDataReason);
        writer.WriteEndObject();
        writer.WriteStartArray("specialCategories");
        foreach (var category in metadata.SpecialCategories)
        {
            writer.WriteStringValue(Vocabulary.Id(category));
        }

        writer.WriteEndArray();
        writer.WriteStartObject("identifiability");
        writer.WriteString("basis", metadata.Identifiability.Basis);
        writer.WriteNumber("initial", metadata.Identifiability.Initial);
        writer.WriteNumber("residual", metadata.Identifiability.Residual);
        if (metadata.Identifiability.Method is { } method)
        {
            writer.WriteString("method", method);
        }

        writer.WriteEndObject();
        writer.WritePropertyName("harm");
        WriteLevel(writer, metadata.Harm);
        writer.WriteStartObject("likelihood");
        writer.WritePropertyName("initial");
        WriteLevel(writer, metadata.InitialLikelihood);
        writer.WritePropertyName("residual");
        WriteLevel(writer, metadata.ResidualLikelihood);
        writer.WriteEndObject();
        writer.WriteStartObject("risk");
        writer.WritePropertyName("initial");
        WriteCell(writer, metadata.InitialRisk);
        writer.WritePropertyName("residual");
        WriteCell(writer, metadata.ResidualRisk);
        writer.WriteEndObject();
        writer.WriteStartObject("permittedOpenness");
        writer.WriteString("level", Vocabulary.Id(metadata.PermittedOpenness.Level));
        if (metadata.PermittedOpenness.MinimumCellSize is { } minimum)
        {
            writer.WriteNumber("minimumCellSize", minimum);
        }

        writer.WriteStartArray("dataUseCodes");
        foreach (var code in metadata.PermittedOpenness.DataUseCodes)
        {
            writer.WriteStringValue(code);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("reasons");
        foreach (var reason in metadata.PermittedOpenness.Reasons)
        {
            writer.WriteStringValue(reason);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        if (metadata.Retention is { } retention)
        {
            writer.WriteStartObject("retention");
            writer.WriteString("rule", retention.Rule);
            if (retention.Until is { } until)
            {
                writer.WriteString("until", until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            writer.WriteEndObject();
        }

        WriteOptional(writer, "ethicsReview", metadata.EthicsReview);
        WriteOptional(writer, "legalBasis", metadata.LegalBasis);
        WriteOptional(writer, "processingLocation", metadata.ProcessingLocation);
        writer.WriteEndObject();
    }

    /// <summary>A level as JSON writes it: <c>{"name": "significant", "number": 3}</c>.</summary>
    /// <param name="writer">Where to.</param>
    /// <param name="level">The level.</param>
    public static void WriteLevel(Utf8JsonWriter writer, RiskLevel level)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("name", level.Name());
        writer.WriteNumber("number", level.Number());
        writer.WriteEndObject();
    }

    /// <summary>
    /// A risk cell as JSON writes it: the risk level's name and number, harm and likelihood as levels, and the zone as its
    /// name and number (<c>{"name": "limited", "number": 2, "harm": {…}, "likelihood": {…}, "zone": {…}}</c>).
    /// </summary>
    /// <param name="writer">Where to.</param>
    /// <param name="cell">The cell.</param>
    public static void WriteCell(Utf8JsonWriter writer, RiskCell cell)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("name", cell.Level.Name());
        writer.WriteNumber("number", cell.Level.Number());
        writer.WritePropertyName("harm");
        WriteLevel(writer, cell.Harm);
        writer.WritePropertyName("likelihood");
        WriteLevel(writer, cell.Likelihood);
        writer.WriteStartObject("zone");
        writer.WriteString("name", Vocabulary.Id(cell.Zone));
        writer.WriteNumber("number", (int)cell.Zone);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>Reads and validates a record file.</summary>
    /// <param name="path">The JSON file.</param>
    /// <returns>The record.</returns>
    /// <exception cref="InputFormatException">Not valid JSON, not valid against the schema, or inconsistent; the message names line, column and property.</exception>
    public static SensitivityMetadata Read(string path)
    {
        using var source = JsonSource.Load(path);
        return From(source);
    }

    /// <summary>Reads and validates a record from JSON text.</summary>
    /// <param name="json">The text.</param>
    /// <param name="name">A name for messages.</param>
    /// <returns>The record.</returns>
    /// <exception cref="InputFormatException">See <see cref="Read"/>.</exception>
    public static SensitivityMetadata Parse(string json, string name = "sensitivity metadata")
    {
        ArgumentNullException.ThrowIfNull(json);
        using var source = JsonSource.Parse(Encoding.UTF8.GetBytes(json), name);
        return From(source);
    }

    private static SensitivityMetadata From(JsonSource source)
    {
        EmbeddedSchemas.SensitivityMetadata.ThrowIfInvalid(source);
        var root = source.Root;
        var identifiability = root.GetProperty("identifiability");
        var initial = identifiability.GetProperty("initial").GetDouble();
        var residual = identifiability.GetProperty("residual").GetDouble();
        if (residual > initial)
        {
            throw source.Error("/identifiability/residual", "must not exceed the initial identifiability: planned measures never make it worse.");
        }

        var openness = root.GetProperty("permittedOpenness");
        var codes = openness.GetProperty("dataUseCodes").EnumerateArray().Select(c => c.GetString()!).ToArray();
        if (DataUseOntology.Default.FindProblem(codes) is { } problem)
        {
            throw source.Error(JsonSource.Child("/permittedOpenness/dataUseCodes", problem.Index), problem.Problem);
        }
        var level = Vocabulary.TryParse<Openness>(openness.GetProperty("level").GetString())!.Value;
        int? minimum = openness.TryGetProperty("minimumCellSize", out var m) ? (int)source.Integer("/permittedOpenness/minimumCellSize", m, int.MaxValue) : null;
        if (level == Openness.OpenAggregates && minimum is null)
        {
            throw source.Error("/permittedOpenness", "open aggregates need a minimumCellSize.");
        }

        var classification = root.GetProperty("classification");
        var personal = root.GetProperty("personalData");
        var dataset = root.GetProperty("dataset");
        return new SensitivityMetadata
        {
            DatasetId = dataset.GetProperty("id").GetString()!,
            Title = dataset.GetProperty("title").GetString()!,
            AssessedOn = root.TryGetProperty("assessedOn", out var on) ? Date(source, "/assessedOn", on) : null,
            Classification = Vocabulary.TryParse<ClassificationLevel>(classification.GetProperty("level").GetString())!.Value,
            ClassificationReason = classification.GetProperty("reason").GetString()!,
            PersonalData = Vocabulary.TryParse<PersonalDataStatus>(personal.GetProperty("status").GetString())!.Value,
            PersonalDataReason = personal.GetProperty("reason").GetString()!,
            SpecialCategories = root.GetProperty("specialCategories").EnumerateArray().Select(c => Vocabulary.TryParse<SpecialCategory>(c.GetString())!.Value).ToArray(),
            Identifiability = new Identifiability(identifiability.GetProperty("basis").GetString()!, initial, residual, identifiability.TryGetProperty("method", out var method) ? method.GetString() : null),
            Harm = Level(source, "/harm"),
            InitialLikelihood = Level(source, "/likelihood/initial"),
            ResidualLikelihood = Level(source, "/likelihood/residual"),
            InitialRisk = Cell(source, "/risk/initial"),
            ResidualRisk = Cell(source, "/risk/residual"),
            PermittedOpenness = new PermittedOpenness(
                level,
                minimum,
                codes,
                openness.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!)),
            Retention = root.TryGetProperty("retention", out var retention)
                ? new Retention(retention.GetProperty("rule").GetString()!, retention.TryGetProperty("until", out var until) ? Date(source, "/retention/until", until) : null)
                : null,
            EthicsReview = root.TryGetProperty("ethicsReview", out var ethics) ? ethics.GetString() : null,
            LegalBasis = root.TryGetProperty("legalBasis", out var basis) ? basis.GetString() : null,
            ProcessingLocation = root.TryGetProperty("processingLocation", out var location) ? location.GetString() : null,
        };
    }

    private static DateOnly Date(JsonSource source, string pointer, JsonElement value)
        => DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw source.Error(pointer, "is not a date of the calendar.");

    private static RiskLevel Level(JsonSource source, string pointer)
    {
        var element = Resolve(source.Root, pointer);
        var level = RiskLevels.TryParse(element.GetProperty("name").GetString())!.Value;
        if (element.GetProperty("number").GetInt32() != level.Number())
        {
            throw source.Error($"{pointer}/number", $"does not match the name: {level.Name()} is {level.Number()}.");
        }

        return level;
    }

    private static RiskCell Cell(JsonSource source, string pointer)
    {
        var cell = new RiskCell(Level(source, $"{pointer}/harm"), Level(source, $"{pointer}/likelihood"));
        if (Level(source, pointer) != cell.Level)
        {
            throw source.Error($"{pointer}/name", $"does not follow from harm and likelihood: the cell's risk level is {cell.Level.Name()} ({cell.Level.Number()}).");
        }

        var zone = Resolve(source.Root, $"{pointer}/zone");
        if (zone.GetProperty("name").GetString() != Vocabulary.Id(cell.Zone) || zone.GetProperty("number").GetInt32() != (int)cell.Zone)
        {
            throw source.Error($"{pointer}/zone", $"does not follow from harm and likelihood: the cell's zone is {Vocabulary.Id(cell.Zone)} ({(int)cell.Zone}).");
        }

        return cell;
    }

    private static JsonElement Resolve(JsonElement root, string pointer)
    {
        var element = root;
        foreach (var part in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            element = element.GetProperty(part);
        }

        return element;
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
