using System.Security.Cryptography;
using System.Text;
using RiskNotebooks.Text.Redaction;

namespace RiskNotebooks.Treatment;

/// <summary>Keyed pseudonyms for identifier values: <c>P-</c> and the first 20 hex digits (80 bits) of HMAC-SHA256 of the value under the user's key.</summary>
/// <remarks>
/// The same value gives the same pseudonym under the same key (in every column and file, so releases made with one key link
/// up), and unrelated pseudonyms under another key. Without the key, a pseudonym cannot be recomputed from a guessed value,
/// which is what defeats enumeration of a small identifier space such as personnummer (unlike a plain hash). Missing values
/// stay missing. The prefix keeps pseudonyms from looking like plain hashes.
/// </remarks>
public sealed class Pseudonymizer : IDisposable
{
    /// <summary>The hex digits kept of the digest.</summary>
    public const int HexDigits = 20;

    private readonly HMACSHA256 hmac;

    /// <summary>Creates a pseudonymiser.</summary>
    /// <param name="key">The secret key.</param>
    public Pseudonymizer(RedactionKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        hmac = new HMACSHA256(key.Bytes);
    }

    /// <summary>The pseudonym of a value.</summary>
    /// <param name="value">The value; <see langword="null"/> or empty stays as it is.</param>
    /// <returns>The pseudonym.</returns>
    public string? Pseudonym(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value;
        }

        Span<byte> digest = stackalloc byte[32];
        var bytes = Encoding.UTF8.GetBytes(value);
        if (!hmac.TryComputeHash(bytes, digest, out _))
        {
            throw new CryptographicException("HMAC-SHA256 did not produce a digest.");
        }

        return "P-" + Convert.ToHexStringLower(digest[..(HexDigits / 2)]);
    }

    /// <inheritdoc/>
    public void Dispose() => hmac.Dispose();
}
