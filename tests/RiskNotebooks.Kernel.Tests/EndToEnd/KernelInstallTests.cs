using System.Text.Json.Nodes;

namespace RiskNotebooks.Kernel.Tests.EndToEnd;

public sealed class KernelInstallTests : IDisposable
{
    private readonly string prefix = Directory.CreateTempSubdirectory("risknb-kernelspec-").FullName;

    public void Dispose() => Directory.Delete(prefix, recursive: true);

    [Fact]
    public void Install_with_a_prefix_writes_the_risknotebooks_kernelspec_that_runs_this_risknb()
    {
        var (exit, output) = KernelProcess.Run("dotnet", [KernelProcess.Risknb, "kernel", "install", "--prefix", prefix], TimeSpan.FromMinutes(1));
        Assert.True(exit == 0, output);
        var spec = JsonNode.Parse(File.ReadAllText(Path.Combine(prefix, "share", "jupyter", "kernels", "risknotebooks", "kernel.json")))!;
        Assert.Equal("C# (RiskNotebooks)", (string?)spec["display_name"]);
        Assert.Equal("C#", (string?)spec["language"]);
        Assert.Equal("message", (string?)spec["interrupt_mode"]);
        Assert.Equal("1", (string?)spec["env"]!["DOTNET_CLI_TELEMETRY_OPTOUT"]);
        var argv = spec["argv"]!.AsArray().Select(a => (string)a!).ToList();
        Assert.Equal(["kernel", "run", "{connection_file}"], argv[^3..]);
        Assert.Equal(KernelProcess.Risknb, argv[^4]);
    }

    [Fact]
    public void Dry_run_prints_the_kernelspec_and_writes_nothing()
    {
        var (exit, output) = KernelProcess.Run("dotnet", [KernelProcess.Risknb, "kernel", "install", "--prefix", prefix, "--dry-run"], TimeSpan.FromMinutes(1));
        Assert.True(exit == 0, output);
        Assert.Contains("\"display_name\": \"C# (RiskNotebooks)\"", output, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(prefix));
    }

    [Fact]
    public void User_and_prefix_together_are_refused_naming_the_option()
    {
        var (exit, output) = KernelProcess.Run("dotnet", [KernelProcess.Risknb, "kernel", "install", "--user", "--prefix", prefix], TimeSpan.FromMinutes(1));
        Assert.Equal(2, exit);
        Assert.Contains("--prefix", output, StringComparison.Ordinal);
    }
}
