using System.Text.Json.Nodes;
using RiskNotebooks.Kernel.Protocol;

namespace RiskNotebooks.Kernel.Tests.Protocol;

/// <summary>The kernel in-process, over real ZeroMQ sockets on loopback.</summary>
public sealed class KernelProtocolTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly ConnectionInfo connection = TestClient.FreeConnection();
    private readonly StringWriter log = new();
    private readonly CancellationTokenSource stop = new();
    private Task<int>? running;
    private TestClient? client;

    public async Task InitializeAsync()
    {
        running = new JupyterKernel(connection, log: TextWriter.Synchronized(log)).RunAsync(stop.Token);
        client = new TestClient(connection);
        // The first kernel_info_request may be lost while the sockets connect: retry until answered.
        for (var attempt = 0; attempt < 20; attempt++)
        {
            client.Send(false, "kernel_info_request", [], connection.Key);
            if (client.Reply(false, TimeSpan.FromMilliseconds(500), kernelInfo: true) is not null)
            {
                return;
            }
        }

        await Task.CompletedTask;
        throw new InvalidOperationException("the kernel did not answer kernel_info_request");
    }

    public async Task DisposeAsync()
    {
        client?.Dispose();
        await stop.CancelAsync();
        if (running is not null)
        {
            await running.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }

    [Fact]
    public void Kernel_info_reply_says_protocol_5_3_and_csharp_and_is_followed_by_busy_and_idle()
    {
        client!.Published(TimeSpan.FromMilliseconds(200));
        var id = client.Send(false, "kernel_info_request", [], connection.Key);
        var reply = client.Reply(false, Wait, kernelInfo: true)!;
        while ((string?)reply["parent_header"]!["msg_id"] != id)
        {
            reply = client.Reply(false, Wait, kernelInfo: true)!;
        }

        Assert.Equal("kernel_info_reply", (string?)reply["header"]!["msg_type"]);
        Assert.Equal(id, (string?)reply["parent_header"]!["msg_id"]);
        Assert.Equal("5.3", (string?)reply["content"]!["protocol_version"]);
        Assert.Equal("C#", (string?)reply["content"]!["language_info"]!["name"]);
        var states = client.Published(TimeSpan.FromMilliseconds(500)).Where(m => (string?)m["parent_header"]!["msg_id"] == id).Select(m => (string?)m["content"]!["execution_state"]).ToList();
        Assert.Equal(["busy", "idle"], states);
    }

    [Theory]
    [InlineData("wrong key")]
    [InlineData(null)]
    public void An_execute_request_with_a_wrong_or_missing_signature_is_dropped_not_executed(string? forgedKey)
    {
        var marker = Path.Combine(Path.GetTempPath(), "risknb-forged-" + Guid.NewGuid().ToString("N"));
        var code = $"System.IO.File.WriteAllText(@\"{marker}\", \"ran\");";
        client!.Send(false, "execute_request", Execute(code), forgedKey ?? null);
        Assert.Null(client.Reply(false, TimeSpan.FromSeconds(2)));
        Assert.False(File.Exists(marker), "the forged request was executed");
        Assert.Contains(forgedKey is null ? "unsigned message" : "wrong signature", log.ToString(), StringComparison.Ordinal);

        // The same request signed with the session key runs.
        client.Send(false, "execute_request", Execute(code), connection.Key);
        var reply = client.Reply(false, Wait)!;
        Assert.Equal("ok", (string?)reply["content"]!["status"]);
        Assert.True(File.Exists(marker));
        File.Delete(marker);
    }

    [Fact]
    public void A_forged_shutdown_on_control_is_ignored()
    {
        client!.Send(true, "shutdown_request", new JsonObject { ["restart"] = false }, "not the key");
        Assert.Null(client.Reply(true, TimeSpan.FromSeconds(1)));
        client.Send(false, "kernel_info_request", [], connection.Key);
        Assert.NotNull(client.Reply(false, Wait, kernelInfo: true));
        Assert.False(running!.IsCompleted);
    }

    [Fact]
    public void Execute_publishes_input_stream_and_result_and_replies_with_the_execution_count()
    {
        client!.Published(TimeSpan.FromMilliseconds(200));
        var id = client.Send(false, "execute_request", Execute("Console.WriteLine(\"hi\"); 6 * 7"), connection.Key);
        var reply = client.Reply(false, Wait)!;
        Assert.Equal("ok", (string?)reply["content"]!["status"]);
        var published = client.Published(TimeSpan.FromMilliseconds(500)).Where(m => (string?)m["parent_header"]!["msg_id"] == id).ToList();
        var types = published.Select(m => (string?)m["header"]!["msg_type"]).ToList();
        Assert.Equal(["status", "execute_input", "stream", "execute_result", "status"], types);
        Assert.Equal("hi\n", (string?)published[2]["content"]!["text"]);
        Assert.Equal("42", (string?)published[3]["content"]!["data"]!["text/plain"]);
        Assert.Equal((int)reply["content"]!["execution_count"]!, (int)published[3]["content"]!["execution_count"]!);
    }

    [Fact]
    public void An_interrupt_on_control_stops_a_running_cell()
    {
        client!.Send(false, "execute_request", Execute("while (true) { }"), connection.Key);
        Thread.Sleep(1000);
        client.Send(true, "interrupt_request", [], connection.Key);
        Assert.Equal("ok", (string?)client.Reply(true, Wait)!["content"]!["status"]);
        var reply = client.Reply(false, Wait)!;
        Assert.Equal("error", (string?)reply["content"]!["status"]);
        Assert.Equal("OperationCanceledException", (string?)reply["content"]!["ename"]);
    }

    [Fact]
    public async Task Shutdown_replies_and_stops_the_kernel()
    {
        client!.Send(true, "shutdown_request", new JsonObject { ["restart"] = true }, connection.Key);
        var reply = client.Reply(true, Wait)!;
        Assert.True((bool)reply["content"]!["restart"]!);
        Assert.Equal(0, await running!.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    private static JsonObject Execute(string code) => new()
    {
        ["code"] = code, ["silent"] = false, ["store_history"] = true, ["user_expressions"] = new JsonObject(), ["allow_stdin"] = false, ["stop_on_error"] = true,
    };
}
