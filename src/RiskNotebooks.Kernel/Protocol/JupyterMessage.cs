using System.Globalization;
using System.Text.Json.Nodes;

namespace RiskNotebooks.Kernel.Protocol;

/// <summary>One Jupyter message: routing identities, header, parent header, metadata, content (protocol 5.3).</summary>
internal sealed class JupyterMessage
{
    internal const string ProtocolVersion = "5.3";

    internal JupyterMessage(IReadOnlyList<byte[]> identities, JsonObject header, JsonObject parentHeader, JsonObject metadata, JsonObject content)
    {
        Identities = identities;
        Header = header;
        ParentHeader = parentHeader;
        Metadata = metadata;
        Content = content;
    }

    /// <summary>The ZeroMQ routing prefix (for IOPub, the topic).</summary>
    internal IReadOnlyList<byte[]> Identities { get; }

    internal JsonObject Header { get; }

    internal JsonObject ParentHeader { get; }

    internal JsonObject Metadata { get; }

    internal JsonObject Content { get; }

    internal string MessageType => (string?)Header["msg_type"] ?? string.Empty;

    internal string Session => (string?)Header["session"] ?? string.Empty;

    /// <summary>A new message in reply to (or caused by) <paramref name="parent"/>.</summary>
    internal static JupyterMessage Create(string messageType, JsonObject content, JupyterMessage? parent, string session, IReadOnlyList<byte[]> identities)
    {
        var header = new JsonObject
        {
            ["msg_id"] = Guid.NewGuid().ToString("N"),
            ["session"] = session,
            ["username"] = "kernel",
            ["date"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture),
            ["msg_type"] = messageType,
            ["version"] = ProtocolVersion,
        };
        var parentHeader = parent is null ? [] : (JsonObject)parent.Header.DeepClone();
        return new JupyterMessage(identities, header, parentHeader, [], content);
    }
}
