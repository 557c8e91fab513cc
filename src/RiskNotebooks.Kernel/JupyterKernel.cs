using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using NetMQ;
using NetMQ.Sockets;
using RiskNotebooks.Kernel.Execution;
using RiskNotebooks.Kernel.Magic;
using RiskNotebooks.Kernel.Protocol;

namespace RiskNotebooks.Kernel;

/// <summary>
/// The Jupyter kernel: messaging protocol 5.3 over ZeroMQ (shell, control, IOPub, stdin, heartbeat), bound only to the
/// address and ports of the connection file. Every incoming message must carry a valid HMAC-SHA256 signature; others are
/// dropped and logged, never acted on. No HTTP, no telemetry, no other socket.
/// </summary>
/// <remarks>
/// Shell requests run one at a time, in order; control requests (interrupt, shutdown) are answered while a cell runs.
/// One socket thread owns all sockets; replies and IOPub messages reach it through a queue.
/// </remarks>
public sealed class JupyterKernel
{
    private readonly ConnectionInfo connection;
    private readonly MessageSigner signer;
    private readonly TextWriter log;
    private readonly string session = Guid.NewGuid().ToString("N");
    private readonly NetMQQueue<(SocketKind Socket, NetMQMessage Frames)> outgoing = new();
    private readonly Channel<JupyterMessage> shellRequests = Channel.CreateUnbounded<JupyterMessage>(new() { SingleReader = true });
    private readonly Channel<JupyterMessage> controlRequests = Channel.CreateUnbounded<JupyterMessage>(new() { SingleReader = true });
    private readonly TaskCompletionSource stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock inputLock = new();
    private TaskCompletionSource<string>? pendingInput;
    private NetMQPoller? poller;
    private int executionCount;

    /// <summary>Creates a kernel (nothing is bound until <see cref="RunAsync(CancellationToken)"/>).</summary>
    /// <param name="connection">The connection file's contents.</param>
    /// <param name="magics">The magic commands (default: none).</param>
    /// <param name="log">Where the kernel logs (standard error); never message contents.</param>
    /// <param name="workingDirectory">The notebook's folder (default: the current folder).</param>
    public JupyterKernel(ConnectionInfo connection, IMagicCommands? magics = null, TextWriter? log = null, string? workingDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        this.connection = connection;
        signer = new MessageSigner(connection.Key);
        this.log = log ?? TextWriter.Null;
        Engine = new ExecutionEngine(magics, workingDirectory);
    }

    /// <summary>The engine that runs the cells.</summary>
    public ExecutionEngine Engine { get; }

    /// <summary>Reads a connection file and serves it until a shutdown_request (or <paramref name="cancellationToken"/>).</summary>
    /// <param name="connectionFile">The connection file Jupyter wrote.</param>
    /// <param name="magics">The magic commands.</param>
    /// <param name="log">Standard error.</param>
    /// <param name="cancellationToken">Stops the kernel.</param>
    /// <returns>0.</returns>
    public static Task<int> RunAsync(string connectionFile, IMagicCommands? magics, TextWriter log, CancellationToken cancellationToken = default)
        => new JupyterKernel(ConnectionInfo.Load(connectionFile), magics, log).RunAsync(cancellationToken);

    /// <summary>Binds the sockets and serves until a shutdown_request (or <paramref name="cancellationToken"/>).</summary>
    /// <param name="cancellationToken">Stops the kernel.</param>
    /// <returns>0.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var bound = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sockets = new Thread(() => Serve(bound)) { IsBackground = true, Name = "jupyter-sockets" };
        sockets.Start();
        await bound.Task.ConfigureAwait(false);
        Publish("status", new JsonObject { ["execution_state"] = "starting" }, null);
        _ = Task.Run(Engine.WarmUpAsync, CancellationToken.None);
        var shell = Task.Run(() => ProcessAsync(shellRequests.Reader), CancellationToken.None);
        var control = Task.Run(() => ProcessAsync(controlRequests.Reader), CancellationToken.None);
        using (cancellationToken.Register(() => stopped.TrySetResult()))
        {
            await stopped.Task.ConfigureAwait(false);
        }

        shellRequests.Writer.TryComplete();
        controlRequests.Writer.TryComplete();
        Engine.Interrupt();
        CancelInput();
        await Task.Delay(100, CancellationToken.None).ConfigureAwait(false); // let the last replies reach the socket thread
        poller?.Stop();
        sockets.Join(TimeSpan.FromSeconds(5));
        return 0;
    }

    /// <summary>Sends a message on IOPub.</summary>
    internal void Publish(string messageType, JsonObject content, JupyterMessage? parent)
        => Send(SocketKind.Iopub, JupyterMessage.Create(messageType, content, parent, session, [Encoding.UTF8.GetBytes(messageType)]));

    /// <summary>Asks the front end for a line (input_request on stdin) and waits for the input_reply.</summary>
    internal string? RequestInput(JupyterMessage request, string prompt, bool password)
    {
        var wait = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (inputLock)
        {
            pendingInput?.TrySetCanceled();
            pendingInput = wait;
        }

        Send(SocketKind.Stdin, JupyterMessage.Create("input_request", new JsonObject { ["prompt"] = prompt, ["password"] = password }, request, session, request.Identities));
        try
        {
            return wait.Task.GetAwaiter().GetResult();
        }
        catch (TaskCanceledException)
        {
            throw new OperationCanceledException("input was interrupted.");
        }
    }

    private void CancelInput()
    {
        lock (inputLock)
        {
            pendingInput?.TrySetCanceled();
            pendingInput = null;
        }
    }

    private void Send(SocketKind socket, JupyterMessage message) => outgoing.Enqueue((socket, WireFormat.Encode(message, signer)));

    private void Reply(JupyterMessage request, SocketKind socket, JsonObject content)
        => Send(socket, JupyterMessage.Create(request.MessageType.Replace("_request", "_reply", StringComparison.Ordinal), content, request, session, request.Identities));

    /// <summary>The socket thread: binds, then moves frames between the sockets and the queues.</summary>
    private void Serve(TaskCompletionSource bound)
    {
        using var shell = new RouterSocket();
        using var control = new RouterSocket();
        using var iopub = new PublisherSocket();
        using var stdin = new RouterSocket();
        using var heartbeat = new ResponseSocket();
        NetMQSocket Socket(SocketKind kind) => kind switch
        {
            SocketKind.Shell => shell,
            SocketKind.Control => control,
            SocketKind.Iopub => iopub,
            SocketKind.Stdin => stdin,
            _ => heartbeat,
        };

        try
        {
            foreach (var (socket, port) in new (NetMQSocket, int)[] { (shell, connection.ShellPort), (control, connection.ControlPort), (iopub, connection.IopubPort), (stdin, connection.StdinPort), (heartbeat, connection.HeartbeatPort) })
            {
                socket.Options.Linger = TimeSpan.FromSeconds(1);
                socket.Bind(connection.Endpoint(port));
            }
        }
        catch (Exception e)
        {
            bound.TrySetException(new RiskNotebooksException($"could not bind to the ports of the connection file ({e.GetType().Name}: {e.Message}).", e));
            return;
        }

        shell.ReceiveReady += (_, e) => Receive(SocketKind.Shell, e.Socket);
        control.ReceiveReady += (_, e) => Receive(SocketKind.Control, e.Socket);
        stdin.ReceiveReady += (_, e) => Receive(SocketKind.Stdin, e.Socket);
        heartbeat.ReceiveReady += (_, e) => e.Socket.SendMultipartMessage(e.Socket.ReceiveMultipartMessage());
        outgoing.ReceiveReady += (_, e) =>
        {
            while (e.Queue.TryDequeue(out var item, TimeSpan.Zero))
            {
                Socket(item.Socket).SendMultipartMessage(item.Frames);
            }
        };
        using var loop = new NetMQPoller { shell, control, stdin, heartbeat, outgoing };
        poller = loop;
        bound.TrySetResult();
        loop.Run();
        while (outgoing.TryDequeue(out var item, TimeSpan.Zero))
        {
            Socket(item.Socket).SendMultipartMessage(item.Frames);
        }
    }

    private void Receive(SocketKind socket, NetMQSocket source)
    {
        var frames = source.ReceiveMultipartMessage();
        var message = WireFormat.Parse(frames, signer, out var problem);
        if (message is null)
        {
            log.WriteLine($"risknb kernel: dropped a message on {socket.ToString().ToLowerInvariant()}: {problem}.");
            return;
        }

        switch (socket)
        {
            case SocketKind.Shell:
                shellRequests.Writer.TryWrite(message);
                break;
            case SocketKind.Control:
                controlRequests.Writer.TryWrite(message);
                break;
            case SocketKind.Stdin when message.MessageType == "input_reply":
                lock (inputLock)
                {
                    pendingInput?.TrySetResult((string?)message.Content["value"] ?? string.Empty);
                    pendingInput = null;
                }

                break;
        }
    }

    private async Task ProcessAsync(ChannelReader<JupyterMessage> requests)
    {
        await foreach (var request in requests.ReadAllAsync().ConfigureAwait(false))
        {
            var socket = ReferenceEquals(requests, controlRequests.Reader) ? SocketKind.Control : SocketKind.Shell;
            Publish("status", new JsonObject { ["execution_state"] = "busy" }, request);
            try
            {
                await HandleAsync(request, socket).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                log.WriteLine($"risknb kernel: {request.MessageType} failed ({e.GetType().Name}).");
            }
            finally
            {
                Publish("status", new JsonObject { ["execution_state"] = "idle" }, request);
            }
        }
    }

    private async Task HandleAsync(JupyterMessage request, SocketKind socket)
    {
        var content = request.Content;
        switch (request.MessageType)
        {
            case "kernel_info_request":
                Reply(request, socket, KernelInfo());
                break;
            case "execute_request":
                await ExecuteAsync(request, socket).ConfigureAwait(false);
                break;
            case "is_complete_request":
                var (status, indent) = CodeCompleteness.Check((string?)content["code"] ?? string.Empty);
                var isComplete = new JsonObject { ["status"] = status };
                if (status == "incomplete")
                {
                    isComplete["indent"] = indent;
                }

                Reply(request, socket, isComplete);
                break;
            case "complete_request":
                var code = (string?)content["code"] ?? string.Empty;
                var (matches, start, end) = await Engine.CompleteAsync(code, (int?)content["cursor_pos"] ?? 0).ConfigureAwait(false);
                Reply(request, socket, new JsonObject
                {
                    ["status"] = "ok",
                    ["matches"] = new JsonArray(matches.Select(m => (JsonNode)JsonValue.Create(m)).ToArray()),
                    ["cursor_start"] = start,
                    ["cursor_end"] = end,
                    ["metadata"] = new JsonObject(),
                });
                break;
            case "inspect_request":
                var text = await Engine.InspectAsync((string?)content["code"] ?? string.Empty, (int?)content["cursor_pos"] ?? 0).ConfigureAwait(false);
                Reply(request, socket, new JsonObject
                {
                    ["status"] = "ok",
                    ["found"] = text is not null,
                    ["data"] = text is null ? new JsonObject() : new JsonObject { ["text/plain"] = text },
                    ["metadata"] = new JsonObject(),
                });
                break;
            case "history_request":
                Reply(request, socket, new JsonObject { ["status"] = "ok", ["history"] = new JsonArray() });
                break;
            case "comm_info_request":
                Reply(request, socket, new JsonObject { ["status"] = "ok", ["comms"] = new JsonObject() });
                break;
            case "comm_open":
                // No comm targets: close it, as the protocol asks of a kernel that does not know the target.
                Publish("comm_close", new JsonObject { ["comm_id"] = content["comm_id"]?.DeepClone(), ["data"] = new JsonObject() }, request);
                break;
            case "interrupt_request":
                Engine.Interrupt();
                CancelInput();
                Reply(request, socket, new JsonObject { ["status"] = "ok" });
                break;
            case "shutdown_request":
                var restart = (bool?)content["restart"] ?? false;
                Reply(request, socket, new JsonObject { ["status"] = "ok", ["restart"] = restart });
                stopped.TrySetResult();
                break;
            default:
                log.WriteLine($"risknb kernel: ignored {request.MessageType} (not supported).");
                break;
        }
    }

    private async Task ExecuteAsync(JupyterMessage request, SocketKind socket)
    {
        var content = request.Content;
        var code = (string?)content["code"] ?? string.Empty;
        var silent = (bool?)content["silent"] ?? false;
        var storeHistory = !silent && ((bool?)content["store_history"] ?? true);
        var allowStdin = (bool?)content["allow_stdin"] ?? false;
        if (storeHistory)
        {
            executionCount++;
        }

        var count = executionCount;
        if (!silent)
        {
            Publish("execute_input", new JsonObject { ["code"] = code, ["execution_count"] = count }, request);
        }

        var result = await Engine.ExecuteAsync(code, new KernelOutput(this, request, silent, allowStdin)).ConfigureAwait(false);
        if (result.Error is { } error)
        {
            var traceback = new JsonArray(error.Traceback.Select(l => (JsonNode)JsonValue.Create(l)).ToArray());
            if (!silent)
            {
                Publish("error", new JsonObject { ["ename"] = error.Name, ["evalue"] = error.Value, ["traceback"] = traceback.DeepClone() }, request);
            }

            Reply(request, socket, new JsonObject
            {
                ["status"] = "error",
                ["execution_count"] = count,
                ["ename"] = error.Name,
                ["evalue"] = error.Value,
                ["traceback"] = traceback,
            });
            return;
        }

        if (result.Value is { } value && !silent)
        {
            Publish("execute_result", new JsonObject { ["execution_count"] = count, ["data"] = KernelOutput.Data(value), ["metadata"] = new JsonObject() }, request);
        }

        Reply(request, socket, new JsonObject
        {
            ["status"] = "ok",
            ["execution_count"] = count,
            ["user_expressions"] = new JsonObject(),
            ["payload"] = new JsonArray(),
        });
    }

    private static JsonObject KernelInfo() => new()
    {
        ["status"] = "ok",
        ["protocol_version"] = JupyterMessage.ProtocolVersion,
        ["implementation"] = "risknotebooks",
        ["implementation_version"] = typeof(JupyterKernel).Assembly.GetName().Version?.ToString(3) ?? "0.1.0",
        ["language_info"] = new JsonObject
        {
            ["name"] = "C#",
            ["version"] = "14.0",
            ["mimetype"] = "text/x-csharp",
            ["file_extension"] = ".cs",
            ["pygments_lexer"] = "csharp",
            ["codemirror_mode"] = "text/x-csharp",
        },
        ["banner"] = "C# (RiskNotebooks): Roslyn scripting with RiskNotebooks preloaded; signed messages only, no network.",
        ["help_links"] = new JsonArray(),
    };
}
