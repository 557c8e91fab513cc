using System.Diagnostics;
using System.Globalization;
using RiskNotebooks.Kernel.Protocol;
using RiskNotebooks.Kernel.Tests.Protocol;

namespace RiskNotebooks.Kernel.Tests.EndToEnd;

/// <summary>
/// The kernel as Jupyter runs it: its kernelspec installed by <c>risknb kernel install</c> into a scratch Jupyter data
/// folder (JUPYTER_DATA_DIR; PYTHONNOUSERSITE=1 keeps ~/.local out), started by jupyter_client, checked by Debian's
/// jupyter_kernel_test. `.ci/run` installs python3-jupyter-kernel-test and sets RISKNB_REQUIRE_JUPYTER=1, so in CI these
/// fail rather than skip when it is missing.
/// </summary>
public sealed class JupyterKernelTests
{
    private const string Python = "/usr/bin/python3";

    [SkippableFact]
    public void The_kernel_passes_jupyter_kernel_test()
    {
        RequireKernelTest();
        var scratch = Directory.CreateTempSubdirectory("risknb-kernel-e2e-").FullName;
        try
        {
            var environment = new Dictionary<string, string>
            {
                ["JUPYTER_DATA_DIR"] = Path.Combine(scratch, "jupyter"),
                ["JUPYTER_RUNTIME_DIR"] = Path.Combine(scratch, "runtime"),
                ["PYTHONNOUSERSITE"] = "1",
                ["PYTHONPATH"] = AppContext.BaseDirectory,
            };
            var (installed, installOutput) = KernelProcess.Run("dotnet", [KernelProcess.Risknb, "kernel", "install", "--user"], TimeSpan.FromMinutes(1), environment);
            Assert.True(installed == 0, installOutput);
            Assert.True(File.Exists(Path.Combine(scratch, "jupyter", "kernels", "risknotebooks", "kernel.json")), installOutput);

            var (exit, output) = KernelProcess.Run(Python, ["-m", "unittest", "-v", "risknb_kernel_test"], TimeSpan.FromMinutes(5), environment);
            Assert.True(exit == 0, output);
            Assert.Contains("OK", output, StringComparison.Ordinal);
            Assert.DoesNotContain("skipped 'test_execute_stdout", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    [SkippableFact]
    public void The_kernel_process_listens_on_no_tcp_port_but_the_five_of_its_connection_file()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "reads /proc");
        var connection = TestClient.FreeConnection();
        var file = Path.GetTempFileName();
        File.WriteAllText(file, $$"""
            {"ip":"127.0.0.1","transport":"tcp","signature_scheme":"hmac-sha256","key":"{{connection.Key}}",
             "shell_port":{{connection.ShellPort}},"control_port":{{connection.ControlPort}},"iopub_port":{{connection.IopubPort}},
             "stdin_port":{{connection.StdinPort}},"hb_port":{{connection.HeartbeatPort}}}
            """);
        using var kernel = Process.Start(KernelProcess.Start("dotnet", [KernelProcess.Risknb, "kernel", "run", file]))!;
        try
        {
            using var client = new TestClient(connection);
            JsonReply(client, connection);

            // Run a cell too, so that Roslyn, the completion service and everything lazily started is up.
            client.Send(false, "execute_request", new() { ["code"] = "1 + 1", ["silent"] = false }, connection.Key);
            Assert.NotNull(client.Reply(false, TimeSpan.FromSeconds(60)));
            client.Send(false, "complete_request", new() { ["code"] = "Console.Wri", ["cursor_pos"] = 11 }, connection.Key);
            Assert.NotNull(client.Reply(false, TimeSpan.FromSeconds(60)));

            var listening = ListeningPorts(kernel.Id);
            Assert.Equal(connection.Ports.Order(), listening.Order());
        }
        finally
        {
            kernel.Kill(entireProcessTree: true);
            File.Delete(file);
        }
    }

    private static void JsonReply(TestClient client, ConnectionInfo connection)
    {
        for (var attempt = 0; attempt < 60; attempt++)
        {
            client.Send(false, "kernel_info_request", [], connection.Key);
            if (client.Reply(false, TimeSpan.FromSeconds(1), kernelInfo: true) is not null)
            {
                return;
            }
        }

        throw new InvalidOperationException("the kernel did not answer kernel_info_request");
    }

    /// <summary>The TCP ports a process listens on: its socket inodes (/proc/PID/fd) matched in /proc/net/tcp and tcp6 (state 0A).</summary>
    private static List<int> ListeningPorts(int pid)
    {
        var inodes = new HashSet<string>();
        foreach (var fd in Directory.EnumerateFiles($"/proc/{pid}/fd"))
        {
            var target = new FileInfo(fd).LinkTarget;
            if (target is not null && target.StartsWith("socket:[", StringComparison.Ordinal))
            {
                inodes.Add(target[8..^1]);
            }
        }

        var ports = new List<int>();
        foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" }.Where(File.Exists))
        {
            foreach (var line in File.ReadLines(table).Skip(1))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length > 9 && fields[3] == "0A" && inodes.Contains(fields[9]))
                {
                    ports.Add(int.Parse(fields[1].Split(':')[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                }
            }
        }

        return ports;
    }

    private static void RequireKernelTest()
    {
        var required = Environment.GetEnvironmentVariable("RISKNB_REQUIRE_JUPYTER") is "1" or "true";
        var present = File.Exists(Python)
                      && KernelProcess.Run(Python, ["-c", "import jupyter_kernel_test, jupyter_client"], TimeSpan.FromSeconds(30)).ExitCode == 0;
        if (!present)
        {
            const string message = "the Jupyter kernel test needs Debian's python3-jupyter-kernel-test (and jupyter-client) for /usr/bin/python3; .ci/run installs them.";
            Assert.False(required, message);
            Skip.If(true, message);
        }
    }
}
