using System.Text.Json.Nodes;

namespace RiskNotebooks.Cli.Notebooks;

/// <summary>
/// What <c>risknb notebooks setup</c> changes in the <c>.net-csharp</c> kernelspec (its <c>kernel.json</c>): the kernel's
/// HTTP API on loopback only, the kernel's telemetry off, and the language VS Code maps to C#.
/// </summary>
/// <remarks>
/// dotnet-interactive 1.0.712001 always starts an unauthenticated HTTP API in Jupyter mode that serves the value of any
/// C# variable (<c>GET /variables/csharp/NAME</c>), on every interface unless its argv has <c>--http-local-only</c>; it
/// sends usage data unless <c>DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT=1</c> is in its environment. A kernelspec's
/// <c>env</c> is added to the kernel's environment by every Jupyter client, so the opt-out no longer depends on the shell
/// that started Jupyter or VS Code. Applying the hardening twice changes nothing the second time.
/// </remarks>
internal static class KernelSpecHardening
{
    /// <summary>The kernel's option that binds its HTTP API to loopback only.</summary>
    internal const string LocalOnly = "--http-local-only";

    /// <summary>The environment the kernel must run with.</summary>
    internal static readonly IReadOnlyList<KeyValuePair<string, string>> Environment =
    [
        new("DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT", "1"),
        new("DOTNET_CLI_TELEMETRY_OPTOUT", "1"),
        new("DOTNET_NOLOGO", "1"),
    ];

    /// <summary>Hardens a kernelspec in place and says what changed (nothing when it was already hardened).</summary>
    /// <param name="spec">The parsed <c>kernel.json</c>.</param>
    /// <param name="file">The file's name, for errors.</param>
    /// <returns>One line per change, in the words the setup prints.</returns>
    internal static IReadOnlyList<string> Apply(JsonObject spec, string file)
    {
        var changes = new List<string>();
        if (spec["argv"] is not JsonArray argv || argv.Count == 0 || argv.Any(a => a is not JsonValue v || !v.TryGetValue<string>(out _)))
        {
            throw InputFormatException.OfFile(file, "'argv' must be a list of strings; reinstall the kernel with 'dotnet interactive jupyter install'.");
        }

        if (!argv.Any(a => (string?)a == LocalOnly))
        {
            argv.Add(LocalOnly);
            changes.Add($"argv: added {LocalOnly} (the kernel's HTTP API listens on loopback only)");
        }

        if (spec["env"] is not JsonObject env)
        {
            if (spec["env"] is not null)
            {
                throw InputFormatException.OfFile(file, "'env' must be an object of names and values.");
            }

            env = [];
            spec["env"] = env;
        }

        foreach (var (name, value) in Environment)
        {
            if (env[name] is JsonValue current && current.TryGetValue<string>(out var text) && text == value)
            {
                continue;
            }

            env[name] = value;
            changes.Add($"env: {name}={value}");
        }

        if ((string?)spec["language"] != "C#")
        {
            spec["language"] = "C#";
            changes.Add("language: C# (VS Code highlights and completes it as C#)");
        }

        return changes;
    }
}
