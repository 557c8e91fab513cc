namespace RiskNotebooks.Text.Redaction;

/// <summary>
/// The secret that makes redaction tags unlinkable to their values: pseudonyms are HMAC-SHA256 of the value under this
/// key, so nobody without the key can test a guess (a plain hash of a personnummer is reversed by trying every date of
/// birth and birth number, about 10^8 values).
/// </summary>
/// <remarks>
/// Keep the key file apart from the redacted output: with it, a pseudonym can be checked against a guessed value. The
/// same key gives the same pseudonyms in every run, so document sets redacted with one key can be linked by its holder;
/// use a new key for each release that must not be linkable. The key's bytes never appear in messages or output.
/// </remarks>
public sealed class RedactionKey
{
    /// <summary>The shortest key accepted, in bytes (128 bits).</summary>
    public const int MinimumLength = 16;

    private readonly byte[] key;

    private RedactionKey(byte[] key) => this.key = key;

    /// <summary>A key from bytes (at least <see cref="MinimumLength"/>).</summary>
    /// <param name="key">The secret.</param>
    /// <returns>The key.</returns>
    /// <exception cref="InvalidOptionException">The key is too short.</exception>
    public static RedactionKey FromBytes(ReadOnlySpan<byte> key)
    {
        if (key.Length < MinimumLength)
        {
            throw new InvalidOptionException("--key-file", $"the key must hold at least {MinimumLength} bytes of secret (for example: head -c 32 /dev/urandom > redaction.key).");
        }

        return new RedactionKey(key.ToArray());
    }

    /// <summary>Reads a key file: its bytes, without a final line break (so a key typed or saved by an editor works too).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The key.</returns>
    /// <exception cref="InvalidOptionException">The file is missing, unreadable or too short.</exception>
    public static RedactionKey FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOptionException("--key-file", $"cannot read '{path}' ({e.GetType().Name}).");
        }

        var length = bytes.Length;
        while (length > 0 && bytes[length - 1] is (byte)'\n' or (byte)'\r')
        {
            length--;
        }

        return FromBytes(bytes.AsSpan(0, length));
    }

    internal byte[] Bytes => key;
}
