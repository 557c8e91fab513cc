using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace RiskNotebooks.Data.Json;

/// <summary>
/// Reads a YAML file into the same JSON tree a JSON file gives (<see cref="JsonSource"/>), keeping the line and column of
/// every value in the YAML, so that one schema and one reader serve both notations and every error points into the YAML.
/// </summary>
/// <remarks>
/// <para>YAML 1.2's core schema decides what a plain (unquoted) value is: <c>null</c>, <c>~</c> or nothing is null;
/// <c>true</c>/<c>false</c> a boolean; a decimal number a number; anything else, and every quoted value, a string. So
/// <c>id: 2024</c> is a number (and the schema says an id must be text), while <c>id: "2024"</c> is text.</para>
/// <para>Refused, with the line: more than one document, aliases (<c>*name</c>: they could make a small file expand
/// without bound), keys that are not plain text, a key repeated in one mapping, tags other than YAML's own
/// (<c>!!str</c>, <c>!!int</c>, ...), and nesting deeper than <see cref="MaximumDepth"/>. Messages name the place and
/// the rule, never a value.</para>
/// </remarks>
internal static class YamlSource
{
    /// <summary>The deepest nesting read (an assessment nests five levels).</summary>
    public const int MaximumDepth = 64;

    private static readonly Regex Integer = new(@"^[-+]?[0-9]+$", RegexOptions.CultureInvariant);
    private static readonly Regex Float = new(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);

    /// <summary>Reads a UTF-8 YAML file.</summary>
    /// <exception cref="InputFormatException">The file is missing, too large, not UTF-8, not valid YAML, or uses what is refused.</exception>
    public static JsonSource Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(JsonSource.ReadFile(path), path);
    }

    /// <summary>Parses YAML text.</summary>
    /// <param name="utf8">The bytes (a UTF-8 byte order mark is skipped).</param>
    /// <param name="filePath">The name to use in messages.</param>
    /// <exception cref="InputFormatException">See <see cref="Load"/>.</exception>
    public static JsonSource Parse(byte[] utf8, string filePath)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        ReadOnlySpan<byte> bytes = utf8;
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        if (!Utf8.IsValid(bytes))
        {
            var valid = bytes[..JsonSource.FirstInvalidUtf8(bytes)];
            var line = valid.Count((byte)'\n') + 1;
            throw InputFormatException.NotUtf8(filePath, line);
        }

        var text = Encoding.UTF8.GetString(bytes);
        var places = new Dictionary<string, (long Line, int Column)>(StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        Translation? translation = null;
        try
        {
            var parser = new Parser(new StringReader(text));
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                throw InputFormatException.OfFile(filePath, "the file is empty: a YAML mapping is needed.");
            }

            parser.Consume<DocumentStart>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                translation = new Translation(parser, writer, places, filePath);
                translation.Value(string.Empty, member: false, depth: 0);
            }

            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                var next = parser.Current!;
                throw At(filePath, next.Start, "a second YAML document ('---'): an assessment is one document.");
            }
        }
        catch (YamlException e)
        {
            throw At(filePath, e.Start, $"not valid YAML: {Describe(e)}", e);
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner fails so on some broken plain values (found by the fuzz test): the place is after the
            // last value read.
            var line = translation?.LastLine ?? 1;
            throw InputFormatException.AtLine(filePath, line, "not valid YAML after this line: the syntax is broken. Check the indentation, and quote values that hold ': ' or start with a special character.", e);
        }

        return JsonSource.FromTranslation(buffer.ToArray(), filePath, places);
    }

    private static InputFormatException At(string filePath, Mark mark, string problem, Exception? inner = null)
        => new(filePath, mark.Line, (int)Math.Min(int.MaxValue, mark.Column), null, problem, inner);

    /// <summary>YamlDotNet's words when they hold no value from the file (letters and punctuation only), else a general hint.</summary>
    private static string Describe(YamlException e)
    {
        var message = e.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith('(') && cut > 0)
        {
            message = message[(cut + 3)..];
        }

        message = message.Trim();
        return message.Length > 0 && message.All(c => char.IsAsciiLetter(c) || c is ' ' or ',' or '.' or '-')
            ? message
            : "the syntax is broken here: check the indentation, and quote values that hold ': ' or start with a special character.";
    }

    /// <summary>One walk over the parser's events, writing JSON and recording places.</summary>
    private sealed class Translation(Parser parser, Utf8JsonWriter writer, Dictionary<string, (long Line, int Column)> places, string filePath)
    {
        /// <summary>The line of the last value read.</summary>
        public long LastLine { get; private set; } = 1;

        public void Value(string pointer, bool member, int depth)
        {
            if (depth > MaximumDepth)
            {
                throw At(filePath, parser.Current!.Start, $"nested deeper than {MaximumDepth} levels.");
            }

            if (parser.Accept<AnchorAlias>(out var alias))
            {
                throw At(filePath, alias.Start, "an alias ('*'): aliases are not read in assessment files; write the value out.");
            }

            var start = parser.Current!.Start;
            LastLine = start.Line;
            if (!member)
            {
                places[pointer] = Place(start);
            }

            if (parser.TryConsume<Scalar>(out var scalar))
            {
                Scalar(scalar);
            }
            else if (parser.TryConsume<MappingStart>(out var mapping))
            {
                CheckTag(mapping.Tag, mapping.Start, "tag:yaml.org,2002:map");
                writer.WriteStartObject();
                var names = new HashSet<string>(StringComparer.Ordinal);
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    if (!parser.TryConsume<Scalar>(out var key) || key.Style is ScalarStyle.Literal or ScalarStyle.Folded)
                    {
                        throw At(filePath, parser.Current?.Start ?? start, "a key that is not plain text: write keys as name: value.");
                    }

                    var child = JsonSource.Child(pointer, key.Value);
                    if (!names.Add(key.Value))
                    {
                        throw At(filePath, key.Start, $"'{JsonSource.Display(child)}': the key appears twice in the same mapping.");
                    }

                    places[child] = Place(key.Start);
                    writer.WritePropertyName(key.Value);
                    Value(child, member: true, depth + 1);
                }

                writer.WriteEndObject();
            }
            else if (parser.TryConsume<SequenceStart>(out var sequence))
            {
                CheckTag(sequence.Tag, sequence.Start, "tag:yaml.org,2002:seq");
                writer.WriteStartArray();
                var index = 0;
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    Value(JsonSource.Child(pointer, index++), member: false, depth + 1);
                }

                writer.WriteEndArray();
            }
            else
            {
                throw At(filePath, start, "not valid YAML here.");
            }
        }

        private void Scalar(Scalar scalar)
        {
            var tag = scalar.Tag.IsEmpty || scalar.Tag.IsNonSpecific ? null : scalar.Tag.Value;
            var value = scalar.Value;
            if (tag is null && scalar.Style == ScalarStyle.Plain)
            {
                if (value is "" or "~" or "null" or "Null" or "NULL")
                {
                    writer.WriteNullValue();
                }
                else if (value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
                {
                    writer.WriteBooleanValue(value[0] is 't' or 'T');
                }
                else if (!Number(value))
                {
                    writer.WriteStringValue(value);
                }

                return;
            }

            switch (tag)
            {
                case null or "tag:yaml.org,2002:str":
                    writer.WriteStringValue(value);
                    break;
                case "tag:yaml.org,2002:int" or "tag:yaml.org,2002:float" when Number(value):
                    break;
                case "tag:yaml.org,2002:bool" when value is "true" or "false":
                    writer.WriteBooleanValue(value == "true");
                    break;
                case "tag:yaml.org,2002:null":
                    writer.WriteNullValue();
                    break;
                default:
                    throw At(filePath, scalar.Start, "a tag ('!') that is not read here: remove it, or write the value in quotes.");
            }
        }

        private bool Number(string value)
        {
            if (Integer.IsMatch(value) && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
            {
                writer.WriteNumberValue(whole);
                return true;
            }

            if (Float.IsMatch(value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
            {
                writer.WriteNumberValue(number);
                return true;
            }

            return false;
        }

        private void CheckTag(TagName tag, Mark start, string own)
        {
            if (!tag.IsEmpty && !tag.IsNonSpecific && tag.Value != own)
            {
                throw At(filePath, start, "a tag ('!') that is not read here: remove it.");
            }
        }

        private static (long Line, int Column) Place(Mark mark) => (mark.Line, (int)Math.Min(int.MaxValue, mark.Column));
    }
}
