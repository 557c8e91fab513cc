using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using NetMQ;
using NetMQ.Sockets;
using RiskNotebooks.Kernel.Protocol;

namespace RiskNotebooks.Kernel.Tests.Protocol;

/// <summary>A minimal Jupyter client over NetMQ: signs with any key (or none), to test what the kernel accepts.</summary>
internal sealed class TestClient : IDisposable
{
    private readonly DealerSocket shell = new();
    private readonly DealerSocket control = new();
    private readonly SubscriberSocket iopub = new();
    private readonly string session = Guid.NewGuid().ToString("N");

    internal TestClient(ConnectionInfo connection)
    {
        shell.Connect(connection.Endpoint(connection.ShellPort));
        control.Connect(connection.Endpoint(connection.ControlPort));
        iopub.Connect(connection.Endpoint(connection.IopubPort));
        iopub.SubscribeToAnyTopic();
    }

    /// <summary>A connection on loopback with five free ports and a random key.</summary>
    internal static ConnectionInfo FreeConnection(string? key = null)
    {
        var ports = new int[5];
        var listeners = new List<TcpListener>();
        for (var i = 0; i < ports.Length; i++)
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            listeners.Add(listener);
            ports[i] = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        listeners.ForEach(l => l.Stop());
        return new ConnectionInfo("127.0.0.1", key ?? Guid.NewGuid().ToString(), ports[0], ports[1], ports[2], ports[3], ports[4]);
    }

    /// <summary>Sends a request signed with <paramref name="key"/> (null: unsigned, empty signature).</summary>
    internal string Send(bool onControl, string messageType, JsonObject content, string? key)
    {
        var message = JupyterMessage.Create(messageType, content, null, session, []);
        var frames = key is null ? WireFormat.Encode(message, new MessageSigner("x")) : WireFormat.Encode(message, new MessageSigner(key));
        if (key is null)
        {
            var unsigned = new NetMQMessage();
            for (var i = 0; i < frames.FrameCount; i++)
            {
                unsigned.Append(i == 1 ? [] : frames[i].ToByteArray());
            }

            frames = unsigned;
        }

        (onControl ? control : shell).SendMultipartMessage(frames);
        return (string)message.Header["msg_id"]!;
    }

    /// <summary>The next reply on shell or control within the timeout (skipping kernel_info replies unless asked for), or null.</summary>
    internal JsonObject? Reply(bool onControl, TimeSpan timeout, bool kernelInfo = false)
    {
        while (Next(onControl, timeout) is { } reply)
        {
            if (kernelInfo || (string?)reply["header"]!["msg_type"] != "kernel_info_reply")
            {
                return reply;
            }
        }

        return null;
    }

    private JsonObject? Next(bool onControl, TimeSpan timeout)
    {
        var frames = new NetMQMessage();
        if (!(onControl ? control : shell).TryReceiveMultipartMessage(timeout, ref frames))
        {
            return null;
        }

        var i = 0;
        while (frames[i].ConvertToString() != "<IDS|MSG>")
        {
            i++;
        }

        return new JsonObject { ["header"] = JsonNode.Parse(frames[i + 2].ToByteArray()), ["parent_header"] = JsonNode.Parse(frames[i + 3].ToByteArray()), ["content"] = JsonNode.Parse(frames[i + 5].ToByteArray()) };
    }

    /// <summary>The IOPub messages that arrive within the timeout.</summary>
    internal List<JsonObject> Published(TimeSpan timeout)
    {
        var messages = new List<JsonObject>();
        var frames = new NetMQMessage();
        while (iopub.TryReceiveMultipartMessage(timeout, ref frames))
        {
            var i = 0;
            while (frames[i].ConvertToString() != "<IDS|MSG>")
            {
                i++;
            }

            messages.Add(new JsonObject { ["header"] = JsonNode.Parse(frames[i + 2].ToByteArray()), ["parent_header"] = JsonNode.Parse(frames[i + 3].ToByteArray()), ["content"] = JsonNode.Parse(frames[i + 5].ToByteArray()) });
            frames = new NetMQMessage();
        }

        return messages;
    }

    public void Dispose()
    {
        shell.Dispose();
        control.Dispose();
        iopub.Dispose();
    }
}
