using System.Security.Cryptography;
using System.Text;

namespace RiskNotebooks.Kernel.Protocol;

/// <summary>HMAC-SHA256 over the four signed frames (header, parent header, metadata, content), compared in constant time.</summary>
internal sealed class MessageSigner
{
    private readonly byte[] key;

    internal MessageSigner(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        this.key = Encoding.UTF8.GetBytes(key);
    }

    internal string Sign(byte[] header, byte[] parentHeader, byte[] metadata, byte[] content)
        => Convert.ToHexStringLower(Mac(header, parentHeader, metadata, content));

    internal bool Verify(string signature, byte[] header, byte[] parentHeader, byte[] metadata, byte[] content)
    {
        if (signature.Length != 64)
        {
            return false;
        }

        byte[] given;
        try
        {
            given = Convert.FromHexString(signature);
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(given, Mac(header, parentHeader, metadata, content));
    }

    private byte[] Mac(byte[] header, byte[] parentHeader, byte[] metadata, byte[] content)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hmac.AppendData(header);
        hmac.AppendData(parentHeader);
        hmac.AppendData(metadata);
        hmac.AppendData(content);
        return hmac.GetHashAndReset();
    }
}
