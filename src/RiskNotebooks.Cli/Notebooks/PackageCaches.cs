namespace RiskNotebooks.Cli.Notebooks;

/// <summary>
/// The places that keep a restored package by id and version: NuGet's global packages folder and dotnet-interactive's
/// resolution cache (<c>~/.packagemanagement/nuget/Cache</c>). A package re-packed with an unchanged version is ignored
/// while a copy is cached, so the setup removes the copies of the version it packs.
/// </summary>
internal static class PackageCaches
{
    /// <summary>NuGet's global packages folder (<c>NUGET_PACKAGES</c>, else <c>~/.nuget/packages</c>).</summary>
    internal static string GlobalPackages
        => Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>dotnet-interactive's cache of resolved package references.</summary>
    internal static string KernelCache
        => Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".packagemanagement", "nuget", "Cache");

    /// <summary>The cached copies of these packages at this version: folders and cache files to remove.</summary>
    internal static IReadOnlyList<string> Stale(string version, IReadOnlyList<string> ids)
    {
        var stale = new List<string>();
        foreach (var id in ids)
        {
            var folder = Path.Combine(GlobalPackages, id.ToLowerInvariant(), version.ToLowerInvariant());
            if (Directory.Exists(folder))
            {
                stale.Add(folder);
            }
        }

        if (Directory.Exists(KernelCache))
        {
            var marks = ids.Select(id => $"{Path.DirectorySeparatorChar}{id.ToLowerInvariant()}{Path.DirectorySeparatorChar}{version.ToLowerInvariant()}{Path.DirectorySeparatorChar}").ToArray();
            foreach (var paths in Directory.EnumerateFiles(KernelCache, "*.resolvedReferences.paths"))
            {
                var text = File.ReadAllText(paths);
                if (marks.Any(m => text.Contains(m, StringComparison.OrdinalIgnoreCase)))
                {
                    var hash = Path.GetFileName(paths)[..Path.GetFileName(paths).IndexOf('.', StringComparison.Ordinal)];
                    stale.AddRange(Directory.EnumerateFiles(KernelCache, hash + ".*"));
                }
            }
        }

        return stale;
    }

    /// <summary>Removes a cached folder or file.</summary>
    internal static void Remove(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
        else
        {
            File.Delete(path);
        }
    }
}
