using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace RiskNotebooks.Interactive.Tests.EndToEnd;

/// <summary>
/// Runs the notebooks under notebooks/ exactly as committed, in a real Jupyter client (nbconvert) with the
/// dotnet-interactive kernel, after the setup command of docs/commands/notebooks.md, as a user would: from the
/// repository root, offline where the machine allows a network namespace (only loopback), with nothing left behind.
/// `.ci/run` installs Jupyter and the kernel and sets RISKNB_REQUIRE_JUPYTER=1, so in CI this test fails rather than
/// skips when they are missing.
/// </summary>
/// <remarks>
/// The kernelspec lives in a scratch Jupyter data folder (JUPYTER_DATA_DIR; PYTHONNOUSERSITE=1 keeps Jupyter from also
/// searching ~/.local/share/jupyter), so the setup installs and hardens it there and the developer's own kernelspec is not
/// touched. The notebooks are read, never written: nbconvert writes the executed
/// copy to the scratch folder, and a test checks their bytes did not change.
/// </remarks>
[Collection("kernel")]
public sealed partial class JupyterNotebookTests
{
    private static readonly string Repository = FindRepository();

    /// <summary>The setup of docs/commands/notebooks.md, run once for all notebooks (it packs the extension).</summary>
    private static readonly Lazy<Setup> Prepared = new(RunSetup, LazyThreadSafetyMode.ExecutionAndPublication);

    [SkippableTheory]
    [InlineData("01-health-registry.ipynb")]
    [InlineData("02-weakest-link.ipynb")]
    [InlineData("05-interviews-and-journals.ipynb")]
    [InlineData("06-mobile-location.ipynb")]
    [InlineData("03-sequence-data.ipynb")]
    [InlineData("08-tricky-questions.ipynb")]
    [InlineData("04-clinical-images.ipynb")]
    [InlineData("07-treat-the-risk.ipynb")]
    [InlineData("11-attribute-inference.ipynb")]
    [InlineData("00-start-here.ipynb")]
    [InlineData("09-contextual-metadata.ipynb")]
    [InlineData("10-dpo-assessment.ipynb")]
    public void Notebook_runs_as_committed_offline_with_offline_charts_and_no_errors(string notebook)
    {
        RequireJupyter();
        var setup = Prepared.Value;
        using var exclusive = NotebooksFolderLock.Acquire(Repository);
        var path = Path.Combine(Repository, "notebooks", notebook);
        var committed = File.ReadAllBytes(path);
        var work = Directory.CreateTempSubdirectory("risknb-e2e-").FullName;
        var temp = Directory.CreateDirectory(Path.Combine(work, "tmp")).FullName;
        try
        {
            // What a user types, from the repository root; the executed copy goes to the scratch folder.
            string[] command = ["jupyter", "nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.timeout=600",
                                Path.Combine("notebooks", notebook), "--output-dir", work, "--output", "executed.ipynb"];
            Run(setup.Offline ? ["unshare", "-n", "sh", "-c", "ip link set lo up && exec \"$@\"", "offline", .. command] : command,
                Repository, TimeSpan.FromMinutes(15), setup.Environment(temp));

            Assert.Equal(committed, File.ReadAllBytes(path)); // the notebook is run, never changed
            Assert.False(Directory.Exists(Path.Combine(Repository, "notebooks", "output")), "the notebook left its output/ folder behind");
            var left = Directory.EnumerateFileSystemEntries(temp, "*", SearchOption.AllDirectories)
                .Where(e => Path.GetFileName(e).Contains("risknb", StringComparison.OrdinalIgnoreCase) || Path.GetFileName(e).Contains("redact", StringComparison.OrdinalIgnoreCase))
                .ToList();
            Assert.True(left.Count == 0, "left in the temporary folder: " + string.Join(", ", left));

            Assert.DoesNotContain("ZZMARKER55", File.ReadAllText(Path.Combine(work, "executed.ipynb")), StringComparison.Ordinal); // the sample scans' planted patient name
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
            if (!notebook.Contains("08-tricky-questions", StringComparison.Ordinal)) // answered from the catalogue: no chart
            {
                Assert.Contains("window.Plotly=Plotly", all);         // plotly.js inlined ...
                Assert.Single(html, h => h.Contains("window.Plotly=Plotly", StringComparison.Ordinal)); // ... once
                Assert.Contains("Plotly.newPlot", all);               // heatmaps drawn with it
            }
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

    [SkippableFact]
    public void The_setup_hardens_the_kernelspec_it_installs()
    {
        RequireJupyter();
        var setup = Prepared.Value;
        var spec = JsonNode.Parse(File.ReadAllText(Path.Combine(setup.JupyterData, "kernels", ".net-csharp", "kernel.json")))!;
        Assert.Contains("--http-local-only", spec["argv"]!.AsArray().Select(a => (string?)a));
        Assert.Equal("1", (string?)spec["env"]!["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"]);
        Assert.Equal("1", (string?)spec["env"]!["DOTNET_CLI_TELEMETRY_OPTOUT"]);
        Assert.Equal("C#", (string?)spec["language"]);
        Assert.Contains("argv: added --http-local-only", setup.Output);
        Assert.True(File.Exists(Path.Combine(Repository, "artifacts", "packages", "RiskNotebooks.0.1.0.nupkg")), setup.Output);
        Assert.True(File.Exists(Path.Combine(Repository, "artifacts", "packages", "RiskNotebooks.Cli.0.1.0.nupkg")), setup.Output);
    }

    /// <summary>Runs that setup command as written, against a scratch Jupyter data folder.</summary>
    private static Setup RunSetup()
    {
        // In the test's own output folder, made anew each run, so nothing is left in the machine's temporary folder.
        var jupyterData = Path.Combine(AppContext.BaseDirectory, "jupyter-data");
        if (Directory.Exists(jupyterData))
        {
            Directory.Delete(jupyterData, recursive: true);
        }

        Directory.CreateDirectory(jupyterData);
        var environment = new Dictionary<string, string> { ["JUPYTER_DATA_DIR"] = jupyterData, ["PYTHONNOUSERSITE"] = "1" };
        var output = Run(["dotnet", "run", "--project", "src/RiskNotebooks.Cli", "--", "notebooks", "setup"], Repository, TimeSpan.FromMinutes(10), environment);
        return new Setup(jupyterData, output, CanGoOffline());
    }

    /// <summary>Whether this machine lets us run a program in a network namespace with only loopback (no DNS, no route).</summary>
    private static bool CanGoOffline()
    {
        try
        {
            Run(["unshare", "-n", "sh", "-c", "ip link set lo up"], Repository, TimeSpan.FromMinutes(1));
            return true;
        }
        catch (InvalidOperationException)
        {
            Console.WriteLine("JupyterNotebookTests: no network namespace here (unshare -n); the notebooks run with the network.");
            return false;
        }
    }

    private sealed record Setup(string JupyterData, string Output, bool Offline)
    {
        public Dictionary<string, string> Environment(string temp) => new() { ["JUPYTER_DATA_DIR"] = JupyterData, ["PYTHONNOUSERSITE"] = "1", ["TMPDIR"] = temp };
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
            ["personnummer [", "Identified", "quasi-identifiers left:", "documents redacted", "[PERSONNUMMER-", "deleted output/05-redaction"]
        ),
        "06-mobile-location.ipynb" =>
        (
            ["Location risk: traces_100.csv", "Unicity by number of points", "Unicity with 4 points by resolution", "Where the risk is", "Location risk: traces_tiny50.csv"],
            ["unicity at 4 points"]
        ),
        "03-sequence-data.ipynb" =>
        (
            ["Identifiability catalogue: is it personal data?", "Whole genome or exome sequence (whole-genome)", "Genotypes: synthetic-cohort.vcf.gz", "Unique among 10,500,000 people"],
            ["200 samples, 2,000 sites used.", "Thinned to 219 of 2,000 sites"]
        ),
        "07-treat-the-risk.ipynb" =>
        (
            ["What if: demo-registry.csv", "Share of records made unique by each pair of quasi-identifiers, before and after", "Treat the risk: demo-registry.csv", "Every transformation: risk against information loss", "How far each quasi-identifier is generalised", "Local suppression to k = 5"],
            ["chosen: birth_date:4,sex:0,postcode:2", "suppressed: 236 records", "deleted output/07-release.csv"]
        ),
        "11-attribute-inference.ipynb" =>
        (
            ["Re-identification risk", "Attribute inference: 11-registry.csv", "What each quasi-identifier contributes to the attack", "Which values the attack recovers"],
            ["inference advantage", "E11 diabetes recovered for 100", "deleted output/11-registry.csv"]
        ),
        "04-clinical-images.ipynb" =>
        (
            ["DICOM headers", "defacing needed", "(head-mri-ct)", "Assessment: Imaging and genomics cohort", "Risk matrix: harm"],
            ["72 DICOM files, 16 attributes of the profile present"]
        ),
        "08-tricky-questions.ipynb" =>
        (
            ["(reference-protein-sequence)", "(gut-microbiome)", "(dicom-headers)"],
            ["not-identifying-alone: reference-protein-sequence"]
        ),
        "00-start-here.ipynb" =>
        (
            ["Re-identification risk: demo-registry.csv"],
            ["3,074 classes / 100,000 records = 0.0307", "the card's average prosecutor risk:          0.0307"]
        ),
        "09-contextual-metadata.ipynb" =>
        (
            ["Assessment: Demo registry", "Sensitivity metadata"],
            ["access level        secure enclave only", "25 terms: 5 permissions, 18 modifiers", "code 2: a second data use permission"]
        ),
        "10-dpo-assessment.ipynb" =>
        (
            ["Assessment: Cohort project", "P(re-id | attempt) measured as", "(linked)", "Saved the assessment report (DOCX"],
            ["the engine's residual P(re-id | attempt), linked:                 0.9989", "Word report written:", "deleted output/10-cohort-project.docx"]
        ),
        _ => throw new ArgumentOutOfRangeException(nameof(notebook), notebook, "no expectations for this notebook"),
    };

    /// <summary>
    /// dotnet-interactive's Jupyter mode always sends one bootstrap of its own HTTP API (it cannot be switched off; see
    /// docs/security.md): the first output, a div with id dotnet-interactive-this-cell-..., that loads require.js from
    /// cdnjs. It is recognised exactly and is the only output allowed to reference a network script.
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
            missing.Add("the dotnet-interactive kernel (dotnet tool install -g Microsoft.dotnet-interactive --version 1.0.712001)");
        }

        if (missing.Count > 0)
        {
            var message = "Jupyter end-to-end test needs " + string.Join(" and ", missing) + "; .ci/run installs them.";
            Assert.False(required, message);
            Skip.If(true, message);
        }
    }

    /// <summary>Whether the dotnet-interactive tool is installed (the setup installs its kernelspec).</summary>
    private static bool KernelInstalled()
        => OnPath("dotnet-interactive")
           || File.Exists(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools", "dotnet-interactive"));

    private static bool OnPath(string program)
        => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Any(d => File.Exists(Path.Combine(d, program)));

    private static string Run(string[] command, string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(command[0]) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        var tools = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools");
        start.Environment["PATH"] = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty) + ":" + tools;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{command[0]} did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{command[0]} is not installed", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"{string.Join(' ', command)} timed out after {timeout}.");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{string.Join(' ', command)} exited with {process.ExitCode}:\n{output.Result}\n{error.Result}");
            }

            return output.Result;
        }
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
