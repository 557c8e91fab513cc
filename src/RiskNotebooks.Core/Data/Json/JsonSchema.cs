using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace RiskNotebooks.Data.Json;

/// <summary>
/// A JSON Schema (draft 2020-12) validator for the subset of keywords RiskNotebooks' own schemas use, so that the schema
/// files in <c>datasets/schemas/</c> are the one definition of their formats and Core needs no package beyond the BCL.
/// </summary>
/// <remarks>
/// <para>Assertions: <c>type</c>, <c>enum</c>, <c>const</c>, <c>properties</c>, <c>required</c>,
/// <c>additionalProperties</c>, <c>items</c>, <c>minItems</c>, <c>maxItems</c>, <c>uniqueItems</c>, <c>minimum</c>,
/// <c>maximum</c>, <c>exclusiveMinimum</c>, <c>exclusiveMaximum</c>, <c>minLength</c>, <c>maxLength</c>, <c>pattern</c>, and
/// <c>$ref</c> to <c>#/$defs/…</c>. Annotations (<c>title</c>, <c>description</c>, <c>$comment</c>, <c>default</c>,
/// <c>examples</c>, <c>format</c>, <c>$schema</c>, <c>$id</c>) are ignored, as 2020-12 allows for <c>format</c>.</para>
/// <para>A schema that uses any other keyword is refused when it is loaded: a keyword silently ignored would be a check
/// silently skipped.</para>
/// <para>Kept rather than replaced by a package because Core depends on the BCL only and the errors must name the JSON
/// pointer and line without echoing values; checked against the official JSON-Schema-Test-Suite (draft 2020-12) for these
/// keywords: every one of its ~370 cases whose schema is accepted gets the suite's verdict (<c>JsonSchemaSuiteTests</c>).</para>
/// </remarks>
internal sealed class JsonSchema
{
    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal)
    {
        "$schema", "$id", "$comment", "title", "description", "default", "examples", "format", "$defs",
    };

    private static readonly HashSet<string> Assertions = new(StringComparer.Ordinal)
    {
        "type", "enum", "const", "properties", "required", "additionalProperties", "items", "minItems", "maxItems",
        "uniqueItems", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "pattern", "$ref",
    };

    private readonly JsonElement root;
    private readonly ConcurrentDictionary<string, Regex> patterns = new(StringComparer.Ordinal); // one schema validates on many threads

    private JsonSchema(string name, JsonElement root)
    {
        Name = name;
        this.root = root;
        RequireSupportedKeywords(root, "#");
    }

    /// <summary>The schema's name (its file name), for messages about the schema itself.</summary>
    public string Name { get; }

    /// <summary>The schema's <c>$id</c>, if it has one.</summary>
    public string? Id => root.TryGetProperty("$id", out var id) ? id.GetString() : null;

    /// <summary>Reads a schema.</summary>
    /// <exception cref="InvalidOperationException">The schema uses a keyword this validator does not implement, or a broken <c>$ref</c>.</exception>
    public static JsonSchema Parse(string json, string name)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        return new JsonSchema(name, document.RootElement.Clone());
    }

    /// <summary>Reads a schema embedded in this assembly.</summary>
    public static JsonSchema FromResource(string resourceName)
    {
        using var stream = typeof(JsonSchema).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The resource '{resourceName}' is not embedded.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), resourceName);
    }

    /// <summary>Every violation, as (JSON Pointer, problem), in document order of the place found.</summary>
    public IReadOnlyList<(string Pointer, string Problem)> Validate(JsonElement instance)
    {
        var errors = new List<(string, string)>();
        Validate(root, instance, string.Empty, errors);
        return errors;
    }

    /// <summary>Validates a source and throws at the first violation (the earliest in the file).</summary>
    /// <exception cref="InputFormatException">The document does not conform.</exception>
    public void ThrowIfInvalid(JsonSource source)
    {
        var errors = Validate(source.Root);
        if (errors.Count == 0)
        {
            return;
        }

        var first = errors
            .Select(e => (Error: e, Place: source.PlaceOf(e.Pointer) ?? (long.MaxValue, int.MaxValue)))
            .OrderBy(e => e.Place.Item1).ThenBy(e => e.Place.Item2)
            .First().Error;
        throw source.Error(first.Pointer, first.Problem);
    }

    private void RequireSupportedKeywords(JsonElement schema, string at)
    {
        if (schema.ValueKind == JsonValueKind.True || schema.ValueKind == JsonValueKind.False)
        {
            return;
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException($"{Name}: the schema at {at} is not an object.");
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            if (!Assertions.Contains(keyword.Name) && !Annotations.Contains(keyword.Name))
            {
                throw new InvalidOperationException($"{Name}: the keyword '{keyword.Name}' at {at} is not supported by RiskNotebooks' schema validator.");
            }
        }

        if (schema.TryGetProperty("$defs", out var defs))
        {
            foreach (var def in defs.EnumerateObject())
            {
                RequireSupportedKeywords(def.Value, $"{at}/$defs/{def.Name}");
            }
        }

        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                RequireSupportedKeywords(property.Value, $"{at}/properties/{property.Name}");
            }
        }

        if (schema.TryGetProperty("additionalProperties", out var additional))
        {
            RequireSupportedKeywords(additional, $"{at}/additionalProperties");
        }

        if (schema.TryGetProperty("items", out var items))
        {
            RequireSupportedKeywords(items, $"{at}/items");
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            Resolve(reference.GetString()!);
        }

        if (schema.TryGetProperty("pattern", out var pattern))
        {
            PatternOf(pattern.GetString()!);
        }
    }

    private JsonElement Resolve(string reference)
    {
        const string Prefix = "#/$defs/";
        if (reference.StartsWith(Prefix, StringComparison.Ordinal)
            && root.TryGetProperty("$defs", out var defs)
            && defs.TryGetProperty(reference[Prefix.Length..], out var target))
        {
            return target;
        }

        throw new InvalidOperationException($"{Name}: the reference '{reference}' does not name a definition under #/$defs/.");
    }

    private Regex PatternOf(string pattern)
        => patterns.GetOrAdd(pattern, p => new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));

    private void Validate(JsonElement schema, JsonElement value, string pointer, List<(string, string)> errors)
    {
        if (schema.ValueKind == JsonValueKind.True)
        {
            return;
        }

        if (schema.ValueKind == JsonValueKind.False)
        {
            errors.Add((pointer, "no value is allowed here."));
            return;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            Validate(Resolve(reference.GetString()!), value, pointer, errors);
        }

        if (schema.TryGetProperty("type", out var type) && !HasType(type, value))
        {
            errors.Add((pointer, $"must be {TypeText(type)}."));
            return;
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, value))
        {
            errors.Add((pointer, $"must be {constant.GetRawText()}."));
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, value)))
        {
            errors.Add((pointer, $"must be one of: {string.Join(", ", allowed.EnumerateArray().Select(a => a.ValueKind == JsonValueKind.String ? a.GetString() : a.GetRawText()))}."));
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                ValidateObject(schema, value, pointer, errors);
                break;
            case JsonValueKind.Array:
                ValidateArray(schema, value, pointer, errors);
                break;
            case JsonValueKind.String:
                ValidateString(schema, value.GetString()!, pointer, errors);
                break;
            case JsonValueKind.Number:
                ValidateNumber(schema, value.GetDouble(), pointer, errors);
                break;
        }
    }

    private void ValidateObject(JsonElement schema, JsonElement value, string pointer, List<(string, string)> errors)
    {
        schema.TryGetProperty("properties", out var properties);
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!value.TryGetProperty(name, out _))
                {
                    errors.Add((pointer, $"the required property '{name}' is missing."));
                }
            }
        }

        foreach (var member in value.EnumerateObject())
        {
            var at = JsonSource.Child(pointer, member.Name);
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(member.Name, out var memberSchema))
            {
                Validate(memberSchema, member.Value, at, errors);
            }
            else if (schema.TryGetProperty("additionalProperties", out var additional))
            {
                if (additional.ValueKind == JsonValueKind.False)
                {
                    var names = properties.ValueKind == JsonValueKind.Object ? string.Join(", ", properties.EnumerateObject().Select(p => p.Name)) : "none";
                    errors.Add((at, $"unknown property; the properties allowed here are: {names}."));
                }
                else
                {
                    Validate(additional, member.Value, at, errors);
                }
            }
        }
    }

    /// <summary>A count keyword's value: a whole number, possibly written with a fraction (2.0), as 2020-12 allows.</summary>
    private static long Whole(JsonElement value) => (long)Math.Floor(value.GetDouble());

    private void ValidateArray(JsonElement schema, JsonElement value, string pointer, List<(string, string)> errors)
    {
        var count = value.GetArrayLength();
        if (schema.TryGetProperty("minItems", out var min) && count < Whole(min))
        {
            errors.Add((pointer, Whole(min) == 1 ? "must not be empty." : $"needs at least {Whole(min)} items."));
        }

        if (schema.TryGetProperty("maxItems", out var max) && count > Whole(max))
        {
            errors.Add((pointer, $"may have at most {Whole(max)} items."));
        }

        var items = value.EnumerateArray().ToArray();
        if (schema.TryGetProperty("items", out var itemSchema))
        {
            for (var i = 0; i < items.Length; i++)
            {
                Validate(itemSchema, items[i], JsonSource.Child(pointer, i), errors);
            }
        }

        if (schema.TryGetProperty("uniqueItems", out var unique) && unique.ValueKind == JsonValueKind.True)
        {
            for (var i = 1; i < items.Length; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (JsonElement.DeepEquals(items[i], items[j]))
                    {
                        errors.Add((JsonSource.Child(pointer, i), $"repeats item {j} of the list; items must be unique."));
                        break;
                    }
                }
            }
        }
    }

    private void ValidateString(JsonElement schema, string value, string pointer, List<(string, string)> errors)
    {
        var length = value.EnumerateRunes().Count();
        if (schema.TryGetProperty("minLength", out var min) && length < Whole(min))
        {
            errors.Add((pointer, Whole(min) == 1 ? "must not be empty." : $"needs at least {Whole(min)} characters."));
        }

        if (schema.TryGetProperty("maxLength", out var max) && length > Whole(max))
        {
            errors.Add((pointer, $"may have at most {Whole(max)} characters."));
        }

        if (schema.TryGetProperty("pattern", out var pattern) && !PatternOf(pattern.GetString()!).IsMatch(value))
        {
            var expected = schema.TryGetProperty("description", out var description) ? description.GetString() : null;
            errors.Add((pointer, expected is null ? $"does not have the expected form ({pattern.GetString()})." : $"does not have the expected form: {expected}"));
        }
    }

    private static void ValidateNumber(JsonElement schema, double value, string pointer, List<(string, string)> errors)
    {
        if (schema.TryGetProperty("minimum", out var min) && value < min.GetDouble())
        {
            errors.Add((pointer, $"must be at least {Number(min)}."));
        }

        if (schema.TryGetProperty("maximum", out var max) && value > max.GetDouble())
        {
            errors.Add((pointer, $"must be at most {Number(max)}."));
        }

        if (schema.TryGetProperty("exclusiveMinimum", out var exMin) && value <= exMin.GetDouble())
        {
            errors.Add((pointer, $"must be greater than {Number(exMin)}."));
        }

        if (schema.TryGetProperty("exclusiveMaximum", out var exMax) && value >= exMax.GetDouble())
        {
            errors.Add((pointer, $"must be less than {Number(exMax)}."));
        }
    }

    private static string Number(JsonElement number) => number.GetDouble().ToString("0.######", CultureInfo.InvariantCulture);

    private static bool HasType(JsonElement type, JsonElement value)
        => type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Any(t => IsType(t.GetString()!, value))
            : IsType(type.GetString()!, value);

    private static bool IsType(string type, JsonElement value) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var d) && Math.Floor(d) == d && !double.IsInfinity(d),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => throw new InvalidOperationException($"Unknown JSON Schema type '{type}'."),
    };

    private static string TypeText(JsonElement type)
    {
        static string One(string t) => t switch
        {
            "object" => "an object",
            "array" => "a list",
            "string" => "a string",
            "number" => "a number",
            "integer" => "a whole number",
            "boolean" => "true or false",
            "null" => "null",
            _ => t,
        };

        return type.ValueKind == JsonValueKind.Array
            ? string.Join(" or ", type.EnumerateArray().Select(t => One(t.GetString()!)))
            : One(type.GetString()!);
    }
}
