using System.ComponentModel;
using System.Diagnostics;

namespace RiskNotebooks.Cli.Notebooks;

/// <summary>Runs a program the setup needs (dotnet, jupyter) and returns what it printed.</summary>
internal static class ExternalProgram
{
    /// <summary>The dotnet executable that runs this process, else <c>dotnet</c> on the PATH.</summary>
    internal static string Dotnet
        => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>Runs a program to its end.</summary>
    /// <returns>Its exit code and standard output, and its error output.</returns>
    /// <exception cref="FileNotFoundException">The program is not installed.</exception>
    internal static (int ExitCode, string Output, string Error) Run(string program, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (Win32Exception)
        {
            throw new FileNotFoundException($"'{program}' is not installed or not on the PATH.", program);
        }

        using (process ?? throw new FileNotFoundException($"'{program}' did not start.", program))
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, output.Result, error.Result);
        }
    }

    /// <summary>Whether a program is on the PATH.</summary>
    internal static bool OnPath(string program)
        => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, program)));
}
