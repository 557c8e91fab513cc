using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RiskNotebooks.Data;

namespace RiskNotebooks.Cli.Kernel;

/// <summary>Writes the Jupyter kernelspec <c>risknotebooks</c> (kernel.json) that starts this risknb as the kernel.</summary>
internal sealed class KernelSpecInstaller(TextWriter output)
{
    internal const string Name = "risknotebooks";
    internal const string DisplayName = "C# (RiskNotebooks)";

    internal int Install(bool user, string? prefix, bool dryRun)
    {
        if (user && prefix is not null)
        {
            throw new InvalidOptionException("--prefix", "give either --user or --prefix, not both.");
        }

        var folder = Path.Combine(prefix is not null ? Path.Combine(Path.GetFullPath(prefix), "share", "jupyter") : UserDataFolder(), "kernels", Name);
        var json = KernelJson().ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
        if (dryRun)
        {
            output.WriteLine($"Would write {Path.Combine(folder, "kernel.json")}:");
            output.Write(json);
            return ExitCodes.Ok;
        }

        Directory.CreateDirectory(folder);
        AtomicFile.Write(Path.Combine(folder, "kernel.json"), stream => stream.Write(Encoding.UTF8.GetBytes(json)), prefix is null ? "--user" : "--prefix");
        output.WriteLine($"Installed the Jupyter kernel '{DisplayName}' ({Name}) in {folder}.");
        return ExitCodes.Ok;
    }

    /// <summary>The kernelspec: how Jupyter starts the kernel, with interrupts as control messages and telemetry off.</summary>
    internal static JsonObject KernelJson()
    {
        var argv = new JsonArray();
        foreach (var part in Command())
        {
            argv.Add(part);
        }

        foreach (var part in new[] { "kernel", "run", "{connection_file}" })
        {
            argv.Add(part);
        }

        return new JsonObject
        {
            ["argv"] = argv,
            ["display_name"] = DisplayName,
            ["language"] = "C#",
            ["interrupt_mode"] = "message",
            // A kernel lives long: it gives freed memory back to the system (the command line keeps it, see risknb's project file).
            ["env"] = new JsonObject { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1", ["DOTNET_GCRetainVM"] = "0" },
            ["metadata"] = new JsonObject { ["debugger"] = false },
        };
    }

    /// <summary>This risknb: its own executable (apphost or .NET tool shim), or <c>dotnet risknb.dll</c>.</summary>
    private static IEnumerable<string> Command()
    {
        var process = Environment.ProcessPath;
        if (process is not null && Path.GetFileNameWithoutExtension(process).Equals("risknb", StringComparison.OrdinalIgnoreCase))
        {
            return [process];
        }

        var dotnet = process is not null && Path.GetFileNameWithoutExtension(process).Equals("dotnet", StringComparison.OrdinalIgnoreCase) ? process : "dotnet";
        return [dotnet, typeof(KernelSpecInstaller).Assembly.Location];
    }

    /// <summary>Jupyter's user data folder: JUPYTER_DATA_DIR, else the platform's default.</summary>
    private static string UserDataFolder()
    {
        if (Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR") is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows())
        {
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "jupyter");
        }

        if (OperatingSystem.IsMacOS())
        {
            return Path.Combine(home, "Library", "Jupyter");
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        return Path.Combine(string.IsNullOrEmpty(xdg) ? Path.Combine(home, ".local", "share") : xdg, "jupyter");
    }
}
