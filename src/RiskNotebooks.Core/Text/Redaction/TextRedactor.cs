using System.Security.Cryptography;
using System.Text;

namespace RiskNotebooks.Text.Redaction;

/// <summary>
/// Replaces personal data with consistent pseudonymous tags (<c>[PERSON-7f3a9c2b41]</c> is the same person in every
/// document it redacts), keyed with HMAC-SHA256 so that a tag cannot be traced back by hashing guesses, and tags made
/// under two keys cannot be linked.
/// </summary>
/// <remarks>
/// <para>Each value is normalised before it is keyed, so that its written forms meet: a personnummer by its ten digits
/// (<c>19850101-1236</c> and <c>850101-1236</c> are one person), a phone number by its digits with the country code (a
/// national number gets 46 in Swedish documents, 44 in English ones), an e-mail address in lower case, an IBAN without
/// spaces, anything else in lower case with white space collapsed. Within a document, a name of one word that is part of
/// a full name already tagged gets that name's tag (<c>Anna</c> after <c>Anna Svensson</c>).</para>
/// <para>A tag is the type and the first <see cref="TagHexDigits"/> hex digits (40 bits) of HMAC-SHA256 of the type and
/// the normalised value under the key: the same value gets the same tag under one key, in any run and any document order,
/// and an unrelated tag under another key (the redacted text, not only the <c>.spans.json</c>, depends on the key). Two
/// values of a type share a 40-bit prefix with probability about n²/2⁴¹ (5 × 10⁻⁵ for 10,000 distinct values); when it
/// happens within the documents a redactor sees, the value seen later gets a longer prefix (16, then 24, then all 32
/// digits of the 128-bit pseudonym) until its tag is unique, so a collision is detected and resolved the same way for the
/// same documents in the same order. The map from values to tags holds only HMAC digests, never the values. A redactor
/// remembers what it has seen across the documents it redacts and is not safe for use from several threads at once.</para>
/// </remarks>
public sealed class TextRedactor : IDisposable
{
    private readonly HMACSHA256 hmac;
    private readonly HashSet<EntityType> types;
    /// <summary>The hex digits of the pseudonym that a tag shows when no other value's tag shares them.</summary>
    public const int TagHexDigits = 10;

    private readonly int[] tagLengths;

    private readonly Dictionary<(EntityType, UInt128), string> tags = [];
    private readonly HashSet<string> tagsInUse = new(StringComparer.Ordinal);
    private readonly int[] counts = new int[EntityTypes.Count];
    private readonly byte[] digest = new byte[32];

    /// <summary>Creates a redactor.</summary>
    /// <param name="key">The secret key.</param>
    /// <param name="types">The types to redact; by default every direct identifier and quasi-identifier (special-category terms are the content a study needs, and are kept).</param>
    public TextRedactor(RedactionKey key, IEnumerable<EntityType>? types = null)
        : this(key, types, TagHexDigits)
    {
    }

    /// <summary>Creates a redactor whose tags start with <paramref name="tagHexDigits"/> hex digits (tests force collisions with few).</summary>
    internal TextRedactor(RedactionKey key, IEnumerable<EntityType>? types, int tagHexDigits)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentOutOfRangeException.ThrowIfLessThan(tagHexDigits, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(tagHexDigits, 32);
        tagLengths = [tagHexDigits, .. new[] { 16, 24, 32 }.Where(n => n > tagHexDigits)];
        hmac = new HMACSHA256(key.Bytes);
        this.types = [.. types ?? EntityTypes.All.Where(t => EntityTypes.KindOf(t) != EntityKind.SpecialCategory)];
    }

    /// <summary>The types this redactor replaces.</summary>
    public IReadOnlySet<EntityType> Types => types;

    /// <summary>How many distinct values of a type have been given tags so far.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The number of tags.</returns>
    public int TagCount(EntityType type) => counts[(int)type];

    /// <summary>Redacts a text held in memory.</summary>
    /// <param name="text">The text.</param>
    /// <param name="findings">Its findings (from <see cref="TextScanner"/>), in document order.</param>
    /// <param name="language">The language (for phone numbers without a country code).</param>
    /// <param name="spans">The spans replaced.</param>
    /// <returns>The redacted text.</returns>
    public string Redact(string text, IReadOnlyList<Finding> findings, TextLanguage language, out IReadOnlyList<RedactedSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(findings);
        var output = new StringWriter();
        var list = new List<RedactedSpan>();
        var document = Begin(output, list.Add);
        document.Begin(language);
        var sorted = findings.OrderBy(f => f.Start).ToList();
        if (sorted.Count > 0 && sorted[^1].End > text.Length)
        {
            throw new ArgumentException("A finding lies beyond the end of the text.", nameof(findings));
        }

        document.Chunk(text, 0, text.Length, sorted);
        document.End(text.Length);
        spans = list;
        return output.ToString();
    }

    /// <summary>Starts a document whose redacted text goes to <paramref name="output"/> as the scanner reads it.</summary>
    internal IChunkSink Begin(TextWriter output, Action<RedactedSpan> onSpan) => new DocumentRedaction(this, output, onSpan);

    /// <inheritdoc/>
    public void Dispose() => hmac.Dispose();

    private (string Tag, string Pseudonym) TagOf(EntityType type, string normalised)
    {
        var input = Encoding.UTF8.GetBytes(EntityTypes.NameOf(type) + "\u001f" + normalised);
        if (!hmac.TryComputeHash(input, digest, out _))
        {
            throw new CryptographicException("HMAC-SHA256 did not produce a digest.");
        }

        var id = new UInt128(BitConverter.ToUInt64(digest, 0), BitConverter.ToUInt64(digest, 8));
        var pseudonym = Convert.ToHexStringLower(digest.AsSpan(0, 16));
        if (!tags.TryGetValue((type, id), out var tag))
        {
            var prefix = EntityTypes.NameOf(type).ToUpperInvariant();
            tag = $"[{prefix}-{pseudonym[..tagLengths[0]]}]";
            // Another value of this type already has this tag: lengthen until unique (32 digits are the whole 128-bit id,
            // which differs between two values, so the loop ends).
            for (var i = 1; tagsInUse.Contains(tag); i++)
            {
                tag = $"[{prefix}-{pseudonym[..tagLengths[i]]}]";
            }

            tags[(type, id)] = tag;
            tagsInUse.Add(tag);
            counts[(int)type]++;
        }

        return (tag, pseudonym);
    }

    /// <summary>The value in the form that makes its written variants meet.</summary>
    internal static string Normalise(EntityType type, ReadOnlySpan<char> value, TextLanguage language)
    {
        switch (type)
        {
            case EntityType.Personnummer or EntityType.Samordningsnummer:
            {
                var digits = Digits(value);
                return digits.Length > 10 ? digits[^10..] : digits;
            }

            case EntityType.Phone:
            {
                // "+46 70 ...", "+46 (0)70 ...", "0046 70 ..." and "070 ..." are one number.
                var digits = Digits(value);
                if (value.TrimStart().StartsWith('+'))
                {
                    return digits.StartsWith("460", StringComparison.Ordinal) ? "46" + digits[3..] : digits;
                }

                if (digits.StartsWith("00", StringComparison.Ordinal))
                {
                    return digits[2..];
                }

                if (digits.StartsWith('0'))
                {
                    return (language == TextLanguage.English ? "44" : "46") + digits[1..];
                }

                return language == TextLanguage.English && digits.Length == 10 ? "1" + digits : digits;
            }

            case EntityType.Iban:
                return new string(value.ToString().Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
            default:
            {
                var builder = new StringBuilder(value.Length);
                var space = false;
                foreach (var c in value)
                {
                    if (char.IsWhiteSpace(c))
                    {
                        space = builder.Length > 0;
                        continue;
                    }

                    if (space)
                    {
                        builder.Append(' ');
                        space = false;
                    }

                    builder.Append(char.ToLowerInvariant(c));
                }

                return builder.ToString();
            }
        }
    }

    private static string Digits(ReadOnlySpan<char> value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is >= '0' and <= '9')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>One document's redaction, streamed chunk by chunk.</summary>
    private sealed class DocumentRedaction(TextRedactor redactor, TextWriter output, Action<RedactedSpan> onSpan) : IChunkSink
    {
        private readonly Dictionary<string, (string Tag, string Pseudonym)> aliases = new(StringComparer.Ordinal);
        private TextLanguage language = TextLanguage.Swedish;
        private long written;
        private long outputLength;

        public void Begin(TextLanguage documentLanguage) => language = documentLanguage;

        public void Chunk(ReadOnlySpan<char> window, long windowStart, long ownedEnd, IReadOnlyList<Finding> findings)
        {
            foreach (var f in findings)
            {
                if (!redactor.types.Contains(f.Type) || f.Start < written)
                {
                    continue;
                }

                Copy(window, windowStart, f.Start);
                var value = window[(int)(f.Start - windowStart)..(int)(f.End - windowStart)];
                var (tag, pseudonym) = TagFor(f.Type, value);
                output.Write(tag);
                onSpan(new RedactedSpan(f.Type, f.Start, f.End, outputLength, outputLength + tag.Length, tag, pseudonym));
                outputLength += tag.Length;
                written = f.End;
            }

            Copy(window, windowStart, ownedEnd);
        }

        public void End(long length) => output.Flush();

        private void Copy(ReadOnlySpan<char> window, long windowStart, long until)
        {
            if (until <= written)
            {
                return;
            }

            output.Write(window[(int)(written - windowStart)..(int)(until - windowStart)]);
            outputLength += until - written;
            written = until;
        }

        private (string Tag, string Pseudonym) TagFor(EntityType type, ReadOnlySpan<char> value)
        {
            var normalised = Normalise(type, value, language);
            if (type != EntityType.Person)
            {
                return redactor.TagOf(type, normalised);
            }

            // A one-word name that belongs to a full name tagged earlier in this document is that person.
            if (!normalised.Contains(' '))
            {
                if (aliases.TryGetValue(normalised, out var known)
                    || (normalised.Length > 3 && normalised.EndsWith('s') && aliases.TryGetValue(normalised[..^1], out known)))
                {
                    return known;
                }

                return redactor.TagOf(type, normalised);
            }

            var result = redactor.TagOf(type, normalised);
            foreach (var part in normalised.Split(' '))
            {
                aliases.TryAdd(part, result);
            }

            return result;
        }
    }
}
