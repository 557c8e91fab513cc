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

    /// <summary>The longest key file read, in bytes: a key is small, and a device such as <c>/dev/zero</c> never ends.</summary>
    public const int MaximumLength = 4096;

    /// <summary>The fewest distinct byte values a key must hold (16 random bytes hold about 15; a run of NULs or spaces holds 1).</summary>
    public const int MinimumDistinctBytes = 8;

    private readonly byte[] key;

    private RedactionKey(byte[] key) => this.key = key;

    /// <summary>A key from bytes (at least <see cref="MinimumLength"/>).</summary>
    /// <param name="key">The secret.</param>
    /// <returns>The key.</returns>
    /// <exception cref="InvalidOptionException">The key is too short, or too regular to be secret (fewer than <see cref="MinimumDistinctBytes"/> distinct bytes: all NULs, all spaces).</exception>
    public static RedactionKey FromBytes(ReadOnlySpan<byte> key)
    {
        if (key.Length < MinimumLength)
        {
            throw new InvalidOptionException("Key", $"the key must hold at least {MinimumLength} bytes of secret (for example: head -c 32 /dev/urandom > redaction.key).");
        }

        Span<bool> seen = stackalloc bool[256];
        var distinct = 0;
        foreach (var b in key)
        {
            if (!seen[b])
            {
                seen[b] = true;
                distinct++;
            }
        }

        if (distinct < MinimumDistinctBytes)
        {
            throw new InvalidOptionException("Key", $"the key has too little entropy (fewer than {MinimumDistinctBytes} distinct bytes, e.g. all NUL bytes or spaces): take random bytes, for example: head -c 32 /dev/urandom > redaction.key.");
        }

        return new RedactionKey(key.ToArray());
    }

    /// <summary>Reads a key file: its bytes, without a final line break (so a key typed or saved by an editor works too).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The key.</returns>
    /// <exception cref="InvalidOptionException">The file is missing, not a regular file, unreadable, too short, too long or too regular.</exception>
    public static RedactionKey FromFile(string path)
    {
        Data.InputFile.RequireReadable(path, "Key");
        var bytes = new byte[MaximumLength + 1];
        int length;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
            length = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOptionException("Key", $"cannot read '{path}' ({e.GetType().Name}).");
        }

        if (length > MaximumLength)
        {
            throw new InvalidOptionException("Key", $"'{path}' is longer than {MaximumLength} bytes: a key file holds {MinimumLength} to {MaximumLength} secret bytes.");
        }

        while (length > 0 && bytes[length - 1] is (byte)'\n' or (byte)'\r')
        {
            length--;
        }

        return FromBytes(bytes.AsSpan(0, length));
    }

    internal byte[] Bytes => key;
}
