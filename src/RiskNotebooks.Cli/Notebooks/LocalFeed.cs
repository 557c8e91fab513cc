using System.Text.Json;

namespace RiskNotebooks.Cli.Notebooks;

/// <summary>
/// The repository's local NuGet feed (<c>artifacts/packages</c>): the extension package <c>RiskNotebooks</c>, the command
/// line as the .NET tool <c>RiskNotebooks.Cli</c>, and every package the extension depends on, so that a notebook
/// restores with this folder as its only source (no public feed, also on a machine without internet).
/// </summary>
internal static class LocalFeed
{
    /// <summary>The projects packed into the feed, relative to the repository.</summary>
    internal static readonly IReadOnlyList<string> Projects =
    [
        Path.Combine("src", "RiskNotebooks.Interactive", "RiskNotebooks.Interactive.csproj"),
        Path.Combine("src", "RiskNotebooks.Cli", "RiskNotebooks.Cli.csproj"),
    ];

    /// <summary>The feed folder, relative to the repository (the notebooks' NuGet.config names it relative to itself).</summary>
    internal static readonly string Folder = Path.Combine("artifacts", "packages");

    /// <summary>Packs the extension and the tool into the feed with the repository's version.</summary>
    /// <exception cref="RiskNotebooksException">A pack failed (its output is the build's, which holds no data).</exception>
    internal static void Pack(string repository, TextWriter log)
    {
        var feed = Path.Combine(repository, Folder);
        Directory.CreateDirectory(feed);
        foreach (var project in Projects)
        {
            log.WriteLine($"  packing {Path.GetFileNameWithoutExtension(project)} (Release) ...");
            var (code, output, error) = ExternalProgram.Run(ExternalProgram.Dotnet, ["pack", Path.Combine(repository, project), "-c", "Release", "-o", feed, "--nologo", "-v", "quiet"], repository);
            if (code != 0)
            {
                throw new SetupException($"'dotnet pack {project}' failed (exit {code}):{Environment.NewLine}{output}{error}".TrimEnd());
            }
        }
    }

    /// <summary>
    /// Copies the packages the extension depends on (its restore's closure, without the notebook host's packages, which
    /// the kernel brings) from the NuGet global packages folder into the feed.
    /// </summary>
    /// <returns>The packages copied (id and version); packages already in the feed are not copied again.</returns>
    internal static IReadOnlyList<string> CopyDependencies(string repository, bool dryRun)
    {
        var assets = Path.Combine(repository, "src", "RiskNotebooks.Interactive", "obj", "project.assets.json");
        if (!File.Exists(assets))
        {
            throw new SetupException($"{assets} is missing: the extension has not been restored ('dotnet restore src/RiskNotebooks.Interactive').");
        }

        var feed = Path.Combine(repository, Folder);
        var copied = new List<string>();
        foreach (var (id, version, source) in Dependencies(File.ReadAllText(assets), assets))
        {
            var target = Path.Combine(feed, Path.GetFileName(source));
            if (File.Exists(target))
            {
                continue;
            }

            if (!File.Exists(source))
            {
                throw new SetupException($"the package {id} {version} is not in the NuGet packages folder ({source}): run 'dotnet restore' first.");
            }

            if (!dryRun)
            {
                File.Copy(source, target);
            }

            copied.Add($"{id} {version}");
        }

        return copied;
    }

    /// <summary>
    /// The packages a restore of the extension brings in at run time: the closure of its direct package references that
    /// are not private (<c>PrivateAssets="all"</c>), as recorded in <c>project.assets.json</c>.
    /// </summary>
    /// <param name="json">The assets file's text.</param>
    /// <param name="file">Its name, for errors.</param>
    /// <returns>Each package's id, version and .nupkg file in the packages folder.</returns>
    internal static IReadOnlyList<(string Id, string Version, string Nupkg)> Dependencies(string json, string file)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var packagesFolder = root.GetProperty("project").GetProperty("restore").GetProperty("packagesPath").GetString()!;
            var framework = root.GetProperty("project").GetProperty("frameworks").EnumerateObject().First();
            var target = root.GetProperty("targets").EnumerateObject().First(t => !t.Name.Contains('/', StringComparison.Ordinal)).Value;
            var versions = target.EnumerateObject()
                .Where(p => p.Value.TryGetProperty("type", out var type) && type.GetString() == "package")
                .ToDictionary(p => p.Name[..p.Name.IndexOf('/', StringComparison.Ordinal)], p => p, StringComparer.OrdinalIgnoreCase);

            var pending = new Stack<string>();
            foreach (var dependency in framework.Value.GetProperty("dependencies").EnumerateObject())
            {
                var isPrivate = dependency.Value.TryGetProperty("suppressParent", out var suppress) && suppress.GetString() == "All";
                if (!isPrivate && versions.ContainsKey(dependency.Name))
                {
                    pending.Push(dependency.Name);
                }
            }

            var result = new SortedDictionary<string, (string, string, string)>(StringComparer.OrdinalIgnoreCase);
            while (pending.TryPop(out var id))
            {
                if (result.ContainsKey(id) || !versions.TryGetValue(id, out var entry))
                {
                    continue;
                }

                var name = entry.Name[..entry.Name.IndexOf('/', StringComparison.Ordinal)];
                var version = entry.Name[(name.Length + 1)..];
                var nupkg = Path.Combine(packagesFolder, name.ToLowerInvariant(), version.ToLowerInvariant(), $"{name.ToLowerInvariant()}.{version.ToLowerInvariant()}.nupkg");
                result[id] = (name, version, nupkg);
                if (entry.Value.TryGetProperty("dependencies", out var dependencies))
                {
                    foreach (var dependency in dependencies.EnumerateObject())
                    {
                        pending.Push(dependency.Name);
                    }
                }
            }

            return [.. result.Values];
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new SetupException($"{file} is not a restore's assets file NuGet wrote ({e.GetType().Name}); run 'dotnet restore src/RiskNotebooks.Interactive'.");
        }
    }
}
