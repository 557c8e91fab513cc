using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using RiskNotebooks.Data;

namespace RiskNotebooks.Cli.Notebooks;

/// <summary>
/// <c>risknb notebooks setup</c>: makes the committed notebooks run as they are, offline. Packs the extension (and the
/// command line as a .NET tool) into the repository's local feed with the dependencies it restores, removes stale cached
/// copies of that version, checks that the notebooks pin it and that their NuGet.config uses the feed only, and hardens
/// the <c>.net-csharp</c> kernelspec (installing it when missing). Idempotent; <c>--dry-run</c> only says what it would do.
/// </summary>
internal sealed partial class NotebookSetup(TextWriter output)
{
    /// <summary>The package id of the extension, as the notebooks reference it.</summary>
    internal const string PackageId = "RiskNotebooks";

    /// <summary>The package id of the command-line tool.</summary>
    internal const string ToolPackageId = "RiskNotebooks.Cli";

    /// <summary>Runs the setup.</summary>
    /// <param name="repository">The repository (default: found upwards from the current folder).</param>
    /// <param name="kernelName">The kernelspec to harden.</param>
    /// <param name="dryRun">Only say what would be done.</param>
    /// <returns>The exit code.</returns>
    internal int Run(string? repository, string kernelName, bool dryRun)
    {
        var root = FindRepository(repository);
        var version = RepositoryVersion(root);
        var would = dryRun ? "would " : string.Empty;
        output.WriteLine($"RiskNotebooks notebook setup in {root}{(dryRun ? " (dry run: nothing is changed)" : string.Empty)}");

        output.WriteLine($"1. Local feed {LocalFeed.Folder}{Path.DirectorySeparatorChar}: {PackageId} and {ToolPackageId} {version}");
        if (dryRun)
        {
            output.WriteLine($"  would pack {string.Join(" and ", LocalFeed.Projects)} (Release)");
        }
        else
        {
            LocalFeed.Pack(root, output);
        }

        var copied = LocalFeed.CopyDependencies(root, dryRun);
        output.WriteLine(copied.Count == 0
            ? "  dependencies: all already in the feed"
            : $"  dependencies: {would}copy {copied.Count} package{(copied.Count == 1 ? string.Empty : "s")} from the NuGet packages folder ({string.Join(", ", copied)})");

        output.WriteLine("2. Cached copies of this version (NuGet and the kernel cache them by version, so a new pack would be ignored):");
        var stale = PackageCaches.Stale(version, [PackageId, ToolPackageId]);
        foreach (var path in stale)
        {
            output.WriteLine($"  {would}remove {path}");
            if (!dryRun)
            {
                PackageCaches.Remove(path);
            }
        }

        if (stale.Count == 0)
        {
            output.WriteLine("  none");
        }

        output.WriteLine("3. Notebooks:");
        CheckNotebooks(root, version);

        output.WriteLine($"4. Kernel {kernelName}:");
        var kernelReady = HardenKernel(kernelName, dryRun);

        output.WriteLine();
        output.WriteLine("Run a notebook from the repository root, offline:");
        output.WriteLine("  jupyter nbconvert --to notebook --execute notebooks/01-health-registry.ipynb --output-dir /tmp/executed");
        output.WriteLine($"Put risknb on the PATH: dotnet tool install -g {ToolPackageId} --version {version} --add-source {LocalFeed.Folder}");
        return kernelReady ? ExitCodes.Ok : ExitCodes.BadInput;
    }

    /// <summary>The version every project is built with (<c>Version</c> in Directory.Build.props).</summary>
    internal static string RepositoryVersion(string repository)
    {
        var props = Path.Combine(repository, "Directory.Build.props");
        var version = XDocument.Load(props).Descendants("Version").Select(v => v.Value.Trim()).FirstOrDefault(v => v.Length > 0);
        return version ?? throw new SetupException($"{props} has no <Version>.");
    }

    /// <summary>The repository: the given folder, or the first folder upwards from the current one with RiskNotebooks.sln.</summary>
    internal static string FindRepository(string? given)
    {
        if (given is not null)
        {
            var full = Path.GetFullPath(given);
            return File.Exists(Path.Combine(full, "RiskNotebooks.sln"))
                ? full
                : throw new InvalidOptionException("--repository", $"'{given}' is not a RiskNotebooks repository (no RiskNotebooks.sln).");
        }

        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "RiskNotebooks.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOptionException("--repository", "run this inside a clone of the RiskNotebooks repository, or give its folder with --repository.");
    }

    /// <summary>The package references of a notebook's code cells (<c>#r "nuget: Id, Version"</c>).</summary>
    internal static IEnumerable<(string Id, string? Version)> PackageReferences(string notebookJson)
    {
        var cells = JsonNode.Parse(notebookJson)?["cells"]?.AsArray() ?? [];
        foreach (var cell in cells)
        {
            if ((string?)cell?["cell_type"] != "code")
            {
                continue;
            }

            var source = cell["source"] switch
            {
                JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
                var text => (string?)text ?? string.Empty,
            };
            foreach (Match match in NugetReference().Matches(source))
            {
                yield return (match.Groups["id"].Value, match.Groups["version"].Success ? match.Groups["version"].Value : null);
            }
        }
    }

    private void CheckNotebooks(string root, string version)
    {
        var folder = Path.Combine(root, "notebooks");
        var config = Path.Combine(folder, "NuGet.config");
        if (!File.Exists(config))
        {
            throw new SetupException($"{config} is missing: the notebooks find the local feed through it.");
        }

        var sources = XDocument.Load(config).Descendants("packageSources").SingleOrDefault();
        var cleared = sources?.Elements().FirstOrDefault()?.Name.LocalName == "clear";
        var values = sources?.Elements("add").Select(a => (string?)a.Attribute("value")).ToList() ?? [];
        output.WriteLine(cleared
            ? $"  notebooks/NuGet.config: only {string.Join(", ", values)} (no public feed)"
            : "  WARNING: notebooks/NuGet.config does not start its sources with <clear/>: the kernel may ask a public feed.");

        foreach (var notebook in Directory.EnumerateFiles(folder, "*.ipynb").Order(StringComparer.Ordinal))
        {
            var pins = PackageReferences(File.ReadAllText(notebook)).Where(r => r.Id.Equals(PackageId, StringComparison.OrdinalIgnoreCase)).ToList();
            var name = Path.GetFileName(notebook);
            if (pins.Count == 0)
            {
                output.WriteLine($"  {name}: does not load {PackageId}");
            }
            else if (pins.All(p => p.Version == version))
            {
                output.WriteLine($"  {name}: {PackageId} {version}");
            }
            else
            {
                output.WriteLine($"  WARNING: {name} loads {PackageId} {string.Join(", ", pins.Select(p => p.Version ?? "without a version (the highest on any feed)"))}, not {version}.");
            }
        }
    }

    private bool HardenKernel(string kernelName, bool dryRun)
    {
        if (!ExternalProgram.OnPath("jupyter"))
        {
            output.WriteLine("  Jupyter is not on the PATH, so the kernel was not checked (Debian: apt-get install jupyter-nbconvert python3-nbclient jupyter-client; then run this again).");
            return false;
        }

        var spec = FindKernelSpec(kernelName);
        if (spec is null)
        {
            if (dryRun)
            {
                output.WriteLine($"  not installed: would run 'dotnet interactive jupyter install', then harden it");
                return true;
            }

            output.WriteLine("  not installed: running 'dotnet interactive jupyter install'");
            var (code, stdout, stderr) = ExternalProgram.Run(ExternalProgram.Dotnet, ["interactive", "jupyter", "install"], Directory.GetCurrentDirectory());
            spec = code == 0 ? FindKernelSpec(kernelName) : null;
            if (spec is null)
            {
                output.WriteLine($"  could not install it ({(stdout + stderr).Trim()}). Install the kernel first: dotnet tool install -g Microsoft.dotnet-interactive --version 1.0.712001; dotnet interactive jupyter install");
                return false;
            }
        }

        var file = Path.Combine(spec, "kernel.json");
        JsonObject json;
        try
        {
            json = JsonNode.Parse(File.ReadAllText(file)) as JsonObject ?? throw new SetupException($"{file}: not a JSON object.");
        }
        catch (JsonException)
        {
            throw new SetupException($"{file}: not valid JSON; reinstall the kernel with 'dotnet interactive jupyter install'.");
        }

        var changes = KernelSpecHardening.Apply(json, file);
        output.WriteLine($"  {file}");
        foreach (var change in changes)
        {
            output.WriteLine($"  {(dryRun ? "would set" : "set")} {change}");
        }

        if (changes.Count == 0)
        {
            output.WriteLine("  already hardened: HTTP API on loopback only, telemetry off");
        }
        else if (!dryRun)
        {
            var text = json.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
            AtomicFile.Write(file, stream => stream.Write(System.Text.Encoding.UTF8.GetBytes(text)), "kernel.json");
        }

        return true;
    }

    /// <summary>The folder of an installed kernelspec, or null.</summary>
    private static string? FindKernelSpec(string kernelName)
    {
        var (code, stdout, _) = ExternalProgram.Run("jupyter", ["kernelspec", "list", "--json"], Directory.GetCurrentDirectory());
        if (code != 0)
        {
            return null;
        }

        try
        {
            return (string?)JsonNode.Parse(stdout)?["kernelspecs"]?[kernelName]?["resource_dir"];
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"#r\s+""nuget:\s*(?<id>[A-Za-z0-9_.\-]+)\s*(,\s*(?<version>[^""\s]+))?\s*""")]
    private static partial Regex NugetReference();
}
