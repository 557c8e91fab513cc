using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace RiskNotebooks.Interactive.Tests.EndToEnd;

/// <summary>
/// Executes the notebooks under notebooks/ in a real Jupyter client (nbconvert) with the dotnet-interactive kernel and
/// the RiskNotebooks package from a local folder feed, as a user would. `.ci/run` installs Jupyter and the kernel and sets
/// RISKNB_REQUIRE_JUPYTER=1, so in CI this test fails rather than skips when they are missing.
/// </summary>
[Collection("kernel")]
public sealed partial class JupyterNotebookTests
{
    private static readonly string Repository = FindRepository();

    [SkippableTheory]
    [InlineData("01-health-registry.ipynb")]
    [InlineData("02-weakest-link.ipynb")]
    [InlineData("05-interviews-and-journals.ipynb")]
    [InlineData("06-mobile-location.ipynb")]
    public void Notebook_runs_in_jupyter_with_offline_charts_and_no_errors(string notebook)
    {
        RequireJupyter();
        var work = Directory.CreateTempSubdirectory("risknb-e2e-").FullName;
        try
        {
            // A unique feed folder and version: the kernel's NuGet resolver caches by feed path and by version.
            var version = $"0.1.0-e2e{DateTime.UtcNow:yyyyMMddHHmmss}";
            var feed = Path.Combine(work, "feed");
            Run("dotnet", ["pack", Path.Combine(Repository, "src", "RiskNotebooks.Interactive"), "-c", "Release", "-o", feed, $"-p:Version={version}", "--nologo", "-v", "quiet"], Repository, TimeSpan.FromMinutes(5));

            var source = File.ReadAllText(Path.Combine(Repository, "notebooks", notebook));
            var text = source
                .Replace("#i \\\"nuget: ../artifacts/packages\\\"", $"#i \\\"nuget: {feed}\\\"", StringComparison.Ordinal)
                .Replace("#r \\\"nuget: RiskNotebooks\\\"", $"#r \\\"nuget: RiskNotebooks, {version}\\\"", StringComparison.Ordinal)
                .Replace("../datasets/", Path.Combine(Repository, "datasets") + "/", StringComparison.Ordinal);
            Assert.NotEqual(source, text);
            var input = Path.Combine(work, notebook);
            File.WriteAllText(input, text);

            Run("jupyter", ["nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.timeout=600", input, "--output", "executed.ipynb"], work, TimeSpan.FromMinutes(15));
            var executed = JsonNode.Parse(File.ReadAllText(Path.Combine(work, "executed.ipynb")))!;
            var outputs = executed["cells"]!.AsArray()
                .Where(c => (string?)c!["cell_type"] == "code")
                .SelectMany(c => c!["outputs"]!.AsArray().Select(o => o!))
                .ToList();

            var errors = outputs.Where(o => (string?)o["output_type"] == "error").Select(o => $"{o["ename"]}: {o["evalue"]}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));

            var html = outputs.Select(o => o["data"]?["text/html"]).Where(h => h is not null).Select(Text).ToList();
            var kernelBootstrap = html.Where(IsKernelBootstrap).ToList();
            Assert.True(kernelBootstrap.Count <= 1, "the kernel's own bootstrap appears more than once");
            foreach (var h in html.Except(kernelBootstrap))
            {
                Assert.False(RemoteScript().IsMatch(h), "an output loads a script from the network: " + RemoteScript().Match(h).Value);
            }

            var all = string.Join("\n", html);
            Assert.Contains("RiskNotebooks loaded", all);
            Assert.Contains("window.Plotly=Plotly", all);         // plotly.js inlined ...
            Assert.Single(html, h => h.Contains("window.Plotly=Plotly", StringComparison.Ordinal)); // ... once
            Assert.Contains("Plotly.newPlot", all);               // heatmaps drawn with it
            var stdout = string.Concat(outputs.Where(o => (string?)o["output_type"] == "stream" && (string?)o["name"] == "stdout").Select(o => Text(o["text"])));
            var (expectedHtml, expectedStdout) = Expected(notebook);
            foreach (var expected in expectedHtml)
            {
                Assert.Contains(expected, all);
            }

            foreach (var expected in expectedStdout)
            {
                Assert.Contains(expected, stdout);                // the C# cells ran the engine directly
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>What each notebook's outputs must show besides the common checks.</summary>
    private static (string[] Html, string[] Stdout) Expected(string notebook) => notebook switch
    {
        "01-health-registry.ipynb" =>
        (
            ["risknb-table", "Re-identification risk", "each pair of quasi-identifiers", "subsets by size and distinction", "equivalence-class size", "Saved the re-identification report"],
            ["without sex"]
        ),
        "02-weakest-link.ipynb" =>
        (
            ["Assessment: Demo registry", "Weakest link overall", "public release", "Risk matrix: harm"],
            ["secure enclave"]
        ),
        "05-interviews-and-journals.ipynb" =>
        (
            ["Personal data in text", "200 documents (100 Swedish, 100 English)", "Personal data per document and category"],
            ["personnummer [", "Identified", "quasi-identifiers left:", "documents redacted", "[PERSONNUMMER-"]
        ),
        "06-mobile-location.ipynb" =>
        (
            ["Location risk: traces_100.csv", "Unicity by number of points", "Unicity with 4 points by resolution", "Where the risk is", "Location risk: traces_tiny50.csv"],
            ["unicity at 4 points"]
        ),
        _ => throw new ArgumentOutOfRangeException(nameof(notebook), notebook, "no expectations for this notebook"),
    };

    /// <summary>
    /// dotnet-interactive's Jupyter mode always sends one bootstrap of its own HTTP API (it cannot be switched off; see
    /// the README): the first output, a div with id dotnet-interactive-this-cell-..., that loads require.js from cdnjs.
    /// It is recognised exactly and is the only output allowed to reference a network script.
    /// </summary>
    private static bool IsKernelBootstrap(string html)
        => html.Contains("dotnet-interactive-this-cell-", StringComparison.Ordinal)
           && html.Contains("require_script.setAttribute('src', 'https://cdnjs.cloudflare.com/ajax/libs/require.js/2.3.6/require.min.js')", StringComparison.Ordinal)
           && !html.Contains("risknb", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"<script[^>]*\bsrc\s*=\s*[""']?\s*(https?:)?//|setAttribute\(\s*[""']src[""']\s*,\s*[""']\s*(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex RemoteScript();

    private static string Text(JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        null => string.Empty,
        _ => (string?)node ?? string.Empty,
    };

    private static void RequireJupyter()
    {
        var required = Environment.GetEnvironmentVariable("RISKNB_REQUIRE_JUPYTER") is "1" or "true";
        var missing = new List<string>();
        if (!OnPath("jupyter"))
        {
            missing.Add("jupyter (Debian: jupyter-nbconvert python3-nbclient jupyter-client)");
        }
        else if (!KernelInstalled())
        {
            missing.Add("the .net-csharp kernel (dotnet tool install -g Microsoft.dotnet-interactive --version 1.0.712001; dotnet interactive jupyter install)");
        }

        if (missing.Count > 0)
        {
            var message = "Jupyter end-to-end test needs " + string.Join(" and ", missing) + "; .ci/run installs them.";
            Assert.False(required, message);
            Skip.If(true, message);
        }
    }

    private static bool KernelInstalled()
    {
        try
        {
            return Run("jupyter", ["kernelspec", "list"], Repository, TimeSpan.FromMinutes(1)).Contains(".net-csharp", StringComparison.Ordinal);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool OnPath(string program)
        => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Any(d => File.Exists(Path.Combine(d, program)));

    private static string Run(string program, string[] arguments, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        var tools = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools");
        start.Environment["PATH"] = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty) + ":" + tools;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} timed out after {timeout}.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{output.Result}\n{error.Result}");
        }

        return output.Result;
    }

    private static string FindRepository()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RiskNotebooks.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("RiskNotebooks.sln not found above the test folder.");
    }
}
