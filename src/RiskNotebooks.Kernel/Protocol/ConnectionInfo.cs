using System.Globalization;
using System.Text.Json.Nodes;

namespace RiskNotebooks.Kernel.Protocol;

/// <summary>
/// What a Jupyter connection file says: where the five sockets listen and the key that signs every message.
/// </summary>
/// <remarks>
/// Only <c>tcp</c> transport and <c>hmac-sha256</c> signatures are accepted, and the key must not be empty: a kernel that
/// accepted unsigned messages would run code for any local user who reaches the ports.
/// </remarks>
public sealed class ConnectionInfo
{
    /// <summary>Creates connection information after checking it.</summary>
    /// <param name="ip">The address to bind to.</param>
    /// <param name="key">The HMAC key (not empty).</param>
    /// <param name="shellPort">The shell port.</param>
    /// <param name="controlPort">The control port.</param>
    /// <param name="iopubPort">The IOPub port.</param>
    /// <param name="stdinPort">The stdin port.</param>
    /// <param name="heartbeatPort">The heartbeat port.</param>
    public ConnectionInfo(string ip, string key, int shellPort, int controlPort, int iopubPort, int stdinPort, int heartbeatPort)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ip);
        if (string.IsNullOrEmpty(key))
        {
            throw new RiskNotebooksException("the connection file has an empty key: this kernel only accepts signed messages.");
        }

        Ip = ip;
        Key = key;
        ShellPort = CheckPort(shellPort, "shell_port");
        ControlPort = CheckPort(controlPort, "control_port");
        IopubPort = CheckPort(iopubPort, "iopub_port");
        StdinPort = CheckPort(stdinPort, "stdin_port");
        HeartbeatPort = CheckPort(heartbeatPort, "hb_port");
    }

    /// <summary>The address the sockets bind to.</summary>
    public string Ip { get; }

    /// <summary>The HMAC-SHA256 key.</summary>
    public string Key { get; }

    /// <summary>The shell (ROUTER) port.</summary>
    public int ShellPort { get; }

    /// <summary>The control (ROUTER) port.</summary>
    public int ControlPort { get; }

    /// <summary>The IOPub (PUB) port.</summary>
    public int IopubPort { get; }

    /// <summary>The stdin (ROUTER) port.</summary>
    public int StdinPort { get; }

    /// <summary>The heartbeat (REP) port.</summary>
    public int HeartbeatPort { get; }

    /// <summary>The five ports.</summary>
    public IReadOnlyList<int> Ports => [ShellPort, ControlPort, IopubPort, StdinPort, HeartbeatPort];

    /// <summary>The ZeroMQ endpoint of a port.</summary>
    /// <param name="port">The port.</param>
    /// <returns>For example <c>tcp://127.0.0.1:5555</c>.</returns>
    public string Endpoint(int port) => string.Create(CultureInfo.InvariantCulture, $"tcp://{Ip}:{port}");

    /// <summary>Reads a connection file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The connection information.</returns>
    /// <exception cref="RiskNotebooksException">The file is not a usable connection file (the message names the field, never the key).</exception>
    public static ConnectionInfo Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        JsonObject json;
        try
        {
            json = JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw new RiskNotebooksException($"{Path.GetFileName(path)} is not a JSON object.");
        }
        catch (System.Text.Json.JsonException)
        {
            throw new RiskNotebooksException($"{Path.GetFileName(path)} is not valid JSON.");
        }

        var transport = (string?)json["transport"] ?? "tcp";
        if (transport != "tcp")
        {
            throw new RiskNotebooksException($"transport '{transport}' is not supported: only tcp.");
        }

        var scheme = (string?)json["signature_scheme"] ?? "hmac-sha256";
        if (scheme != "hmac-sha256")
        {
            throw new RiskNotebooksException($"signature_scheme '{scheme}' is not supported: only hmac-sha256.");
        }

        return new ConnectionInfo(
            (string?)json["ip"] ?? throw new RiskNotebooksException("the connection file has no ip."),
            (string?)json["key"] ?? string.Empty,
            Port(json, "shell_port"), Port(json, "control_port"), Port(json, "iopub_port"), Port(json, "stdin_port"), Port(json, "hb_port"));
    }

    private static int Port(JsonObject json, string name)
    {
        try
        {
            return (int?)json[name] ?? throw new RiskNotebooksException($"the connection file has no {name}.");
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException)
        {
            throw new RiskNotebooksException($"{name} in the connection file is not a port number.");
        }
    }

    private static int CheckPort(int port, string name)
        => port is > 0 and <= 65535 ? port : throw new RiskNotebooksException($"{name} in the connection file is not a port number.");
}
