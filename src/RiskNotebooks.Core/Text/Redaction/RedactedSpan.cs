namespace RiskNotebooks.Text.Redaction;

/// <summary>A span that was replaced by a tag: where it was in the original, where the tag is in the output, and the tag.</summary>
/// <param name="Type">The type of personal data.</param>
/// <param name="Start">UTF-16 offset of the span in the original text.</param>
/// <param name="End">UTF-16 offset after the span in the original text.</param>
/// <param name="RedactedStart">UTF-16 offset of the tag in the redacted text.</param>
/// <param name="RedactedEnd">UTF-16 offset after the tag in the redacted text.</param>
/// <param name="Tag">The tag, for example <c>[PERSON-7f3a9c2b41]</c>: the type and the first hex digits of <paramref name="Pseudonym"/> (more when two values would share them), so the same value gets the same tag under one key and an unlinkable one under another.</param>
/// <param name="Pseudonym">The first 128 bits of HMAC-SHA256 of the normalised value under the key, in hex: the same in every run with the same key.</param>
public readonly record struct RedactedSpan(EntityType Type, long Start, long End, long RedactedStart, long RedactedEnd, string Tag, string Pseudonym);
