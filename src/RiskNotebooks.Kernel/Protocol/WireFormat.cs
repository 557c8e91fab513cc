using System.Text;
using System.Text.Json.Nodes;
using NetMQ;

namespace RiskNotebooks.Kernel.Protocol;

/// <summary>The Jupyter wire format: identities, <c>&lt;IDS|MSG&gt;</c>, signature, four JSON frames, buffers.</summary>
internal static class WireFormat
{
    private static readonly byte[] Delimiter = "<IDS|MSG>"u8.ToArray();

    /// <summary>Checks the signature and parses; <paramref name="problem"/> says why a message was dropped (never its content).</summary>
    internal static JupyterMessage? Parse(NetMQMessage frames, MessageSigner signer, out string? problem)
    {
        var identities = new List<byte[]>();
        var i = 0;
        while (i < frames.FrameCount && !frames[i].ToByteArray().AsSpan().SequenceEqual(Delimiter))
        {
            identities.Add(frames[i].ToByteArray());
            i++;
        }

        if (i + 5 >= frames.FrameCount)
        {
            problem = "malformed message (no delimiter or too few frames)";
            return null;
        }

        var signature = Encoding.ASCII.GetString(frames[i + 1].ToByteArray());
        var header = frames[i + 2].ToByteArray();
        var parent = frames[i + 3].ToByteArray();
        var metadata = frames[i + 4].ToByteArray();
        var content = frames[i + 5].ToByteArray();
        if (!signer.Verify(signature, header, parent, metadata, content))
        {
            problem = signature.Length == 0 ? "unsigned message" : "wrong signature";
            return null;
        }

        try
        {
            var message = new JupyterMessage(identities, Object(header), Object(parent), Object(metadata), Object(content));
            problem = null;
            return message;
        }
        catch (System.Text.Json.JsonException)
        {
            problem = "signed message with invalid JSON";
            return null;
        }
    }

    internal static NetMQMessage Encode(JupyterMessage message, MessageSigner signer)
    {
        var header = Bytes(message.Header);
        var parent = Bytes(message.ParentHeader);
        var metadata = Bytes(message.Metadata);
        var content = Bytes(message.Content);
        var frames = new NetMQMessage();
        foreach (var identity in message.Identities)
        {
            frames.Append(identity);
        }

        frames.Append(Delimiter);
        frames.Append(signer.Sign(header, parent, metadata, content));
        frames.Append(header);
        frames.Append(parent);
        frames.Append(metadata);
        frames.Append(content);
        return frames;
    }

    private static JsonObject Object(byte[] json)
        => json.Length == 0 ? [] : JsonNode.Parse(json) as JsonObject ?? [];

    private static byte[] Bytes(JsonObject json) => Encoding.UTF8.GetBytes(json.ToJsonString());
}
